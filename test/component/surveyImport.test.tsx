import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { createTestBackend, type TestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { type SeedRespondent, seedClient, seedEngagement, seedRound, setLanguage } from './seed';

const QUESTIONS = sxDefault.questions.map((q) => q.id);
const header = ['respondent', 'role', ...QUESTIONS].join(',');
const line = (code: string, role: string, cell: (i: number) => string) =>
  [code, role, ...QUESTIONS.map((_, i) => cell(i))].join(',');

function csv(lines: string[], name = 'responses.csv'): File {
  return new File([`${[header, ...lines].join('\n')}\n`], name, { type: 'text/csv' });
}

/** An open survey round "Staff survey" with these respondents. */
function survey(options: { language?: 'en' | 'nl'; respondents?: SeedRespondent[] } = {}) {
  const backend = createTestBackend();
  if (options.language) setLanguage(backend, options.language);
  const engagementId = seedEngagement(backend, seedClient(backend, { name: 'Acme Hotels' }), {
    title: 'Diagnosis 2026',
    status: 'active',
  });
  const roundId = seedRound(backend, engagementId, {
    mode: 'survey',
    label: 'Staff survey',
    status: 'open',
    respondents: options.respondents ?? [],
  });
  return { backend, engagementId, roundId };
}

const workspace = (backend: TestBackend, roundId: string) => backend.run('assessments.workspace', { id: roundId });

async function openImport({ backend, engagementId }: ReturnType<typeof survey>) {
  const app = renderApp(`/engagements/${engagementId}/rounds`, backend);
  await findPageTitle('Diagnosis 2026');
  await app.user.click(await screen.findByRole('button', { name: 'Import responses' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import responses — Staff survey' });
  const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
  return { ...app, dialog, input };
}

/** Import, once the mapping screen has checked the file as it is mapped now. */
async function importChecked(dialog: HTMLElement, user: { click(e: Element): Promise<void> }, name = 'Import') {
  await within(dialog).findByTestId('import-recognised');
  const button = within(dialog).getByRole('button', { name }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  await user.click(button);
}

afterEach(() => vi.restoreAllMocks());

describe('survey import', () => {
  it('lists every problem with its line and column, and says nothing was imported', async () => {
    const world = survey();
    const { user, dialog, input } = await openImport(world);
    await user.upload(input, csv([line('R01', 'staff', (i) => (i === 0 ? '6' : '3')), line('R02', 'boss', () => '4')]));
    await importChecked(dialog, user);

    const problems = await within(dialog).findByTestId('import-problems');
    const rows = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toContainEqual(['2', 'B1.Q1', expect.stringMatching(/1.*5/)]);
    expect(rows.some(([lineNo, column]) => lineNo === '3' && column === 'role')).toBe(true);
    expect(within(dialog).getByText('responses.csv was not imported')).toBeTruthy();
    expect(within(dialog).getByText(/Nothing was imported/)).toBeTruthy();
    expect(workspace(world.backend, world.roundId).respondents).toHaveLength(0);
  });

  it('asks before replacing respondents that already exist, then imports and reports', async () => {
    const world = survey({
      respondents: [{ code: 'R01', role: 'staff', scores: (q) => (q === 'B1.Q1' ? 1 : undefined) }],
    });
    const { backend, roundId } = world;
    const { user, dialog, input } = await openImport(world);
    await user.upload(
      input,
      csv([line('R01', 'staff', (i) => (i === 1 ? 'n/a' : '4')), line('R02', 'management', (i) => (i < 2 ? '' : '2'))]),
    );
    await importChecked(dialog, user);

    expect(
      await within(dialog).findByText(/1 respondent in this file already exists in this round\. Replace their answers/),
    ).toBeTruthy();
    expect(backend.callsOf('surveys.import')).toHaveLength(1);
    expect(workspace(backend, roundId).answers).toEqual([expect.objectContaining({ questionId: 'B1.Q1', score: 1 })]);

    await user.click(within(dialog).getByRole('button', { name: 'Replace their answers' }));
    const report = await within(dialog).findByTestId('import-report');
    expect(report.textContent).toContain('1 respondent added');
    expect(report.textContent).toContain('1 respondent replaced');
    expect(report.textContent).toContain('87 scores');
    expect(report.textContent).toContain('1 answer “not applicable”');
    expect(report.textContent).toContain('2 questions skipped');
    const calls = backend.callsOf('surveys.import') as { replace: boolean; fileName: string }[];
    expect(calls.map((c) => [c.fileName, c.replace])).toEqual([
      ['responses.csv', false],
      ['responses.csv', true],
    ]);
    const after = workspace(backend, roundId);
    expect(after.respondents.map((r) => r.code).sort()).toEqual(['R01', 'R02']);
    const r01 = after.respondents.find((r) => r.code === 'R01')?.id;
    expect(after.answers.find((a) => a.respondentId === r01 && a.questionId === 'B1.Q1')?.score).toBe(4);
    expect(after.answers).toHaveLength(87 + 1);

    await user.click(within(dialog).getByRole('link', { name: 'See results' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Results', selected: true })).toBeTruthy());
    expect(await screen.findByTestId('results')).toBeTruthy();
  });

  it('downloads the template with semicolons and a BOM in Dutch', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:template';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { backend, engagementId, roundId } = survey({ language: 'nl' });
    const { user } = renderApp(`/engagements/${engagementId}/rounds`, backend);
    await findPageTitle('Diagnosis 2026');
    await user.click(await screen.findByRole('button', { name: 'Acties voor Staff survey' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sjabloon downloaden' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(backend.callsOf('assessments.template')).toEqual([{ assessmentId: roundId, delimiter: ';' }]);
    const text = await created[0]?.text();
    expect(text?.startsWith('\uFEFFrespondent;role;B1.Q1;')).toBe(true);
  });
});
