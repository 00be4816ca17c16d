import { ScrollArea, type ScrollAreaAutosizeProps, type ScrollAreaProps } from '@mantine/core';
import { type ComponentPropsWithRef, useEffect, useRef, useState } from 'react';

/**
 * Whether a box's content is larger than the box: only then can it scroll, and only then does it need to
 * be reached by keyboard (a tab stop on a box that cannot scroll is a stop for nothing).
 */
function useOverflows() {
  const ref = useRef<HTMLDivElement | null>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const viewport = ref.current;
    if (!viewport) return;
    const check = () =>
      setOverflows(
        viewport.scrollWidth > viewport.clientWidth + 1 || viewport.scrollHeight > viewport.clientHeight + 1,
      );
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(viewport);
    for (const child of Array.from(viewport.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

type ViewportProps = ComponentPropsWithRef<'div'> & { 'data-scroll-region': '' };

/**
 * What a keyboard user needs to scroll a box with the arrow keys: a tab stop and a name saying what it holds.
 * `data-scroll-region` lets the print stylesheet unfold it.
 */
const viewportProps = (label: string, overflows: boolean): ViewportProps =>
  overflows
    ? { tabIndex: 0, role: 'region', 'aria-label': label, 'data-scroll-region': '' }
    : { 'data-scroll-region': '' };

/**
 * A scrolling box (a wide table, a long list) that keyboard users can reach and scroll: focusable and named
 * (`label`) whenever its content does not fit. Prints in full (see global.css).
 */
export function ScrollRegion({ label, ...props }: ScrollAreaProps & { label: string }) {
  const { ref, overflows } = useOverflows();
  return <ScrollArea type="auto" {...props} viewportRef={ref} viewportProps={viewportProps(label, overflows)} />;
}

/** A box that grows with its content up to `mah`, then scrolls; reachable by keyboard like ScrollRegion. */
export function ScrollRegionAutosize({ label, ...props }: ScrollAreaAutosizeProps & { label: string }) {
  const { ref, overflows } = useOverflows();
  return (
    <ScrollArea.Autosize type="auto" {...props} viewportRef={ref} viewportProps={viewportProps(label, overflows)} />
  );
}
