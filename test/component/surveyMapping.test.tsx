import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { surveyKit } from '../../shared/surveys/kit';
import { createTestBackend, type TestBackend } from './backend';
import { choose, field } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, seedRound } from './seed';

const kit = surveyKit(sxDefault, 'en');
const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * A Google Forms-like export built from the English kit, as a client's form drifts from it: the first two
 * questions retitled "Purpose" and "Strategy", a role option typed as "Intern", and one answer option
 * renamed "Sometimes".
 */
function driftedForm(): File {
  const header = ['Timestamp', kit.role.question, 'Purpose', 'Strategy', ...kit.questions.slice(2).map((q) => q.text)];
  const rows = [
    ['2026/11/03 09:15:00', 'Intern', 'Sometimes', kit.scale[4]?.label, ...kit.questions.slice(2).map(() => '4')],
    ['2026/11/03 09:20:00', 'Management', '2', '1', 'Sometimes', ...kit.questions.slice(3).map(() => '5')],
  ];
  const text = [header, ...rows].map((r) => r.map((v) => quote(String(v))).join(',')).join('\r\n');
  return new File([`${text}\r\n`], 'Staff survey (Responses).csv', { type: 'text/csv' });
}

function twoRounds() {
  const backend = createTestBackend();
  const engagementId = seedEngagement(backend, seedClient(backend, { name: 'Acme Hotels' }), {
    title: 'Diagnosis 2026',
    status: 'active',
  });
  const spring = seedRound(backend, engagementId, { label: 'Spring survey', heldOn: '2026-04-01', status: 'open' });
  const autumn = seedRound(backend, engagementId, { label: 'Autumn survey', heldOn: '2026-10-01', status: 'open' });
  return { backend, engagementId, spring, autumn };
}

async function openImport(user: { click(e: Element): Promise<void> }, roundId: string, label: string) {
  const row = await waitFor(() => {
    const found = document.querySelector(`[data-round-id="${roundId}"]`);
    if (!found) throw new Error('round row not shown yet');
    return found as HTMLElement;
  });
  await user.click(within(row).getByTestId('import-responses'));
  const dialog = await screen.findByRole('dialog', { name: `Import responses — ${label}` });
  return { dialog, input: dialog.querySelector('input[type="file"]') as HTMLInputElement };
}

const answersOf = (backend: TestBackend, roundId: string) => {
  const w = backend.run('assessments.workspace', { id: roundId });
  const code = new Map(w.respondents.map((r) => [r.id, r.code]));
  const role = Object.fromEntries(w.respondents.map((r) => [r.code, r.role]));
  const score = (c: string, q: string) =>
    w.answers.find((a) => code.get(a.respondentId) === c && a.questionId === q)?.score ?? null;
  return { role, score };
};

describe('the survey mapping screen', () => {
  it('fixes unrecognised columns, answers and roles from lists, imports with them, and offers the saved mapping for the next round', async () => {
    const { backend, engagementId, spring, autumn } = twoRounds();
    const { user } = renderApp(`/engagements/${engagementId}/rounds`, backend);
    await findPageTitle('Diagnosis 2026');
    const first = await openImport(user, spring, 'Spring survey');
    await user.upload(first.input, driftedForm());

    const dialog = first.dialog;
    expect((await within(dialog).findByTestId('import-recognised')).textContent).toBe(
      'Google Forms · 1 header row · 0 respondents · 0 rows left out (preview or unfinished)',
    );
    expect(
      within(dialog).getByText(
        '4 things were not recognised. Choose what each is from the list; nothing is written until you import.',
      ),
    ).toBeTruthy();
    const columns = within(dialog).getByTestId('import-unmatched-columns');
    expect(within(columns).getByText('Columns not recognised')).toBeTruthy();
    expect(
      within(columns)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('td')?.textContent),
    ).toEqual(['Purpose', 'Strategy']);
    expect(within(dialog).getByTestId('import-unmatched-values').textContent).toContain('Sometimes');
    expect(within(dialog).getByTestId('import-unmatched-roles').textContent).toContain('Intern');

    await choose(user, 'What column “Purpose” holds', /^B1\.Q1 — /, dialog);
    await choose(user, 'What column “Strategy” holds', /^B1\.Q2 — /, dialog);
    await choose(user, 'What the answer “Sometimes” means', /^3 — /, dialog);
    await choose(user, 'Which role “Intern” is', 'Staff', dialog);
    await within(dialog).findByTestId('import-mapping-ready');
    expect(within(dialog).getByTestId('import-recognised').textContent).toContain('2 respondents');
    // Nothing is written while the consultant maps.
    expect(backend.run('assessments.workspace', { id: spring }).respondents).toHaveLength(0);

    await user.type(field('Save this mapping as', dialog), 'Acme staff form');
    await user.click(within(dialog).getByRole('button', { name: 'Save mapping' }));
    expect((await within(dialog).findByTestId('import-mapping-note')).textContent).toBe(
      'Mapping saved as “Acme staff form”.',
    );

    const importButton = within(dialog).getByRole('button', { name: 'Import' }) as HTMLButtonElement;
    await waitFor(() => expect(importButton.disabled).toBe(false));
    await user.click(importButton);
    expect((await within(dialog).findByTestId('import-report')).textContent).toContain('2 respondents added');
    expect(backend.callsOf('surveys.import')).toEqual([
      expect.objectContaining({
        mapping: {
          columns: { Purpose: 'B1.Q1', Strategy: 'B1.Q2' },
          values: { Sometimes: 3 },
          roles: { Intern: 'staff' },
        },
      }),
    ]);
    const imported = answersOf(backend, spring);
    expect(imported.role).toEqual({ '2': 'staff', '3': 'management' });
    expect([imported.score('2', 'B1.Q1'), imported.score('2', 'B1.Q2'), imported.score('2', 'B1.Q3')]).toEqual([
      3, 5, 4,
    ]);
    expect([imported.score('3', 'B1.Q1'), imported.score('3', 'B1.Q2'), imported.score('3', 'B1.Q3')]).toEqual([
      2, 1, 3,
    ]);
    const close = within(dialog)
      .getAllByRole('button', { name: 'Close' })
      .find((b) => b.textContent === 'Close');
    if (!close) throw new Error('the dialog offers no Close after the import');
    await user.click(close);

    // The next round of the same form: the saved mapping fits its columns and is applied at once.
    const second = await openImport(user, autumn, 'Autumn survey');
    await user.upload(second.input, driftedForm());
    expect(
      await within(second.dialog).findByText(
        'The saved mapping “Acme staff form” fits this file’s columns and was applied.',
      ),
    ).toBeTruthy();
    await within(second.dialog).findByTestId('import-mapping-ready');
    expect(field('Saved mapping', second.dialog).value).toBe('Acme staff form (fits this file)');
  });
});
