import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerChange,
  type AnswerValue,
  focusedQuestion,
  initialView,
  locate,
  nextGroupId,
  nextRedo,
  nextUndo,
  reduceView,
  UNDO_LIMIT,
  type ViewAction,
  type ViewShape,
  type WorkshopView,
} from '../../../renderer/src/pages/workshop/workshopView';

const blocks = ['B1', 'B2', 'B3'].map((id) => ({
  id,
  questions: [1, 2, 3, 4, 5].map((n) => `${id}.Q${n}`),
}));
const shape = (over: Partial<ViewShape> = {}): ViewShape => ({
  blocks,
  groups: ['g1', 'g2'],
  readOnly: false,
  autoAdvance: true,
  ...over,
});
const run = (view: WorkshopView, ...actions: ViewAction[]) => actions.reduce(reduceView, view);

const score = (s: number): AnswerValue => ({ score: s, notApplicable: false, comment: null });
const na: AnswerValue = { score: null, notApplicable: true, comment: null };
const cleared: AnswerValue = { score: null, notApplicable: false, comment: null };
const change = (questionId: string, before: AnswerValue | null, after: AnswerValue, groupId = 'g1'): AnswerChange => ({
  groupId,
  questionId,
  before,
  after,
});
const answered = (c: AnswerChange, completesGroup = false): ViewAction => ({
  type: 'answered',
  change: c,
  completesGroup,
});

describe('the workshop view', () => {
  it('starts on the first question of the first block, with the first group', () => {
    const view = initialView(shape());
    expect(view).toMatchObject({ groupId: 'g1', block: 0, focus: 0, note: null, overlay: null, undo: [], redo: [] });
    expect(focusedQuestion(view)).toBe('B1.Q1');
    expect(focusedQuestion(initialView(shape({ groups: [] })))).toBeUndefined();
    expect(initialView(shape(), { projector: true }).projector).toBe(true);
  });

  it('moves between questions within the block and never past its ends', () => {
    const view = initialView(shape());
    expect(run(view, { type: 'move', delta: 1 }, { type: 'move', delta: 1 }).focus).toBe(2);
    expect(run(view, { type: 'move', delta: -1 }).focus).toBe(0);
    expect(run(view, { type: 'move', delta: 9 }).focus).toBe(4);
    expect(run(view, { type: 'focus', index: 3 }).focus).toBe(3);
    expect(run(view, { type: 'focus', index: 12 }).focus).toBe(4);
  });

  it('goes to another block at its first question, and stays within the framework', () => {
    const view = run(initialView(shape()), { type: 'focus', index: 3 }, { type: 'stepBlock', delta: 1 });
    expect(view).toMatchObject({ block: 1, focus: 0 });
    expect(run(view, { type: 'stepBlock', delta: 5 }).block).toBe(2);
    expect(run(view, { type: 'stepBlock', delta: -5 }).block).toBe(0);
    expect(run(view, { type: 'goBlock', index: 2 })).toMatchObject({ block: 2, focus: 0 });
    // Going to the block already shown keeps the focus where it is.
    const onQ4 = run(view, { type: 'focus', index: 3 });
    expect(reduceView(onQ4, { type: 'goBlock', index: 1 })).toBe(onQ4);
  });

  it('moves on to the next question after a score or n/a when auto-advance is on', () => {
    let view = initialView(shape());
    view = run(view, answered(change('B1.Q1', null, score(3))));
    expect(view.focus).toBe(1);
    view = run(view, answered(change('B1.Q2', null, na)));
    expect(view.focus).toBe(2);
    // Clearing an answer stays put: the question is open again.
    view = run(view, answered(change('B1.Q3', score(2), cleared)));
    expect(view.focus).toBe(2);
  });

  it('stays on the last question of a block after scoring it', () => {
    const view = run(initialView(shape()), { type: 'focus', index: 4 }, answered(change('B1.Q5', null, score(4))));
    expect(view).toMatchObject({ block: 0, focus: 4 });
  });

  it('keeps the focus where it is after a score when auto-advance is off', () => {
    const view = run(initialView(shape({ autoAdvance: false })), answered(change('B1.Q1', null, score(3))));
    expect(view.focus).toBe(0);
    expect(view.undo).toHaveLength(1);
  });

  it('follows the auto-advance setting when it changes during the workshop', () => {
    let view = run(initialView(shape()), { type: 'autoAdvance', on: false }, answered(change('B1.Q1', null, score(3))));
    expect(view.focus).toBe(0);
    view = run(view, { type: 'autoAdvance', on: true }, answered(change('B1.Q1', score(3), score(4))));
    expect(view.focus).toBe(1);
  });

  it('moves on when the focused question is given the answer it already had', () => {
    expect(run(initialView(shape()), { type: 'confirmed' }).focus).toBe(1);
    expect(run(initialView(shape({ autoAdvance: false })), { type: 'confirmed' }).focus).toBe(0);
  });

  it('does not move the focus for an answer clicked on another question than the focused one', () => {
    const view = run(initialView(shape()), answered(change('B1.Q4', null, score(2))));
    expect(view.focus).toBe(0);
  });

  it('undoes the last answer, showing its group, block and question, and announces it', () => {
    let view = run(
      initialView(shape()),
      answered(change('B1.Q1', null, score(2))),
      { type: 'selectGroup', id: 'g2' },
      { type: 'goBlock', index: 2 },
      answered(change('B3.Q1', null, score(5), 'g2')),
      { type: 'selectGroup', id: 'g1' },
      { type: 'goBlock', index: 1 },
    );
    expect(nextUndo(view)).toEqual(change('B3.Q1', null, score(5), 'g2'));
    view = reduceView(view, { type: 'undone' });
    expect(view).toMatchObject({ groupId: 'g2', block: 2, focus: 0 });
    expect(view.announcement).toEqual({ id: 1, kind: 'undone', change: change('B3.Q1', null, score(5), 'g2') });
    expect(nextUndo(view)).toEqual(change('B1.Q1', null, score(2)));
    expect(nextRedo(view)).toEqual(change('B3.Q1', null, score(5), 'g2'));

    view = reduceView(view, { type: 'undone' });
    expect(view).toMatchObject({ groupId: 'g1', block: 0, focus: 0 });
    expect(view.announcement?.id).toBe(2);
    expect(view.undo).toEqual([]);
    expect(reduceView(view, { type: 'undone' })).toBe(view);
  });

  it('redoes what was undone, in reverse order, and announces it', () => {
    let view = run(
      initialView(shape()),
      answered(change('B1.Q1', null, score(2))),
      answered(change('B1.Q2', null, score(4))),
      { type: 'undone' },
      { type: 'undone' },
    );
    expect(view.focus).toBe(0);
    view = reduceView(view, { type: 'redone' });
    expect(view.announcement).toMatchObject({ kind: 'redone', change: change('B1.Q1', null, score(2)) });
    expect(view.focus).toBe(0);
    view = reduceView(view, { type: 'redone' });
    expect(view.focus).toBe(1);
    expect(view.undo.map((c) => c.questionId)).toEqual(['B1.Q1', 'B1.Q2']);
    expect(view.redo).toEqual([]);
    expect(reduceView(view, { type: 'redone' })).toBe(view);
  });

  it('forgets what could be redone once a new answer is given', () => {
    const view = run(
      initialView(shape()),
      answered(change('B1.Q1', null, score(2))),
      { type: 'undone' },
      answered(change('B1.Q1', null, score(3))),
    );
    expect(view.redo).toEqual([]);
    expect(nextUndo(view)?.after).toEqual(score(3));
  });

  it(`keeps the last ${UNDO_LIMIT} answers to undo`, () => {
    let view = initialView(shape());
    for (let i = 0; i < UNDO_LIMIT + 20; i++)
      view = reduceView(view, answered(change('B1.Q1', null, score((i % 5) + 1))));
    expect(view.undo).toHaveLength(UNDO_LIMIT);
  });

  it('clears an announcement only when it is the one shown', () => {
    let view = run(initialView(shape()), answered(change('B1.Q1', null, score(2))), { type: 'undone' });
    expect(reduceView(view, { type: 'dismissAnnouncement', id: 7 })).toBe(view);
    view = reduceView(view, { type: 'dismissAnnouncement', id: 1 });
    expect(view.announcement).toBeNull();
    // A later announcement gets a new id, so it is dismissed on its own schedule.
    view = run(view, { type: 'redone' });
    expect(view.announcement?.id).toBe(2);
  });

  it('opens the moment of completion when the group’s last question is answered', () => {
    const view = run(initialView(shape()), answered(change('B3.Q5', null, score(4)), true));
    expect(view.overlay).toBe('complete');
    expect(run(initialView(shape()), answered(change('B3.Q5', null, score(4)))).overlay).toBeNull();
    // Another dialog already open is not pushed aside.
    const withHelp = run(
      initialView(shape()),
      { type: 'open', overlay: 'help' },
      answered(change('B3.Q5', null, score(4)), true),
    );
    expect(withHelp.overlay).toBe('help');
  });

  it('names the next group in the picker’s order, round to the first', () => {
    const view = initialView(shape({ groups: ['g1', 'g2', 'g3'] }));
    expect(nextGroupId(view)).toBe('g2');
    expect(nextGroupId(reduceView(view, { type: 'selectGroup', id: 'g3' }))).toBe('g1');
    expect(nextGroupId(initialView(shape({ groups: ['g1'] })))).toBeUndefined();
  });

  it('switches group at the question asked for, or where the focus is', () => {
    const view = run(initialView(shape()), { type: 'focus', index: 3 }, { type: 'openNote' });
    expect(reduceView(view, { type: 'selectGroup', id: 'g2' })).toMatchObject({ groupId: 'g2', focus: 3, note: null });
    expect(reduceView(view, { type: 'selectGroup', id: 'g2', focus: 1 })).toMatchObject({ groupId: 'g2', focus: 1 });
    expect(reduceView(view, { type: 'selectGroup', id: 'nope' })).toBe(view);
  });

  it('picks up a group added elsewhere and falls back when the chosen one is gone', () => {
    let view = initialView(shape({ groups: [] }));
    expect(view.groupId).toBeNull();
    view = reduceView(view, { type: 'groups', ids: ['g7'] });
    expect(view.groupId).toBe('g7');
    view = run(view, { type: 'groups', ids: ['g7', 'g8'] }, { type: 'selectGroup', id: 'g8' });
    expect(reduceView(view, { type: 'groups', ids: ['g7'] }).groupId).toBe('g7');
    expect(reduceView(view, { type: 'groups', ids: ['g7', 'g8', 'g9'] }).groupId).toBe('g8');
  });

  it('opens a note on the focused question and closes it again', () => {
    const view = run(initialView(shape()), { type: 'move', delta: 2 }, { type: 'openNote' });
    expect(view.note).toBe('B1.Q3');
    expect(reduceView(view, { type: 'closeNote' }).note).toBeNull();
    expect(reduceView(view, { type: 'stepBlock', delta: 1 }).note).toBeNull();
  });

  it('in a finalized round refuses to change anything and raises the read-only notice', () => {
    const view = initialView(shape({ readOnly: true }));
    expect(reduceView(view, { type: 'openNote' })).toMatchObject({ note: null, readOnlyHint: true });
    expect(reduceView(view, { type: 'refused' }).readOnlyHint).toBe(true);
  });

  it('compares the groups only when there are several, and toggles the projector theme', () => {
    const view = initialView(shape());
    expect(reduceView(view, { type: 'toggleCompare' }).compare).toBe(true);
    expect(run(view, { type: 'toggleCompare' }, { type: 'toggleCompare' }).compare).toBe(false);
    expect(reduceView(initialView(shape({ groups: ['g1'] })), { type: 'toggleCompare' }).compare).toBe(false);
    expect(reduceView(view, { type: 'toggleProjector' }).projector).toBe(true);
  });

  it('opens one dialog at a time and closes it', () => {
    const view = run(initialView(shape()), { type: 'openNote' }, { type: 'open', overlay: 'radar' });
    expect(view).toMatchObject({ overlay: 'radar', note: null });
    expect(reduceView(view, { type: 'close' }).overlay).toBeNull();
    const closed = reduceView(view, { type: 'close' });
    expect(reduceView(closed, { type: 'close' })).toBe(closed);
  });

  it('locates a question by id', () => {
    expect(locate(shape(), 'B2.Q4')).toEqual({ block: 1, focus: 3 });
    expect(locate(shape(), 'B9.Q1')).toBeUndefined();
  });

  it('keeps the focus on a question that exists, whatever the keys', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('move' as const), delta: fc.integer({ min: -7, max: 7 }) }),
      fc.record({ type: fc.constant('stepBlock' as const), delta: fc.integer({ min: -4, max: 4 }) }),
      fc.record({ type: fc.constant('goBlock' as const), index: fc.integer({ min: -3, max: 6 }) }),
      fc.record({ type: fc.constant('focus' as const), index: fc.integer({ min: -3, max: 9 }) }),
      fc.constant({ type: 'confirmed' as const }),
      fc.constant({ type: 'undone' as const }),
      fc.constant({ type: 'redone' as const }),
      fc.constant({ type: 'selectGroup' as const, id: 'g2', focus: 9 }),
      fc
        .record({ q: fc.integer({ min: 1, max: 5 }), s: fc.integer({ min: 1, max: 5 }) })
        .map(({ q, s }) => answered(change(`B2.Q${q}`, null, score(s)))),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const view = run(initialView(shape()), ...(actions as ViewAction[]));
        expect(focusedQuestion(view)).toBeDefined();
        expect(view.undo.length + view.redo.length).toBeLessThanOrEqual(actions.length);
      }),
    );
  });
});
