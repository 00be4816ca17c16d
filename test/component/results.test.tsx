import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, seedRound, setLanguage } from './seed';

/**
 * A finalized baseline, then a survey round of 5 management and 2 staff respondents who answered B1 and
 * B2: the gap is suppressed everywhere (staff < 3), and so is every role group. Management scores 4 but
 * M1 gives 3 on B1.Q1 and n/a on B1.Q5; staff score 2.
 */
function surveyWithAnswers(language: 'en' | 'nl' = 'en') {
  const backend = createTestBackend();
  setLanguage(backend, language);
  const engagementId = seedEngagement(backend, seedClient(backend, { name: 'Acme Hotels' }), {
    title: 'Diagnosis 2026',
    status: 'active',
  });
  const baseline = seedRound(backend, engagementId, {
    label: 'Baseline',
    heldOn: '2026-03-02',
    status: 'finalized',
    respondents: [{ code: 'X1', role: 'staff', scores: (q) => (q === 'B1.Q1' ? 2 : undefined) }],
  });
  const inB1orB2 = (q: string) => q.startsWith('B1.') || q.startsWith('B2.');
  const management = (code: string, i: number) => ({
    code,
    role: 'management' as const,
    name: `Person ${i}`,
    scores: (q: string) => {
      if (!inB1orB2(q)) return undefined;
      if (i === 0 && q === 'B1.Q5') return null;
      return i === 0 && q === 'B1.Q1' ? 3 : 4;
    },
  });
  const staff = (code: string, i: number) => ({
    code,
    role: 'staff' as const,
    name: `Person ${i}`,
    scores: (q: string) => (inB1orB2(q) ? 2 : undefined),
  });
  const followUp = seedRound(backend, engagementId, {
    label: 'Follow-up',
    heldOn: '2026-10-05',
    status: 'open',
    respondents: [
      ...['M1', 'M2', 'M3', 'M4', 'M5'].map((code, i) => management(code, i)),
      staff('S1', 5),
      staff('S2', 6),
    ],
  });
  return { backend, engagementId, baseline, followUp };
}

function openResults(backend: TestBackend, engagementId: string, roundId: string) {
  return renderApp(`/engagements/${engagementId}/results?round=${roundId}`, backend);
}

const blockRow = (id: string) =>
  within(screen.getByTestId('block-table'))
    .getAllByRole('row')
    .find((r) => r.dataset.blockId === id) as HTMLElement;

describe('results', () => {
  it('shows scores with how each was computed, and why a gap is not shown', async () => {
    const { backend, engagementId, followUp } = surveyWithAnswers();
    openResults(backend, engagementId, followUp);
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
    const { backend, engagementId, followUp } = surveyWithAnswers('nl');
    openResults(backend, engagementId, followUp);
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
    const { backend, engagementId, followUp } = surveyWithAnswers();
    const { user } = openResults(backend, engagementId, followUp);
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
    await waitFor(() => expect(backend.callsOf('assessments.setShifts')).toHaveLength(1));
    const [call] = backend.callsOf('assessments.setShifts') as { positions: Record<string, unknown> }[];
    expect(call?.positions.S1).toEqual({ now: 3, desired: 9 });
    expect(call?.positions.S2).toEqual({ now: null, desired: null });
    expect(await screen.findByText('Positions saved')).toBeTruthy();
    const { shifts } = backend.run('assessments.workspace', { id: followUp });
    expect(shifts.find((shift) => shift.id === 'S1')).toEqual({ id: 'S1', now: 3, desired: 9 });
  });

  it('shows a finalized round without the shift editor', async () => {
    const { backend, engagementId, baseline } = surveyWithAnswers();
    openResults(backend, engagementId, baseline);
    await findPageTitle('Diagnosis 2026');
    await screen.findByTestId('results');
    expect(screen.queryByTestId('shifts-editor')).toBeNull();
    expect(screen.getByText('No positions were recorded in this round.')).toBeTruthy();
  });

  it('says what to do in a round without answers', async () => {
    const { backend, engagementId } = surveyWithAnswers();
    const workshop = seedRound(backend, engagementId, { label: 'Workshop', mode: 'workshop', status: 'draft' });
    openResults(backend, engagementId, workshop);
    await findPageTitle('Diagnosis 2026');
    expect(await screen.findByText('No answers in this round yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Workshop screen' }).getAttribute('href')).toBe(
      `/assessments/${workshop}/workshop`,
    );
  });

  it(
    'lists its parts in a navigation and presents them one per screen, moved by the keyboard',
    { timeout: 60_000 },
    async () => {
      const { backend, engagementId, followUp } = surveyWithAnswers();
      const { user } = openResults(backend, engagementId, followUp);
      await findPageTitle('Diagnosis 2026');
      const nav = await screen.findByRole('navigation', { name: 'Sections of the results' });
      // A change since the baseline, so every part is there; then the way into the presentation.
      expect(
        within(nav)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual([
        'Summary',
        'Building blocks',
        'Scores',
        'Change',
        'Benchmark',
        'Pyramid',
        'Perception gaps',
        'Roles',
        'Elements',
        'Answers',
        'Paradigm shifts',
        'Present',
      ]);
      // Which part is being read follows the layout (no layout here: test/e2e/resultsPresent.test.ts).
      expect(within(nav).getAllByRole('button', { current: 'location' })).toHaveLength(1);

      // A jump puts the keyboard focus on the part's heading.
      await user.click(within(nav).getByRole('button', { name: 'Perception gaps' }));
      expect(document.activeElement?.textContent).toBe('Perception gaps');

      await user.click(screen.getByRole('button', { name: 'Present' }));
      const presentation = await screen.findByRole('region', { name: 'Presentation of the results' });
      expect(screen.queryByRole('navigation', { name: 'Sections of the results' })).toBeNull();
      const position = within(presentation).getByTestId('presentation-position');
      await user.keyboard('{Home}');
      expect(position.textContent).toBe('Summary · 1 of 11');
      const current = () => presentation.querySelector('[data-current]')?.getAttribute('data-results-part');
      expect(current()).toBe('summary');
      expect(document.activeElement?.textContent).toBe('Summary');

      await user.keyboard('{ArrowRight}');
      expect(position.textContent).toBe('Building blocks · 2 of 11');
      expect(current()).toBe('blocks');
      await user.keyboard('{End}');
      expect(position.textContent).toBe('Paradigm shifts · 11 of 11');
      await user.click(within(presentation).getByRole('button', { name: 'Previous section' }));
      expect(current()).toBe('answers');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByTestId('presentation-bar')).toBeNull());
      expect(screen.getByRole('navigation', { name: 'Sections of the results' })).toBeTruthy();
    },
  );

  it('has no section navigation in a round without answers', async () => {
    const { backend, engagementId } = surveyWithAnswers();
    const survey = seedRound(backend, engagementId, { label: 'Later', status: 'draft' });
    openResults(backend, engagementId, survey);
    expect(await screen.findByText('No answers in this round yet')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Sections of the results' })).toBeNull();
  });
});
