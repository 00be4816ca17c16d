import { type RefObject, useEffect, useState } from 'react';
import { partElementId, type ResultsPart } from './resultsParts';

/**
 * The part being read: the last one whose top has passed under the sticky navigation, or the last part once
 * the page is scrolled to its end (a short last part never reaches the top). Follows scrolling and resizing,
 * at most once per frame.
 */
export function useScrollSpy(parts: readonly ResultsPart[], nav: RefObject<HTMLElement | null>): ResultsPart | null {
  const [active, setActive] = useState<ResultsPart | null>(parts[0] ?? null);
  const key = parts.join(',');

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = (nav.current?.getBoundingClientRect().bottom ?? 0) + 8;
      let current: ResultsPart | null = parts[0] ?? null;
      for (const part of parts) {
        const top = document.getElementById(partElementId(part))?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) current = part;
      }
      const root = document.documentElement;
      if (root.scrollTop > 0 && window.innerHeight + root.scrollTop >= root.scrollHeight - 2) {
        current = parts.at(-1) ?? current;
      }
      setActive(current);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
    // `key` stands for the parts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, nav]);

  return active;
}
