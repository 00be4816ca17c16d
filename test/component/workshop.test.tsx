import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_SHORTCUTS } from '../../renderer/src/pages/workshop/workshopKeys';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { field } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { workshopWorld } from './workshopFixture';

const B1 = 'Service excellence vision, mission and strategy';
const B2 = 'Leadership and management commitment';

const rows = () => screen.getAllByTestId('workshop-question');
const row = (questionId: string) => rows().find((r) => r.dataset.questionId === questionId) as HTMLElement;
const current = () => rows().find((r) => r.getAttribute('aria-current') === 'true')?.dataset.questionId;

async function openWorkshop(w = workshopWorld()) {
  const app = renderApp(`/assessments/${w.roundId}/workshop`, w.backend);
  await findPageTitle(B1);
  await waitFor(() => expect(current()).toBe('B1.Q1'));
  return { ...app, w };
}

describe('workshop screen', () => {
  it('scores with the keyboard: 1–5, N for not applicable, arrows and Enter to move, → to the next block', async () => {
    const { w, user } = await openWorkshop(workshopWorld({ autoAdvance: false }));
    await user.keyboard('3');
    await waitFor(() => expect(row('B1.Q1').dataset.saved).toBe('true'));
    expect(row('B1.Q1').dataset.score).toBe('3');

    await user.keyboard('{ArrowDown}n{Enter}5{ArrowDown}0{ArrowUp}{ArrowUp}');
    expect(current()).toBe('B1.Q2');
    await waitFor(() => expect(row('B1.Q4').dataset.saved).toBe('true'));
    expect(row('B1.Q2').dataset.score).toBe('na');
    expect(row('B1.Q3').dataset.score).toBe('5');
    expect(row('B1.Q4').dataset.score).toBe('na');

    await user.keyboard('{ArrowRight}');
    await findPageTitle(B2);
    expect(current()).toBe('B2.Q1');
    await user.keyboard('4');
    await waitFor(() => expect(row('B2.Q1').dataset.saved).toBe('true'));

    expect(w.backend.callsOf('answers.set')).toEqual([
      {
        assessmentId: w.roundId,
        respondentId: w.groups['Table 1'],
        questionId: 'B1.Q1',
        score: 3,
        notApplicable: false,
      },
      {
        assessmentId: w.roundId,
        respondentId: w.groups['Table 1'],
        questionId: 'B1.Q2',
        score: null,
        notApplicable: true,
      },
      {
        assessmentId: w.roundId,
        respondentId: w.groups['Table 1'],
        questionId: 'B1.Q3',
        score: 5,
        notApplicable: false,
      },
      {
        assessmentId: w.roundId,
        respondentId: w.groups['Table 1'],
        questionId: 'B1.Q4',
        score: null,
        notApplicable: true,
      },
      {
        assessmentId: w.roundId,
        respondentId: w.groups['Table 1'],
        questionId: 'B2.Q1',
        score: 4,
        notApplicable: false,
      },
    ]);
    expect(w.answerOf('Table 1', 'B2.Q1')?.score).toBe(4);
    expect(screen.getByTestId('workshop-answered').textContent).toBe('5 of 45 answered');
  });

  it('updates the mini-radar as answers come in, without a reload', async () => {
    const { w, user } = await openWorkshop();
    const radar = screen.getByTestId('mini-radar');
    expect(radar.dataset.scoredBlocks).toBe('0');
    await user.keyboard('42');
    await waitFor(() => expect(radar.dataset.blockScores).toContain('B1=3.00'));
    await user.keyboard('{ArrowRight}5');
    await waitFor(() => expect(radar.dataset.blockScores).toContain('B2=5.00'));
    expect(radar.dataset.scoredBlocks).toBe('2');
    expect(within(radar).getByRole('img').getAttribute('aria-label')).toMatch(/B1 3\.0; B2 5\.0; B3 not scored/);
    expect(w.backend.callsOf('assessments.workspace')).toHaveLength(1);
  });

  it('undoes the last answer with Ctrl+Z, restoring the previous value of that question and saying so', async () => {
    const { w, user } = await openWorkshop();
    await user.keyboard('2');
    await waitFor(() => expect(row('B1.Q1').dataset.saved).toBe('true'));
    await user.keyboard('{ArrowUp}4{ArrowRight}');
    await findPageTitle(B2);

    await user.keyboard('{Control>}z{/Control}');
    await findPageTitle(B1);
    expect(current()).toBe('B1.Q1');
    await waitFor(() => expect(row('B1.Q1').dataset.score).toBe('2'));
    await waitFor(() => expect(row('B1.Q1').dataset.saved).toBe('true'));
    expect(w.backend.callsOf('answers.set').at(-1)).toEqual({
      assessmentId: w.roundId,
      respondentId: w.groups['Table 1'],
      questionId: 'B1.Q1',
      score: 2,
      notApplicable: false,
    });
    const announcer = screen.getByTestId('workshop-announcer');
    expect(announcer.getAttribute('role')).toBe('status');
    expect(announcer.textContent).toBe('Undone: Table 1, B1 question 1 back to 2');

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(row('B1.Q1').dataset.score).toBe(''));
    expect(w.backend.callsOf('answers.set').at(-1)).toMatchObject({ score: null, notApplicable: false });
    await waitFor(() => expect(w.answerOf('Table 1', 'B1.Q1')).toBeUndefined());
    expect(screen.getByTestId('workshop-announcer').textContent).toBe(
      'Undone: Table 1, B1 question 1 back to no answer',
    );
  });

  it('redoes with Ctrl+Shift+Z and Ctrl+Y what Ctrl+Z took back', async () => {
    const { w, user } = await openWorkshop();
    await user.keyboard('35');
    await waitFor(() => expect(row('B1.Q2').dataset.saved).toBe('true'));
    await user.keyboard('{Control>}z{/Control}{Control>}z{/Control}');
    await waitFor(() => expect(w.answers()).toHaveLength(0));
    expect(current()).toBe('B1.Q1');

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(w.answerOf('Table 1', 'B1.Q1')?.score).toBe(3));
    expect(screen.getByTestId('workshop-announcer').textContent).toBe('Redone: Table 1, B1 question 1 set to 3');
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(w.answerOf('Table 1', 'B1.Q2')?.score).toBe(5));
    expect(current()).toBe('B1.Q2');
    expect(screen.getByTestId('workshop-announcer').textContent).toBe('Redone: Table 1, B1 question 2 set to 5');

    // Nothing left to redo: the keys change nothing.
    const saves = w.backend.callsOf('answers.set').length;
    await user.keyboard('{Control>}y{/Control}');
    expect(w.backend.callsOf('answers.set')).toHaveLength(saves);
  });

  it('keeps a note per question: C opens it, Esc saves and closes', async () => {
    const { w, user } = await openWorkshop();
    await user.keyboard('{ArrowDown}3{ArrowUp}c');
    const editor = await screen.findByTestId('workshop-note-editor');
    await user.type(within(editor.parentElement as HTMLElement).getByRole('textbox'), 'Sales disagrees');
    await user.keyboard('{Escape}');
    expect(await within(row('B1.Q2')).findByTestId('workshop-note')).toBeTruthy();
    await waitFor(() =>
      expect(w.backend.callsOf('answers.set').at(-1)).toEqual({
        assessmentId: w.roundId,
        respondentId: w.groups['Table 1'],
        questionId: 'B1.Q2',
        score: 3,
        notApplicable: false,
        comment: 'Sales disagrees',
      }),
    );
    // Esc in the note did not leave the screen, and the keys score again.
    expect(current()).toBe('B1.Q2');
    await user.keyboard('5');
    await waitFor(() => expect(w.answerOf('Table 1', 'B1.Q2')).toMatchObject({ score: 5, comment: 'Sales disagrees' }));
  });

  it('marks an answer that failed to save, says why, and saves it on retry', async () => {
    const w = workshopWorld();
    w.backend.failOnce.set('answers.set', [{ code: 'internal' }]);
    const { user } = await openWorkshop(w);
    await user.keyboard('4');
    await waitFor(() => expect(row('B1.Q1').dataset.state).toBe('error'));
    expect(row('B1.Q1').dataset.score).toBe('4');
    const alert = screen.getByTestId('workshop-save-error');
    expect(alert.textContent).toContain('1 answer could not be saved.');
    expect(alert.textContent).toContain('Something went wrong. Your data is unchanged; try again.');

    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(row('B1.Q1').dataset.saved).toBe('true'));
    expect(screen.queryByTestId('workshop-save-error')).toBeNull();
    expect(w.answerOf('Table 1', 'B1.Q1')?.score).toBe(4);
  });

  it('scores per group; G switches to the next group at its first open question of the block', async () => {
    const { w, user } = await openWorkshop();
    await user.keyboard('3');
    await waitFor(() => expect(current()).toBe('B1.Q2'));
    await user.keyboard('g');
    await waitFor(() => expect(screen.getByTestId('workshop').dataset.groupId).toBe(w.groups['Table 2']));
    await waitFor(() => expect(current()).toBe('B1.Q1'));
    expect(row('B1.Q1').dataset.score).toBe('');
    await user.keyboard('5');
    await waitFor(() => expect(w.answerOf('Table 2', 'B1.Q1')?.score).toBe(5));
    expect(w.answerOf('Table 1', 'B1.Q1')?.score).toBe(3);
    // Back to the first table: it carries on where it stopped.
    await user.keyboard('g');
    await waitFor(() => expect(screen.getByTestId('workshop').dataset.groupId).toBe(w.groups['Table 1']));
    await waitFor(() => expect(current()).toBe('B1.Q2'));
  });

  it('shows nothing of the app around it, and Esc leaves for the engagement’s rounds', async () => {
    const { user } = await openWorkshop();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Clients' })).toBeNull();
    expect(screen.queryByText('Other Client BV')).toBeNull();
    expect(screen.getByText('Acme Hotels')).toBeTruthy();
    expect(screen.getByText(/^Baseline · SX Workbench default/)).toBeTruthy();
    // The five level descriptors of the answer scale are in view.
    expect(screen.getByText('Not in place')).toBeTruthy();
    expect(screen.getByText('Embedded, measured and improved')).toBeTruthy();

    await user.keyboard('{Escape}');
    await findPageTitle('Diagnosis 2026');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Assessment rounds', selected: true })).toBeTruthy();
  });

  it('adds the first group inline when the round has none', async () => {
    const w = workshopWorld({ groups: [] });
    const { user } = renderApp(`/assessments/${w.roundId}/workshop`, w.backend);
    await findPageTitle(B1);
    const panel = await screen.findByTestId('workshop-first-group');
    expect(field('Code', panel).value).toBe('Table 1');
    await user.click(within(panel).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(current()).toBe('B1.Q1'));
    expect(w.backend.callsOf('respondents.create')).toEqual([
      { assessmentId: w.roundId, code: 'Table 1', role: 'management', name: null },
    ]);
    await user.keyboard('2');
    await waitFor(() => expect(w.answers()).toHaveLength(1));
  });

  it('opens a finalized round read-only', async () => {
    const w = workshopWorld({
      status: 'finalized',
      answers: [{ group: 'Table 1', questionId: 'B1.Q1', score: 4 }],
    });
    const { user } = await openWorkshop(w);
    expect(screen.getByTestId('workshop-read-only')).toBeTruthy();
    expect(row('B1.Q1').dataset.score).toBe('4');
    await user.keyboard('2{ArrowDown}n{Control>}z{/Control}');
    expect(current()).toBe('B1.Q2');
    expect(w.backend.callsOf('answers.set')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Group' })).toBeNull();
  });

  it('speaks Dutch, with the framework’s own Dutch texts', async () => {
    const w = workshopWorld({ language: 'nl' });
    const { user } = renderApp(`/assessments/${w.roundId}/workshop`, w.backend);
    await findPageTitle('Visie, missie en strategie voor service excellence');
    expect(screen.getByText('Niet aanwezig')).toBeTruthy();
    expect(screen.getByText('Antwoordschaal')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Verlaten/ })).toBeTruthy();
    await waitFor(() => expect(current()).toBe('B1.Q1'));
    await user.keyboard('4n');
    await waitFor(() => expect(row('B1.Q2').dataset.saved).toBe('true'));
    expect(screen.getByTestId('workshop-answered').textContent).toBe('2 van 45 beantwoord');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() =>
      expect(screen.getByTestId('workshop-announcer').textContent).toBe(
        'Ongedaan gemaakt: Table 1, B1 vraag 2 terug naar geen antwoord',
      ),
    );
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() =>
      expect(screen.getByTestId('workshop-announcer').textContent).toBe(
        'Opnieuw uitgevoerd: Table 1, B1 vraag 2 weer op n.v.t.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Sneltoetsen' })).toBeTruthy();
  });
  it('scores a block with one key per question: each score moves on to the next question', async () => {
    const { w, user } = await openWorkshop();
    await user.keyboard('3n524');
    await waitFor(() => expect(w.answers()).toHaveLength(5));
    expect(['B1.Q1', 'B1.Q2', 'B1.Q3', 'B1.Q4', 'B1.Q5'].map((q) => row(q).dataset.score)).toEqual([
      '3',
      'na',
      '5',
      '2',
      '4',
    ]);
    // The last question keeps the focus; → is the deliberate step to the next block.
    expect(current()).toBe('B1.Q5');
    expect(screen.getByTestId('workshop').dataset.blockId).toBe('B1');
  });

  it('marks the moment a group has answered all 45 questions, with the way to the results', async () => {
    const answers = sxDefault.questions
      .filter((q) => q.id !== 'B9.Q5')
      .map((q) => ({ group: 'Table 1', questionId: q.id, score: 3 }));
    const { user } = await openWorkshop(workshopWorld({ answers }));
    expect(screen.getByTestId('workshop-answered').textContent).toBe('44 of 45 answered');
    expect(screen.queryByTestId('workshop-results')).toBeNull();
    for (let i = 0; i < 8; i++) await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}4');

    const dialog = await screen.findByRole('dialog', { name: 'All 45 questions answered' });
    expect(within(dialog).getByText(/Table 1 has answered every question of the 9 building blocks/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Continue with Table 2' })).toBeTruthy();
    expect(screen.getByTestId('workshop-answered').textContent).toBe('45 of 45 answered');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Esc closed the dialog only; the results stay one click away.
    expect(screen.getByTestId('workshop')).toBeTruthy();
    await user.click(screen.getByTestId('workshop-results'));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Results', selected: true })).toBeTruthy());
  });

  it('goes on from the moment of completion to the next group’s first open question', async () => {
    const answers = sxDefault.questions
      .filter((q) => q.id !== 'B1.Q1')
      .map((q) => ({ group: 'Table 1', questionId: q.id, score: 2 }));
    const { w, user } = await openWorkshop(workshopWorld({ answers }));
    await user.keyboard('5');
    const dialog = await screen.findByRole('dialog', { name: 'All 45 questions answered' });
    await user.click(within(dialog).getByRole('button', { name: 'Continue with Table 2' }));
    await waitFor(() => expect(screen.getByTestId('workshop').dataset.groupId).toBe(w.groups['Table 2']));
    expect(current()).toBe('B1.Q1');
  });

  it('lists every shortcut of the key table under ?, and Esc closes the list', async () => {
    const { user } = await openWorkshop();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const listed = within(dialog)
      .getAllByRole('row')
      .map((r) => r.dataset.shortcut);
    expect(listed).toEqual(
      ['answer', 'move', 'history', 'view', 'session'].flatMap((section) =>
        WORKSHOP_SHORTCUTS.filter((s) => s.section === section).map((s) => s.id),
      ),
    );
    const redo = within(dialog)
      .getAllByRole('row')
      .find((r) => r.dataset.shortcut === 'redo') as HTMLElement;
    expect(redo.textContent).toBe('Ctrl+Shift+Z/ or Ctrl+Yredo');
    const retry = within(dialog)
      .getAllByRole('row')
      .find((r) => r.dataset.shortcut === 'retry') as HTMLElement;
    expect(retry.dataset.available).toBe('false');
    expect(retry.textContent).toContain('not available now');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Esc closed the list and did not leave the screen; the keys score again.
    expect(screen.getByTestId('workshop')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(row('B1.Q1')));
    await user.keyboard('4');
    await waitFor(() => expect(row('B1.Q1').dataset.score).toBe('4'));
  });

  it('shows in the footer the everyday keys of the key table', async () => {
    await openWorkshop();
    const footer = screen.getByTestId('workshop-footer');
    expect([...footer.querySelectorAll('[data-shortcut]')].map((e) => (e as HTMLElement).dataset.shortcut)).toEqual([
      'score',
      'notApplicable',
      'nextQuestion',
      'nextBlock',
      'nextGroup',
      'undo',
      'help',
    ]);
    expect(footer.textContent).toContain('1– to 5score');
  });

  it('shows the radar large with the blocks’ names on R or its button', async () => {
    const { user } = await openWorkshop();
    await user.keyboard('4');
    await user.keyboard('r');
    const dialog = await screen.findByRole('dialog', { name: 'Scores so far: all 2 groups' });
    expect(within(dialog).getByRole('img').getAttribute('aria-label')).toMatch(
      /B1 Service excellence vision, mission and strategy: 4\.0; B2 Leadership and management commitment: not scored/,
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [topBar, corner] = screen.getAllByRole('button', { name: 'Large radar with block names' });
    expect(topBar?.getAttribute('aria-keyshortcuts')).toBe('R');
    await user.click(corner as HTMLElement);
    expect(await screen.findByRole('dialog', { name: 'Scores so far: all 2 groups' })).toBeTruthy();
  });

  it('puts the groups’ answers to the block side by side on V, and flags two points apart', async () => {
    const w = workshopWorld({
      answers: [
        { group: 'Table 1', questionId: 'B1.Q1', score: 2 },
        { group: 'Table 2', questionId: 'B1.Q1', score: 4 },
        { group: 'Table 2', questionId: 'B1.Q2', score: null },
      ],
    });
    const { user } = await openWorkshop(w);
    expect(screen.queryAllByTestId('group-scores')).toHaveLength(0);
    await user.keyboard('v');
    expect(screen.getByRole('button', { name: 'Groups side by side' }).getAttribute('aria-pressed')).toBe('true');
    const cells = (q: string) =>
      within(row(q))
        .getAllByRole('listitem')
        .map((li) => li.querySelector('[class*=srOnly]')?.textContent);
    expect(cells('B1.Q1')).toEqual(['Table 1: 2', 'Table 2: 4']);
    expect(cells('B1.Q2')).toEqual(['Table 1: no answer', 'Table 2: n/a']);
    const spread = within(row('B1.Q1')).getByTestId('group-spread');
    expect(spread.textContent).toBe('Δ22 points apart');
    expect(spread.title).toBe('2 points apart');
    expect(within(row('B1.Q2')).queryByTestId('group-spread')).toBeNull();

    // Scoring goes on while comparing: the current group's cell follows.
    await user.keyboard('{ArrowDown}5');
    await waitFor(() => expect(cells('B1.Q2')).toEqual(['Table 1: 5', 'Table 2: n/a']));
    await user.keyboard('v');
    expect(screen.queryAllByTestId('group-scores')).toHaveLength(0);
  });

  it('switches to the projector theme on P and remembers it in the settings', async () => {
    const { w, user } = await openWorkshop();
    const workshop = screen.getByTestId('workshop');
    expect(workshop.dataset.theme).toBe('standard');
    await user.keyboard('p');
    expect(workshop.dataset.theme).toBe('projector');
    await waitFor(() => expect(w.backend.callsOf('settings.update')).toEqual([{ workshopProjectorTheme: true }]));
    await user.click(screen.getByRole('button', { name: 'Projector theme (high contrast)' }));
    expect(workshop.dataset.theme).toBe('standard');
    await waitFor(() => expect(w.backend.callsOf('settings.update').at(-1)).toEqual({ workshopProjectorTheme: false }));
  });

  it('opens in the projector theme when that was chosen last time', async () => {
    await openWorkshop(workshopWorld({ projectorTheme: true }));
    expect(screen.getByTestId('workshop').dataset.theme).toBe('projector');
    expect(screen.getByRole('button', { name: 'Projector theme (high contrast)' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('gives every control an accessible name', async () => {
    const { user } = await openWorkshop();
    await user.keyboard('v');
    const buttons = screen.getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(10);
    expect(screen.getAllByRole('button', { name: /\S/ })).toHaveLength(buttons.length);
    const radios = screen.getAllByRole('radio');
    expect(screen.getAllByRole('radio', { name: /\S/ })).toHaveLength(radios.length);
  });
});
