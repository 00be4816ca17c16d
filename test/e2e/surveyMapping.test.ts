import writeXlsxFile from 'write-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../main/api/dispatch';
import type { ServiceContext } from '../../main/api/context';
import type { RespondentRole } from '../../shared/domain/identifiers';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { surveyKit } from '../../shared/surveys/kit';
import { describeViolations, seriousViolations } from './axe';
import { must } from './seed';
import { type RunningApp, startApp, visible } from './support';

const kit = surveyKit(sxDefault, 'en');
const QUESTIONS = sxDefault.questions.map((q) => q.id);
/** The client's form shortened the first three statements to a word each. */
const SHORTENED: Record<string, string> = { 'B1.Q1': 'Purpose', 'B1.Q2': 'Strategy', 'B1.Q3': 'Promises' };
const ROLES: RespondentRole[] = ['management', 'management', 'management', 'staff', 'staff', 'staff', 'frontline'];

/** Twelve respondents: every score, some not applicable, some left empty; three roles large enough to show. */
const answers = Array.from({ length: 12 }, (_, r) => ({
  role: ROLES[r % ROLES.length] as RespondentRole,
  cells: QUESTIONS.map((_, q) => {
    const k = (r * 7 + q * 3) % 23;
    return k === 5 ? ('na' as const) : k === 11 ? null : ((r + q * 2 + (q % 3)) % 5) + 1;
  }),
}));

/** The answers as Microsoft Forms exports them (one header row, English metadata, option texts). */
async function msFormsXlsx(): Promise<Buffer> {
  const at = new Date('2026-11-03T09:15:00.000Z');
  const header = [
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    kit.role.question,
    ...kit.questions.map((q) => SHORTENED[q.id] ?? q.text),
  ];
  const data = [
    header.map((value) => ({ value, type: String })),
    ...answers.map((a, r) => [
      { value: r + 1, type: Number },
      { value: at, type: Date, format: 'dd-mm-yyyy hh:mm' },
      { value: at, type: Date, format: 'dd-mm-yyyy hh:mm' },
      { value: 'anonymous', type: String },
      null,
      { value: kit.role.options.find((o) => o.role === a.role)?.label, type: String },
      ...a.cells.map((c) =>
        c === null ? null : { value: c === 'na' ? kit.notApplicable.label : kit.scale[c - 1]?.label, type: String },
      ),
    ]),
  ];
  return writeXlsxFile([{ sheet: 'Form1', data }] as unknown as Parameters<typeof writeXlsxFile>[0]).toBuffer();
}

/** The same answers as our own Responses CSV, respondents numbered like the form's IDs. */
function responsesCsv(): string {
  const rows = answers.map((a, r) =>
    [String(r + 1), a.role, ...a.cells.map((c) => (c === null ? '' : c === 'na' ? 'n/a' : String(c)))].join(','),
  );
  return `${['respondent,role', ...QUESTIONS].join(',')}\n${rows.join('\n')}\n`;
}

function seed(ctx: ServiceContext) {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Hotelgroep Noord', sector: 'I', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', { clientId, title: 'Diagnose 2026', purpose: 'diagnosis', status: 'active' }),
  );
  const round = (label: string, heldOn: string) => {
    const { id } = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey', round: label, heldOn }));
    must(call(ctx, 'assessments.open', { id }));
    return id;
  };
  const fromForm = round('Form export', '2026-11-03');
  const fromCsv = round('Responses CSV', '2026-11-04');
  const next = round('Next round', '2027-05-03');
  must(
    call(ctx, 'assessments.importResponses', {
      assessmentId: fromCsv,
      contentBase64: Buffer.from(responsesCsv()).toString('base64'),
    }),
  );
  return { engagementId, fromForm, fromCsv, next };
}

/** What a consultant compares: every score, spread, role group and gap, equal to 10 decimals. */
function scores(ctx: ServiceContext, id: string) {
  const r = must(call(ctx, 'assessments.results', { id }));
  const rounded = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(10)) : v)));
  return rounded({
    respondents: r.respondents,
    notApplicable: r.notApplicable,
    skipped: r.skipped,
    overall: r.overall,
    blocks: r.blocks,
    elements: r.elements,
    questions: r.questions,
    roles: r.roles,
    gaps: r.gaps,
  });
}

describe('the survey mapping screen in the real UI (Chromium through the bridge)', () => {
  let app: RunningApp | undefined;
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await app?.shot(`failed-${context.task.name.slice(0, 40)}`);
    await app?.close();
    app = undefined;
  });

  it('fixes a shortened-header Microsoft Forms export, imports it with the Responses CSV’s scores, and offers the saved mapping next round', async () => {
    let world = { engagementId: '', fromForm: '', fromCsv: '', next: '' };
    app = await startApp({ osLanguage: 'en', seed: (ctx) => (world = seed(ctx)) });
    const { page } = app;
    const xlsx = await msFormsXlsx();
    const file = {
      name: 'Staff survey 2026.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx,
    };

    await page.goto(`${app.bridge.url.split('?')[0]}#/engagements/${world.engagementId}/rounds`);
    await app.ready();
    await page.locator(`[data-round-id="${world.fromForm}"]`).getByTestId('import-responses').click();
    const dialog = page.getByRole('dialog', { name: 'Import responses — Form export' });
    await visible(dialog);
    await dialog.locator('input[type="file"]').setInputFiles(file);

    const recognised = dialog.getByTestId('import-recognised');
    await visible(recognised);
    expect(await recognised.textContent()).toBe(
      'Microsoft Forms · 1 header row · 12 respondents · 0 rows left out (preview or unfinished)',
    );
    const unmatched = dialog.getByTestId('import-unmatched-columns');
    expect(await unmatched.locator('tbody tr td:first-child').allTextContents()).toEqual([
      'Purpose',
      'Strategy',
      'Promises',
    ]);
    expect(describeViolations(await seriousViolations(page))).toBe('');

    for (const [question, header] of Object.entries(SHORTENED)) {
      await dialog.getByRole('textbox', { name: `What column “${header}” holds` }).click();
      await page.keyboard.type(question);
      await page.getByRole('option', { name: new RegExp(`^${question.replace('.', '\\.')} — `) }).click();
    }
    await visible(dialog.getByTestId('import-mapping-ready'));
    expect(await dialog.getByTestId('import-unmatched-columns').count()).toBe(0);

    await dialog.getByRole('textbox', { name: 'Save this mapping as' }).fill('Hotelgroep staff form');
    await dialog.getByRole('button', { name: 'Save mapping' }).click();
    await visible(dialog.getByText('Mapping saved as “Hotelgroep staff form”.'));
    await app.shot('survey-mapping-ready');

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const report = dialog.getByTestId('import-report');
    await visible(report);
    expect(await report.textContent()).toContain('12 respondents added');
    expect(scores(app.ctx, world.fromForm)).toEqual(scores(app.ctx, world.fromCsv));
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();

    // The next round of the same form: the saved mapping fits the file's columns and is applied straight away.
    await page.locator(`[data-round-id="${world.next}"]`).getByTestId('import-responses').click();
    const next = page.getByRole('dialog', { name: 'Import responses — Next round' });
    await visible(next);
    await next.locator('input[type="file"]').setInputFiles(file);
    await visible(
      next.getByText('The saved mapping “Hotelgroep staff form” fits this file’s columns and was applied.'),
    );
    await visible(next.getByTestId('import-mapping-ready'));
    expect(await next.getByRole('textbox', { name: 'Saved mapping' }).inputValue()).toBe(
      'Hotelgroep staff form (fits this file)',
    );
    expect(await next.getByRole('button', { name: 'Import', exact: true }).isEnabled()).toBe(true);
  });
});
