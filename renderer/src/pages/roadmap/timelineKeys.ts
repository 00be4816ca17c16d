import type { KeyboardEvent } from 'react';
import { addQuarters, compareQuarters } from '../../../../shared/roadmap/quarter';

/** The timeline's keys as pure functions, so the bar's handler and the tests agree on what a key does. */

/** The move a key asks for, or null: ← → move the whole bar a quarter, Shift + ← → change its end. */
export function keyMove(key: string, shift: boolean, span: { start: string; end: string }) {
  const step = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
  if (step === 0) return null;
  if (shift) {
    const end = addQuarters(span.end, step);
    return compareQuarters(end, span.start) < 0 ? null : { start: span.start, end };
  }
  return { start: addQuarters(span.start, step), end: addQuarters(span.end, step) };
}

export function isUndo(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'key'>) {
  return (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z';
}
export function isRedo(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'key'>) {
  return (e.ctrlKey || e.metaKey) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y');
}
