import { useCallback, useRef, useState } from 'react';
import { reduceView, type ViewAction, type WorkshopView } from './workshopView';

/**
 * `reduceView` behind a ref as well as React state: a key handler reads the view as it is after the
 * previous key, not as of the last render, so "3 4" typed faster than React renders scores two questions.
 */
export function useViewStore(init: () => WorkshopView) {
  const ref = useRef<WorkshopView | null>(null);
  ref.current ??= init();
  const [view, setView] = useState<WorkshopView>(ref.current);
  const read = useCallback(() => ref.current as WorkshopView, []);
  const dispatch = useCallback((action: ViewAction) => {
    const next = reduceView(ref.current as WorkshopView, action);
    if (next === ref.current) return;
    ref.current = next;
    setView(next);
  }, []);
  return { view, read, dispatch };
}
