/**
 * What the workshop screen shows and where the keyboard is, as one value changed only by `reduceView`.
 * Pure: no React, no API. The screen performs the side effects (saving an answer, leaving) and tells the
 * reducer what happened; the reducer decides where the focus goes next, what Ctrl+Z takes back, and which
 * dialog is open. Kept apart so every rule below is tested without rendering anything.
 */

/** A question's answer as the screen shows it: a score 1–5, not applicable, or nothing. */
export interface AnswerValue {
  score: number | null;
  notApplicable: boolean;
  comment: string | null;
}

/** One answer changed by a key or a click: what Ctrl+Z restores and Ctrl+Y puts back. */
export interface AnswerChange {
  groupId: string;
  questionId: string;
  /** null: the question had no answer. */
  before: AnswerValue | null;
  after: AnswerValue;
}

export interface ViewShape {
  /** The building blocks in framework order, each with its question ids in order. */
  blocks: { id: string; questions: string[] }[];
  /** The groups in the picker's order. */
  groups: string[];
  readOnly: boolean;
  /** Scoring a question moves to the next one (the `workshopAutoAdvance` setting). */
  autoAdvance: boolean;
}

/** At most one dialog at a time; each takes the keyboard while it is open. */
export type Overlay = 'help' | 'radar' | 'complete' | 'leave';

export interface Announcement {
  /** Increases with every announcement, so saying the same thing twice is still heard twice. */
  id: number;
  kind: 'undone' | 'redone';
  change: AnswerChange;
}

export interface WorkshopView {
  shape: ViewShape;
  groupId: string | null;
  block: number;
  /** Index of the focused question within the block. */
  focus: number;
  /** The question whose note is being typed, if any. */
  note: string | null;
  /** Oldest first; the last entry is what Ctrl+Z takes back. */
  undo: AnswerChange[];
  /** What Ctrl+Z took back, most recent last; cleared by any new answer. */
  redo: AnswerChange[];
  overlay: Overlay | null;
  /** Every group's answer to each question of the block, side by side, instead of the score chips. */
  compare: boolean;
  /** The high-contrast projector theme. */
  projector: boolean;
  /** A key tried to change a finalized round: the read-only notice is raised. */
  readOnlyHint: boolean;
  announcement: Announcement | null;
  /** How many announcements were made; the next one's id. */
  announced: number;
}

/** Enough for a long workshop; older steps fall off rather than grow without bound. */
export const UNDO_LIMIT = 200;

export type ViewAction =
  | { type: 'focus'; index: number }
  | { type: 'move'; delta: number }
  | { type: 'goBlock'; index: number }
  | { type: 'stepBlock'; delta: number }
  /** `focus`: the question to show, e.g. the group's first open one; the focus stays where it is without. */
  | { type: 'selectGroup'; id: string; focus?: number }
  | { type: 'groups'; ids: string[] }
  | { type: 'autoAdvance'; on: boolean }
  | { type: 'openNote' }
  | { type: 'closeNote' }
  /** An answer was typed or clicked; `completesGroup` when it was the group's last open question. */
  | { type: 'answered'; change: AnswerChange; completesGroup: boolean }
  /** The focused question was given the answer it already had: nothing to undo, but it counts as scored. */
  | { type: 'confirmed' }
  /** The screen restored `undo`'s last step (or re-applied `redo`'s); the stacks and the view follow. */
  | { type: 'undone' }
  | { type: 'redone' }
  | { type: 'refused' }
  | { type: 'toggleCompare' }
  | { type: 'toggleProjector' }
  | { type: 'open'; overlay: Overlay }
  | { type: 'close' }
  | { type: 'dismissAnnouncement'; id: number };

export function initialView(shape: ViewShape, options: { projector?: boolean } = {}): WorkshopView {
  return {
    shape,
    groupId: shape.groups[0] ?? null,
    block: 0,
    focus: 0,
    note: null,
    undo: [],
    redo: [],
    overlay: null,
    compare: false,
    projector: options.projector ?? false,
    readOnlyHint: false,
    announcement: null,
    announced: 0,
  };
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

const questionCount = (view: WorkshopView, block = view.block) => view.shape.blocks[block]?.questions.length ?? 0;

/** The question the keys act on, if a group is chosen. */
export function focusedQuestion(view: WorkshopView): string | undefined {
  if (!view.groupId) return undefined;
  return view.shape.blocks[view.block]?.questions[view.focus];
}

/** Where a question sits: its block's index and its index within the block. */
export function locate(shape: ViewShape, questionId: string): { block: number; focus: number } | undefined {
  for (let block = 0; block < shape.blocks.length; block++) {
    const focus = shape.blocks[block]?.questions.indexOf(questionId) ?? -1;
    if (focus >= 0) return { block, focus };
  }
  return undefined;
}

const isAnswer = (value: AnswerValue) => value.score !== null || value.notApplicable;

/** Shows the question a change belongs to: its group, block and row. */
function showChange(view: WorkshopView, change: AnswerChange): WorkshopView {
  const place = locate(view.shape, change.questionId) ?? { block: view.block, focus: view.focus };
  const groupId = view.shape.groups.includes(change.groupId) ? change.groupId : view.groupId;
  return { ...view, ...place, groupId, note: null };
}

export function reduceView(view: WorkshopView, action: ViewAction): WorkshopView {
  switch (action.type) {
    case 'focus':
      return { ...view, focus: clamp(action.index, 0, Math.max(0, questionCount(view) - 1)) };
    case 'move':
      return { ...view, focus: clamp(view.focus + action.delta, 0, Math.max(0, questionCount(view) - 1)) };
    case 'goBlock': {
      const block = clamp(action.index, 0, Math.max(0, view.shape.blocks.length - 1));
      return block === view.block ? view : { ...view, block, focus: 0, note: null };
    }
    case 'stepBlock':
      return reduceView(view, { type: 'goBlock', index: view.block + action.delta });
    case 'selectGroup': {
      if (!view.shape.groups.includes(action.id)) return view;
      const focus =
        action.focus === undefined ? view.focus : clamp(action.focus, 0, Math.max(0, questionCount(view) - 1));
      return { ...view, groupId: action.id, focus, note: null };
    }
    case 'groups': {
      const shape = { ...view.shape, groups: action.ids };
      // A group added elsewhere is picked up; a removed one falls back to the first.
      const groupId = view.groupId && action.ids.includes(view.groupId) ? view.groupId : (action.ids[0] ?? null);
      return { ...view, shape, groupId, note: groupId === view.groupId ? view.note : null };
    }
    case 'autoAdvance':
      return { ...view, shape: { ...view.shape, autoAdvance: action.on } };
    case 'openNote': {
      if (view.shape.readOnly) return { ...view, readOnlyHint: true };
      const question = focusedQuestion(view);
      return question ? { ...view, note: question } : view;
    }
    case 'closeNote':
      return view.note === null ? view : { ...view, note: null };
    case 'answered': {
      const { change } = action;
      const undo = [...view.undo, change].slice(-UNDO_LIMIT);
      let next: WorkshopView = { ...view, undo, redo: [] };
      const focused = focusedQuestion(view) === change.questionId && view.groupId === change.groupId;
      if (view.shape.autoAdvance && focused && isAnswer(change.after)) {
        next = { ...next, focus: Math.min(view.focus + 1, Math.max(0, questionCount(view) - 1)) };
      }
      if (action.completesGroup && next.overlay === null) next = { ...next, overlay: 'complete' };
      return next;
    }
    case 'confirmed':
      return view.shape.autoAdvance && focusedQuestion(view) ? reduceView(view, { type: 'move', delta: 1 }) : view;
    case 'undone': {
      const change = view.undo.at(-1);
      if (!change) return view;
      return {
        ...showChange(view, change),
        undo: view.undo.slice(0, -1),
        redo: [...view.redo, change],
        announcement: { id: view.announced + 1, kind: 'undone', change },
        announced: view.announced + 1,
      };
    }
    case 'redone': {
      const change = view.redo.at(-1);
      if (!change) return view;
      return {
        ...showChange(view, change),
        undo: [...view.undo, change],
        redo: view.redo.slice(0, -1),
        announcement: { id: view.announced + 1, kind: 'redone', change },
        announced: view.announced + 1,
      };
    }
    case 'refused':
      return view.readOnlyHint ? view : { ...view, readOnlyHint: true };
    case 'toggleCompare':
      return view.shape.groups.length < 2 && !view.compare ? view : { ...view, compare: !view.compare };
    case 'toggleProjector':
      return { ...view, projector: !view.projector };
    case 'open':
      return { ...view, overlay: action.overlay, note: null };
    case 'close':
      return view.overlay === null ? view : { ...view, overlay: null };
    case 'dismissAnnouncement':
      return view.announcement?.id === action.id ? { ...view, announcement: null } : view;
  }
}

/** The group after the current one in the picker's order, round to the first; none with fewer than two. */
export function nextGroupId(view: WorkshopView): string | undefined {
  const { groups } = view.shape;
  if (groups.length < 2) return undefined;
  return groups[(groups.indexOf(view.groupId ?? '') + 1) % groups.length];
}

/** What Ctrl+Z would restore now, if anything. */
export const nextUndo = (view: WorkshopView): AnswerChange | undefined => view.undo.at(-1);

/** What Ctrl+Y would put back now, if anything. */
export const nextRedo = (view: WorkshopView): AnswerChange | undefined => view.redo.at(-1);
