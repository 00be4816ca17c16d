import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, HISTORY_LIMIT, type Move, moveHistory } from '../../../renderer/src/pages/roadmap/moveHistory';
import { isRedo, isUndo, keyMove } from '../../../renderer/src/pages/roadmap/timelineKeys';

const move = (id: string, start: string): Move => ({
  id,
  title: id,
  before: { start: '2027-Q1', end: '2027-Q2' },
  after: { start, end: '2027-Q2' },
});

describe('undo and redo of timeline moves', () => {
  it('undoes the last move first, redoes in order, and a new move clears what could be redone', () => {
    let h = moveHistory(EMPTY_HISTORY, { type: 'moved', move: move('a', '2027-Q2') });
    h = moveHistory(h, { type: 'moved', move: move('b', '2027-Q2') });
    h = moveHistory(h, { type: 'undone' });
    expect(h.done.map((m) => m.id)).toEqual(['a']);
    expect(h.undone.map((m) => m.id)).toEqual(['b']);
    h = moveHistory(h, { type: 'redone' });
    expect(h).toEqual({ done: [move('a', '2027-Q2'), move('b', '2027-Q2')], undone: [] });
    h = moveHistory(moveHistory(h, { type: 'undone' }), { type: 'moved', move: move('c', '2027-Q2') });
    expect(h.undone).toEqual([]);
    expect(moveHistory(EMPTY_HISTORY, { type: 'undone' })).toBe(EMPTY_HISTORY);
  });

  it('keeps the last fifty moves', () => {
    let h = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = moveHistory(h, { type: 'moved', move: move(`m${i}`, '2027-Q2') });
    expect(h.done).toHaveLength(HISTORY_LIMIT);
    expect(h.done[0]?.id).toBe('m5');
  });
});

describe('the timeline keys', () => {
  const span = { start: '2027-Q4', end: '2028-Q1' };
  it('move the whole bar with ← and →, its end with Shift, never before its start', () => {
    expect(keyMove('ArrowRight', false, span)).toEqual({ start: '2028-Q1', end: '2028-Q2' });
    expect(keyMove('ArrowLeft', false, span)).toEqual({ start: '2027-Q3', end: '2027-Q4' });
    expect(keyMove('ArrowRight', true, span)).toEqual({ start: '2027-Q4', end: '2028-Q2' });
    expect(keyMove('ArrowLeft', true, span)).toEqual({ start: '2027-Q4', end: '2027-Q4' });
    expect(keyMove('ArrowLeft', true, { start: '2027-Q4', end: '2027-Q4' })).toBeNull();
    expect(keyMove('ArrowUp', false, span)).toBeNull();
  });

  it('undo with Ctrl+Z (⌘Z), redo with Ctrl+Shift+Z or Ctrl+Y', () => {
    const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      ...extra,
    });
    expect(isUndo(key('z', { ctrlKey: true }))).toBe(true);
    expect(isUndo(key('z', { metaKey: true }))).toBe(true);
    expect(isUndo(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isRedo(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isRedo(key('y', { ctrlKey: true }))).toBe(true);
    expect(isRedo(key('z'))).toBe(false);
  });
});
