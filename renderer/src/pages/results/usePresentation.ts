import { useCallback, useEffect, useState } from 'react';
import type { ResultsPart } from './resultsParts';

export interface Presentation {
  /** The part on screen, or null when not presenting. */
  current: ResultsPart | null;
  index: number;
  start(from: ResultsPart): void;
  stop(): void;
  go(step: number): void;
}

/** Keys that move through the presentation, and by how much ('first'/'last' jump to the ends). */
const MOVES: Record<string, number | 'first' | 'last'> = {
  ArrowRight: 1,
  PageDown: 1,
  ArrowLeft: -1,
  PageUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * The results as a presentation: one part per screen, full screen where the browser allows it. ← → (and
 * Page Up/Down, Home, End) move between parts; Esc leaves — the browser's own Esc ends full screen, and
 * leaving full screen ends the presentation.
 */
export function usePresentation(parts: readonly ResultsPart[]): Presentation {
  const [current, setCurrent] = useState<ResultsPart | null>(null);
  const index = current === null ? -1 : parts.indexOf(current);

  const stop = useCallback(() => {
    setCurrent(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  }, []);

  const start = useCallback((from: ResultsPart) => {
    setCurrent(from);
    // Refused outside a click, in a frame, or by the user's settings: the presentation then fills the window.
    void document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);

  const go = useCallback(
    (step: number) =>
      setCurrent((now) => {
        if (now === null) return now;
        const next = Math.min(parts.length - 1, Math.max(0, parts.indexOf(now) + step));
        return parts[next] ?? now;
      }),
    [parts],
  );

  useEffect(() => {
    if (current === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="listbox"]')) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        stop();
        return;
      }
      const move = MOVES[event.key];
      if (move === undefined) return;
      event.preventDefault();
      if (move === 'first') setCurrent(parts[0] ?? null);
      else if (move === 'last') setCurrent(parts.at(-1) ?? null);
      else go(move);
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) setCurrent(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [current, parts, go, stop]);

  return { current, index, start, stop, go };
}
