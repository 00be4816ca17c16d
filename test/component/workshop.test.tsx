import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { storedAnswer, workshopWorld } from './workshopFixture';

const B1 = 'Service excellence vision, mission and strategy';
const B2 = 'Leadership and management commitment';

const rows = () => screen.getAllByTestId('workshop-question');
const row = (questionId: string) => rows().find((r) => r.dataset.questionId === questionId) as HTMLElement;
const current = () => rows().find((r) => r.getAttribute('aria-current') === 'true')?.dataset.questionId;

async function openWorkshop(world = workshopWorld()) {
  const app = renderApp(`/assessments/${world.roundId}/workshop`, world.backend);
  await findPageTitle(B1);
  await waitFor(() => expect(current()).toBe('B1.Q1'));
  const answer = (group: string | undefined, questionId: string) =>
    storedAnswer(world.backend, world.roundId, group, questionId);
  return { ...app, ...world, answer };
}

describe('workshop screen', () => {
  it('scores with the keyboard: 1–5, N for not applicable, arrows and Enter to move, → to the next block', async () => {
    const { backend, user, roundId, groups, answer } = await openWorkshop();
    const table1 = groups['Table 1'];
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

    const sent = (questionId: string, score: number | null) => ({
      assessmentId: roundId,
      respondentId: table1,
      questionId,
      score,
      notApplicable: score === null,
    });
    expect(backend.callsOf('answers.set')).toEqual([
      sent('B1.Q1', 3),
      sent('B1.Q2', null),
      sent('B1.Q3', 5),
      sent('B1.Q4', null),
      sent('B2.Q1', 4),
    ]);
    expect(answer(table1, 'B2.Q1')?.score).toBe(4);
    expect(answer(table1, 'B1.Q2')).toMatchObject({ score: null, notApplicable: true });
    expect(screen.getByTestId('workshop-answered').textContent).toBe('5 of 45 answered');
  });

  it('updates the mini-radar as answers come in, without a reload', async () => {
    const { backend, user } = await openWorkshop();
    const radar = screen.getByTestId('mini-radar');
    expect(radar.dataset.scoredBlocks).toBe('0');
    await user.keyboard('4{ArrowDown}2');
    await waitFor(() => expect(radar.dataset.blockScores).toContain('B1=3.00'));
    await user.keyboard('{ArrowRight}5');
    await waitFor(() => expect(radar.dataset.blockScores).toContain('B2=5.00'));
    expect(radar.dataset.scoredBlocks).toBe('2');
    expect(within(radar).getByRole('img').getAttribute('aria-label')).toMatch(/B1 3\.0; B2 5\.0; B3 not scored/);
    expect(backend.callsOf('assessments.workspace')).toHaveLength(1);
  });

  it('undoes the last answer with Ctrl+Z, restoring the previous value of that question', async () => {
    const { backend, user, roundId, groups, answer } = await openWorkshop();
    const table1 = groups['Table 1'];
    await user.keyboard('2');
    await waitFor(() => expect(row('B1.Q1').dataset.saved).toBe('true'));
    await user.keyboard('4{ArrowDown}{ArrowRight}');
    await findPageTitle(B2);

    await user.keyboard('{Control>}z{/Control}');
    await findPageTitle(B1);
    expect(current()).toBe('B1.Q1');
    await waitFor(() => expect(row('B1.Q1').dataset.score).toBe('2'));
    await waitFor(() => expect(row('B1.Q1').dataset.saved).toBe('true'));
    expect(backend.callsOf('answers.set').at(-1)).toEqual({
      assessmentId: roundId,
      respondentId: table1,
      questionId: 'B1.Q1',
      score: 2,
      notApplicable: false,
    });
    expect(answer(table1, 'B1.Q1')?.score).toBe(2);

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(row('B1.Q1').dataset.score).toBe(''));
    expect(backend.callsOf('answers.set').at(-1)).toMatchObject({ score: null, notApplicable: false });
    await waitFor(() => expect(answer(table1, 'B1.Q1')).toBeUndefined());
  });

  it('keeps a note per question: C opens it, Esc saves and closes', async () => {
    const { backend, user, roundId, groups, answer } = await openWorkshop();
    const table1 = groups['Table 1'];
    await user.keyboard('{ArrowDown}3c');
    const editor = await screen.findByTestId('workshop-note-editor');
    await user.type(within(editor.parentElement as HTMLElement).getByRole('textbox'), 'Sales disagrees');
    await user.keyboard('{Escape}');
    expect(await within(row('B1.Q2')).findByTestId('workshop-note')).toBeTruthy();
    await waitFor(() =>
      expect(backend.callsOf('answers.set').at(-1)).toEqual({
        assessmentId: roundId,
        respondentId: table1,
        questionId: 'B1.Q2',
        score: 3,
        notApplicable: false,
        comment: 'Sales disagrees',
      }),
    );
    // Esc in the note did not leave the screen, and the keys score again.
    expect(current()).toBe('B1.Q2');
    await user.keyboard('5');
    await waitFor(() => expect(answer(table1, 'B1.Q2')).toMatchObject({ score: 5, comment: 'Sales disagrees' }));
  });

  it('marks an answer that failed to save, says why, and saves it on retry', async () => {
    const world = workshopWorld();
    world.backend.failures.set('answers.set', { code: 'internal' });
    const { backend, user, groups, answer } = await openWorkshop(world);
    await user.keyboard('4');
    await waitFor(() => expect(row('B1.Q1').dataset.state).toBe('error'));
    backend.failures.delete('answers.set');
    expect(answer(groups['Table 1'], 'B1.Q1')).toBeUndefined();
    expect(row('B1.Q1').dataset.score).toBe('4');
    const alert = screen.getByTestId('workshop-save-error');
    expect(alert.textContent).toContain('1 answer could not be saved.');
    expect(alert.textContent).toContain('Something went wrong. Your data is unchanged; try again.');

    await user.keyboard('r');
    await waitFor(() => expect(row('B1.Q1').dataset.saved).toBe('true'));
    expect(screen.queryByTestId('workshop-save-error')).toBeNull();
    expect(answer(groups['Table 1'], 'B1.Q1')?.score).toBe(4);
  });

  it('scores per group; G switches to the next group', async () => {
    const { user, groups, answer } = await openWorkshop();
    await user.keyboard('3g');
    await waitFor(() => expect(screen.getByTestId('workshop').dataset.groupId).toBe(groups['Table 2']));
    await waitFor(() => expect(current()).toBe('B1.Q1'));
    expect(row('B1.Q1').dataset.score).toBe('');
    await user.keyboard('5');
    await waitFor(() => expect(answer(groups['Table 2'], 'B1.Q1')?.score).toBe(5));
    expect(answer(groups['Table 1'], 'B1.Q1')?.score).toBe(3);
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
    const { backend, roundId } = workshopWorld({ groups: [] });
    const { user } = renderApp(`/assessments/${roundId}/workshop`, backend);
    await findPageTitle(B1);
    const panel = await screen.findByTestId('workshop-first-group');
    expect(field('Code', panel).value).toBe('Table 1');
    await user.click(within(panel).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(current()).toBe('B1.Q1'));
    expect(backend.callsOf('respondents.create')).toEqual([
      { assessmentId: roundId, code: 'Table 1', role: 'management', name: null },
    ]);
    await user.keyboard('2');
    await waitFor(() =>
      expect(backend.run('assessments.workspace', { id: roundId }).answers).toEqual([
        expect.objectContaining({ questionId: 'B1.Q1', score: 2 }),
      ]),
    );
  });

  it('opens a finalized round read-only', async () => {
    const world = workshopWorld({
      status: 'finalized',
      groups: [{ code: 'Table 1', role: 'management', scores: (q) => (q === 'B1.Q1' ? 4 : undefined) }],
    });
    const { backend, user } = await openWorkshop(world);
    expect(screen.getByTestId('workshop-read-only')).toBeTruthy();
    expect(row('B1.Q1').dataset.score).toBe('4');
    await user.keyboard('2{ArrowDown}n{Control>}z{/Control}');
    expect(current()).toBe('B1.Q2');
    expect(backend.callsOf('answers.set')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Group' })).toBeNull();
  });

  it('speaks Dutch, with the framework’s own Dutch texts', async () => {
    const { backend, roundId } = workshopWorld({ language: 'nl' });
    const { user } = renderApp(`/assessments/${roundId}/workshop`, backend);
    await findPageTitle('Visie, missie en strategie voor service excellence');
    expect(screen.getByText('Niet aanwezig')).toBeTruthy();
    expect(screen.getByText('Antwoordschaal')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Verlaten/ })).toBeTruthy();
    await waitFor(() => expect(current()).toBe('B1.Q1'));
    await user.keyboard('4{ArrowDown}n');
    await waitFor(() => expect(row('B1.Q2').dataset.saved).toBe('true'));
    expect(screen.getByTestId('workshop-answered').textContent).toBe('2 van 45 beantwoord');
  });
});
