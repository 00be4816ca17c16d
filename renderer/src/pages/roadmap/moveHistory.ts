/**
 * Undo and redo of moves on the timeline, as a pure reducer: each entry is one initiative's quarters before
 * and after a move. A new move clears what could be redone, as in every editor.
 */

export interface Span {
  start: string;
  end: string;
}

export interface Move {
  id: string;
  title: string;
  before: Span;
  after: Span;
}

export interface MoveHistory {
  done: Move[];
  undone: Move[];
}

export const EMPTY_HISTORY: MoveHistory = { done: [], undone: [] };

/** How many moves are kept; older ones fall off. */
export const HISTORY_LIMIT = 50;

export type HistoryAction = { type: 'moved'; move: Move } | { type: 'undone' } | { type: 'redone' };

export function moveHistory(state: MoveHistory, action: HistoryAction): MoveHistory {
  switch (action.type) {
    case 'moved':
      return { done: [...state.done, action.move].slice(-HISTORY_LIMIT), undone: [] };
    case 'undone': {
      const last = state.done.at(-1);
      return last ? { done: state.done.slice(0, -1), undone: [...state.undone, last] } : state;
    }
    case 'redone': {
      const last = state.undone.at(-1);
      return last ? { done: [...state.done, last], undone: state.undone.slice(0, -1) } : state;
    }
  }
}
