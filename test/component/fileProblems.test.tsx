import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, seedRound, setLanguage } from './seed';

const QUESTIONS = sxDefault.questions.map((q) => q.id);
const line = (code: string, role: string, cell: (i: number) => string) =>
  [code, role, ...QUESTIONS.map((_, i) => cell(i))].join(',');

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );

describe('problems of an imported file', () => {
  it('are said in Dutch on a Dutch screen, while the API keeps the English sentence for the CLI', async () => {
    const backend = createTestBackend();
    setLanguage(backend, 'nl');
    const clientId = seedClient(backend, { name: 'Zorg Zuid' });
    const engagementId = seedEngagement(backend, clientId, { title: 'Diagnose 2026', status: 'active' });
    seedRound(backend, engagementId, { mode: 'survey', label: 'Medewerkersenquête' });
    const { user } = renderApp(`/engagements/${engagementId}/rounds`, backend);
    await findPageTitle('Diagnose 2026');
    await user.click(await screen.findByRole('button', { name: 'Antwoorden importeren' }));
    const dialog = await screen.findByRole('dialog');
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    const file = [
      ['respondent', 'role', ...QUESTIONS].join(','),
      line('R01', 'staff', (i) => (i === 0 ? '6' : '3')),
      line('R02', 'baas', () => '4'),
    ].join('\n');
    await user.upload(input, new File([`${file}\n`], 'antwoorden.csv', { type: 'text/csv' }));
    await within(dialog).findByTestId('import-recognised');
    const importButton = within(dialog).getByRole('button', { name: 'Importeren' }) as HTMLButtonElement;
    await waitFor(() => expect(importButton.disabled).toBe(false));
    await user.click(importButton);

    const rows = rowsOf(await within(dialog).findByTestId('import-problems'));
    // The dialog imports through surveys.import, which words its problems in the workbench's language.
    expect(rows).toEqual([
      [
        '2',
        'B1.Q1',
        'Het antwoord “6” past bij geen score 1–5, antwoordlabel of het label voor niet van toepassing. Koppel het aan 1–5 of “n/a”.',
      ],
      [
        '3',
        'role',
        'De functie “baas” is onbekend; verwacht een van Management, Medewerkers, Frontlinie, Klant, Overig, of koppel hem aan een rol.',
      ],
    ]);
    const failure = await backend.call('assessments.importResponses', {
      assessmentId: backend.run('assessments.list', { engagementId })[0]?.id ?? '',
      contentBase64: Buffer.from(`${file}\n`).toString('base64'),
    });
    if (failure.ok) throw new Error('the file should have been refused');
    const problems = failure.error.details?.problems as { message: string; code: string }[];
    expect(problems[1]).toMatchObject({
      code: 'role_unknown',
      message: 'Unknown role "baas"; expected one of management, staff, frontline, customer, other.',
    });
  });
});
