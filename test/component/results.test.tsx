import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { FakeApi } from './fakeApi';
import { findPageTitle, renderApp } from './legacyRenderApp';

/**
 * A survey round of 5 management and 2 staff respondents: the gap is suppressed everywhere (staff < 3),
 * and so is every role group. Management scores 4 on B1 but one gives 3 on B1.Q1 and n/a on B1.Q5.
 */
function surveyWithAnswers(language: 'en' | 'nl' = 'en') {
  const people = [
    ...['M1', 'M2', 'M3', 'M4', 'M5'].map((code) => ({ code, role: 'management' as const })),
    { code: 'S1', role: 'staff' as const },
    { code: 'S2', role: 'staff' as const },
  ];
  const respondents = people.map((p, i) => ({
    id: `r${i}`,
    assessmentId: 'a2',
    code: p.code,
    role: p.role,
    name: `Person ${i}`,
  }));
  const answers = respondents.flatMap((r, i) =>
    sxDefault.questions
      .filter((q) => q.id.startsWith('B1.') || q.id.startsWith('B2.'))
      .map((q) => ({
        respondentId: r.id,
        questionId: q.id,
        score: q.id === 'B1.Q5' && i === 0 ? null : r.role === 'staff' ? 2 : i === 0 && q.id === 'B1.Q1' ? 3 : 4,
        notApplicable: q.id === 'B1.Q5' && i === 0,
      })),
  );
  return new FakeApi({
    language,
    clients: [{ id: 'c1', name: 'Acme Hotels' }],
    engagements: [{ id: 'e1', clientId: 'c1', title: 'Diagnosis 2026', status: 'active' }],
    assessments: [
      { id: 'a1', engagementId: 'e1', mode: 'survey', round: 'Baseline', status: 'finalized' },
      { id: 'a2', engagementId: 'e1', mode: 'survey', round: 'Follow-up', status: 'open' },
    ],
    respondents: [{ id: 'b1', assessmentId: 'a1', code: 'X1', role: 'staff' }, ...respondents],
    answers: [{ respondentId: 'b1', questionId: 'B1.Q1', score: 2 }, ...answers],
  });
}

const blockRow = (id: string) =>
  within(screen.getByTestId('block-table'))
    .getAllByRole('row')
    .find((r) => r.dataset.blockId === id) as HTMLElement;

describe('results', () => {
  it('shows scores with how each was computed, and why a gap is not shown', async () => {
    renderApp('/engagements/e1/results?round=a2', surveyWithAnswers());
    await findPageTitle('Diagnosis 2026');
    await screen.findByTestId('results');

    // B1: respondent means 3.75 (M1: 3,4,4,4 — n/a left out), 4, 4, 4, 4, 2, 2 → mean 23.75 / 7.
    const score = within(blockRow('B1')).getByTestId('block-score');
    expect(score.textContent).toBe('3.39');
    expect(score.dataset.how).toBe('Mean of 7 respondents; 1 answer “not applicable”, left out.');
    expect(within(blockRow('B3')).getByTestId('block-score').dataset.how).toBe('Nobody gave a score here.');

    const gaps = screen.getByTestId('gaps-table');
    expect(within(gaps).getAllByTestId('gap-suppressed')[0]?.textContent).toBe(
      'Not shown: fewer than 3 respondents in a group',
    );
    // Management (5) alone would leave a remainder of 2 staff, who could be worked out by subtraction.
    expect(
      within(screen.getByTestId('roles')).getByText(
        'No role group is large enough to show (at least 3 respondents each).',
      ),
    ).toBeTruthy();

    // Codes, never names, in the heatmap.
    const heatmap = screen.getByTestId('heatmap');
    expect(
      within(heatmap)
        .getAllByTestId('heatmap-code')
        .map((c) => c.textContent),
    ).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'S1', 'S2']);
    expect(within(heatmap).queryByText(/Person/)).toBeNull();

    // Compared with the finalized baseline.
    expect(within(screen.getByTestId('overall-delta')).getByText('Change since Baseline')).toBeTruthy();
    expect(screen.getByTestId('deltas')).toBeTruthy();
  });

  it('writes numbers with a decimal comma in Dutch', async () => {
    renderApp('/engagements/e1/results?round=a2', surveyWithAnswers('nl'));
    await findPageTitle('Diagnosis 2026');
    await screen.findByTestId('results');
    expect(within(blockRow('B1')).getByTestId('block-score').textContent).toBe('3,39');
    expect(within(screen.getByTestId('overall')).getByText('3,41')).toBeTruthy();
    expect(within(screen.getByTestId('gaps-table')).getAllByTestId('gap-suppressed')[0]?.textContent).toBe(
      'Niet getoond: minder dan 3 respondenten in een groep',
    );
    expect(screen.getByRole('tab', { name: 'Resultaten', selected: true })).toBeTruthy();
  });

  it('saves the paradigm-shift positions', async () => {
    const api = surveyWithAnswers();
    const { user } = renderApp('/engagements/e1/results?round=a2', api);
    await findPageTitle('Diagnosis 2026');
    const editor = await screen.findByTestId('shifts-editor');
    const save = screen.getByRole('button', { name: 'Save positions' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    await user.type(
      within(editor).getByLabelText('Now: Satisfied customers → Enthusiastic customers (emotional connection)'),
      '3',
    );
    await user.type(
      within(editor).getByLabelText('Desired: Satisfied customers → Enthusiastic customers (emotional connection)'),
      '9',
    );
    await user.click(save);
    await waitFor(() => expect(api.callsOf('assessments.setShifts')).toHaveLength(1));
    const [call] = api.callsOf('assessments.setShifts') as { positions: Record<string, unknown> }[];
    expect(call?.positions.S1).toEqual({ now: 3, desired: 9 });
    expect(call?.positions.S2).toEqual({ now: null, desired: null });
    expect(await screen.findByText('Positions saved')).toBeTruthy();
    expect(api.shifts.get('a2')?.get('S1')).toEqual({ now: 3, desired: 9 });
  });

  it('shows a finalized round without the shift editor', async () => {
    renderApp('/engagements/e1/results?round=a1', surveyWithAnswers());
    await findPageTitle('Diagnosis 2026');
    await screen.findByTestId('results');
    expect(screen.queryByTestId('shifts-editor')).toBeNull();
    expect(screen.getByText('No positions were recorded in this round.')).toBeTruthy();
  });

  it('says what to do in a round without answers', async () => {
    const api = surveyWithAnswers();
    api.assessments.push({ ...api.assessments[0]!, id: 'a3', round: 'Workshop', mode: 'workshop', status: 'draft' });
    renderApp('/engagements/e1/results?round=a3', api);
    await findPageTitle('Diagnosis 2026');
    expect(await screen.findByText('No answers in this round yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Workshop screen' }).getAttribute('href')).toBe('/assessments/a3/workshop');
  });
});
