import { describe, expect, it } from 'vitest';
import { call, callAsync } from '../../../main/api/dispatch';
import type { Language } from '../../../shared/domain/identifiers';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import type { SurveyKit } from '../../../shared/surveys/kit';
import { testContext } from '../support';
import {
  type Answered,
  googleFormsCsv,
  limeSurveyCsv,
  msFormsXlsx,
  qualtricsTsv,
  responsesCsv,
  sampleAnswers,
  surveyMonkeyCsv,
} from './surveyFiles';

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const QUESTIONS = sxDefault.questions.map((q) => q.id);
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

function engagementIn(ctx: Ctx) {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Zorg BV', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  );
  return must(call(ctx, 'engagements.create', { clientId, title: 'Diagnose', purpose: 'diagnosis' })).id;
}

const round = (ctx: Ctx, engagementId: string) =>
  must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' })).id;

async function kitOf(ctx: Ctx, assessmentId: string, language: Language): Promise<SurveyKit> {
  const file = must(await callAsync(ctx, 'surveys.kit', { assessmentId, language, format: 'json' }));
  return JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as SurveyKit;
}

/**
 * What a consultant compares: every score, spread and role group, whatever the respondents' codes. Codes
 * order the respondents, so sums run in another order: equal to 10 decimals.
 */
function scores(ctx: Ctx, id: string) {
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

const counts = (ctx: Ctx) =>
  ctx.db.prepare('SELECT (SELECT count(*) FROM respondents) AS r, (SELECT count(*) FROM answers) AS a').get();

describe.each(['nl', 'en'] as const)('survey exports built from the %s kit', (language) => {
  const answers: Answered[] = sampleAnswers(QUESTIONS.length);
  const builders: [string, string, (kit: SurveyKit) => Promise<Buffer | string> | Buffer | string, number][] = [
    ['Microsoft Forms .xlsx', 'msforms', (kit) => msFormsXlsx(kit, language, answers), 1],
    ['Google Forms CSV', 'googleforms', (kit) => googleFormsCsv(kit, language, answers), 1],
    ['SurveyMonkey CSV (;, BOM, two header rows)', 'surveymonkey', (kit) => surveyMonkeyCsv(kit, answers), 2],
    ['Qualtrics TSV (UTF-16, three header rows)', 'qualtrics', (kit) => qualtricsTsv(kit, answers), 3],
    ['LimeSurvey CSV (BOM, all quoted)', 'limesurvey', (kit) => limeSurveyCsv(kit, answers), 1],
  ];

  it.each(builders)(
    'imports a %s with the scores of the same answers as a Responses CSV',
    async (_, tool, build, headerRows) => {
      const ctx = testContext();
      const engagementId = engagementIn(ctx);
      const reference = round(ctx, engagementId);
      must(
        call(ctx, 'assessments.importResponses', {
          assessmentId: reference,
          contentBase64: b64(responsesCsv(QUESTIONS, answers)),
        }),
      );
      const target = round(ctx, engagementId);
      const file = await build(await kitOf(ctx, target, language));
      const report = must(
        await callAsync(ctx, 'surveys.import', {
          assessmentId: target,
          contentBase64: b64(file),
          fileName: `export.${tool}`,
        }),
      );
      expect(report).toMatchObject({ tool, headerRows, added: answers.length, replaced: 0 });
      expect(report.skippedRows).toBe(tool === 'qualtrics' ? 2 : tool === 'limesurvey' ? 1 : 0);
      expect(scores(ctx, target)).toEqual(scores(ctx, reference));
    },
  );

  it('imports a Responses CSV through the same import with the same scores', async () => {
    const ctx = testContext();
    const engagementId = engagementIn(ctx);
    const reference = round(ctx, engagementId);
    const csv = responsesCsv(QUESTIONS, answers);
    must(call(ctx, 'assessments.importResponses', { assessmentId: reference, contentBase64: b64(csv) }));
    const target = round(ctx, engagementId);
    const semicolons = `\uFEFF${csv.replace(/,/g, ';')}`;
    must(await callAsync(ctx, 'surveys.import', { assessmentId: target, contentBase64: b64(semicolons) }));
    expect(scores(ctx, target)).toEqual(scores(ctx, reference));
    expect(counts(ctx)).toEqual({ r: answers.length * 2, a: expect.any(Number) });
  });
});

describe('a form with shortened headers and its mapping', () => {
  const answers = sampleAnswers(QUESTIONS.length, 6);

  async function shortened(ctx: Ctx, assessmentId: string) {
    const kit = await kitOf(ctx, assessmentId, 'nl');
    const short = { ...kit, questions: kit.questions.map((q, i) => ({ ...q, text: `Vraag ${i + 1}` })) };
    return msFormsXlsx({ ...short, role: { ...kit.role, question: 'Functie?' } }, 'nl', answers);
  }

  it('refuses it whole without a mapping, naming each unmatched column, and imports it with one', async () => {
    const ctx = testContext();
    const engagementId = engagementIn(ctx);
    const reference = round(ctx, engagementId);
    must(
      call(ctx, 'assessments.importResponses', {
        assessmentId: reference,
        contentBase64: b64(responsesCsv(QUESTIONS, answers)),
      }),
    );
    const target = round(ctx, engagementId);
    const file = b64(await shortened(ctx, target));
    const before = counts(ctx);
    const refused = await callAsync(ctx, 'surveys.import', {
      assessmentId: target,
      contentBase64: file,
      fileName: 'form.xlsx',
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('invalid_input');
    const problems = refused.error.details?.problems as { line: number; column: string; value: string }[];
    expect(problems.slice(0, 2)).toEqual([
      // As typed in the form: a non-breaking space, a doubled space and a full stop.
      { line: 1, column: 'Vraag\u00a01', value: 'Vraag\u00a01', message: expect.stringMatching(/matches no question/) },
      { line: 1, column: 'Vraag  2.', value: 'Vraag  2.', message: expect.stringMatching(/matches no question/) },
    ]);
    expect(counts(ctx)).toEqual(before);

    const preview = must(await callAsync(ctx, 'surveys.preview', { assessmentId: target, contentBase64: file }));
    expect(preview.tool).toBe('msforms');
    expect(preview.columns.filter((c) => c.target.kind === 'unmatched')).toHaveLength(QUESTIONS.length);

    const mapping = {
      columns: { 'Functie?': 'role', ...Object.fromEntries(QUESTIONS.map((id, i) => [`Vraag ${i + 1}`, id])) },
      values: {},
      roles: {},
    };
    must(await callAsync(ctx, 'surveys.import', { assessmentId: target, contentBase64: file, mapping }));
    expect(scores(ctx, target)).toEqual(scores(ctx, reference));
  });
});
