import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { call, callAsync } from '../../../main/api/dispatch';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import type { SurveyKit } from '../../../shared/surveys/kit';
import { sxw } from '../cliRunner';
import { tempDir, testContext } from '../support';
import { msFormsXlsx, responsesCsv, sampleAnswers } from './surveyFiles';

type Ctx = ReturnType<typeof testContext>;
interface Problem {
  line: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const QUESTIONS = sxDefault.questions.map((q) => q.id);
const b64 = (s: string | Buffer | Uint8Array) => Buffer.from(s).toString('base64');

function roundIn(ctx: Ctx) {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Zorg BV', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  );
  const engagementId = must(call(ctx, 'engagements.create', { clientId, title: 'D', purpose: 'diagnosis' })).id;
  return must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' })).id;
}

async function kitOf(ctx: Ctx, assessmentId: string): Promise<SurveyKit> {
  const file = must(await callAsync(ctx, 'surveys.kit', { assessmentId, language: 'en', format: 'json' }));
  return JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as SurveyKit;
}

const counts = (ctx: Ctx) =>
  ctx.db.prepare('SELECT (SELECT count(*) FROM respondents) AS r, (SELECT count(*) FROM answers) AS a').get();

async function refused(ctx: Ctx, assessmentId: string, file: string | Buffer | Uint8Array): Promise<Problem[]> {
  const r = await callAsync(ctx, 'surveys.import', { assessmentId, contentBase64: b64(file), fileName: 'export.xlsx' });
  expect(r.ok).toBe(false);
  if (r.ok) return [];
  expect(r.error.code).toBe('invalid_input');
  expect(r.error.message).toMatch(/^export\.xlsx was not imported: \d+ problems?; nothing was changed\.$/);
  expect(counts(ctx)).toEqual({ r: 0, a: 0 });
  return r.error.details?.problems as Problem[];
}

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';

describe('survey files refused whole, nothing written', () => {
  it('an answer that matches no label, with line, column and value', async () => {
    const ctx = testContext();
    const id = roundIn(ctx);
    const problems = await refused(
      ctx,
      id,
      csv([
        ['Role', QUESTIONS[0]!],
        ['staff', 'Mostly'],
        ['staff', '3'],
      ]),
    );
    expect(problems).toEqual([
      { line: 2, column: 'B1.Q1', value: 'Mostly', message: expect.stringMatching(/“Mostly”/) },
    ]);
  });

  it('an unmatched column not marked ignore', async () => {
    const ctx = testContext();
    const id = roundIn(ctx);
    const problems = await refused(
      ctx,
      id,
      csv([
        ['Role', 'Department', 'B1.Q1'],
        ['staff', 'Sales', '3'],
      ]),
    );
    expect(problems).toEqual([{ line: 1, column: 'Department', value: 'Department', message: expect.any(String) }]);
  });

  it('two columns mapped to one question', async () => {
    const ctx = testContext();
    const id = roundIn(ctx);
    const r = await callAsync(ctx, 'surveys.import', {
      assessmentId: id,
      contentBase64: b64(
        csv([
          ['Role', 'A', 'B'],
          ['staff', '3', '4'],
        ]),
      ),
      mapping: { columns: { A: 'B1.Q1', B: 'B1.Q1' }, values: {}, roles: {} },
    });
    expect(r.ok || (r.error.details?.problems as Problem[]).map((p) => [p.line, p.column, p.value])).toEqual([
      [1, 'B', 'B'],
    ]);
    expect(counts(ctx)).toEqual({ r: 0, a: 0 });
  });

  it('a role label that is unknown', async () => {
    const ctx = testContext();
    const id = roundIn(ctx);
    const problems = await refused(
      ctx,
      id,
      csv([
        ['Rol', 'B1.Q1'],
        ['directeur', '3'],
      ]),
    );
    expect(problems).toEqual([
      { line: 2, column: 'Rol', value: 'directeur', message: expect.stringMatching(/“directeur”/) },
    ]);
  });

  it('a duplicate response id', async () => {
    const ctx = testContext();
    const id = roundIn(ctx);
    const problems = await refused(
      ctx,
      id,
      csv([
        ['ID', 'Start time', 'Role', 'B1.Q1'],
        ['4', 'x', 'staff', '3'],
        ['4', 'x', 'staff', '2'],
      ]),
    );
    expect(problems).toEqual([{ line: 3, column: 'ID', value: '4', message: expect.stringMatching(/also on line 2/) }]);
  });

  it('a password-protected .xlsx (an encrypted OLE container)', async () => {
    const ctx = testContext();
    const id = roundIn(ctx);
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const [problem] = await refused(ctx, id, ole);
    expect(problem?.message).toMatch(/password/);
  });

  it('a corrupt .xlsx (cut short)', async () => {
    const ctx = testContext();
    const id = roundIn(ctx);
    const whole = await msFormsXlsx(await kitOf(ctx, id), 'en', sampleAnswers(QUESTIONS.length, 3));
    const [problem] = await refused(ctx, id, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(problem?.message).toMatch(/not a readable \.xlsx workbook/);
  });

  it('a Word document renamed to .xlsx', async () => {
    const ctx = testContext();
    const id = roundIn(ctx);
    const docx = must(await callAsync(ctx, 'surveys.kit', { assessmentId: id, language: 'en', format: 'docx' }));
    const [problem] = await refused(ctx, id, Buffer.from(docx.contentBase64, 'base64'));
    expect(problem?.message).toBe('This is a Word document, not a workbook or a CSV file.');
  });

  it('a respondent who already exists, unless replace is asked', async () => {
    const ctx = testContext();
    const id = roundIn(ctx);
    const file = b64(
      csv([
        ['ID', 'Start time', 'Role', 'B1.Q1'],
        ['4', 'x', 'staff', '3'],
      ]),
    );
    must(await callAsync(ctx, 'surveys.import', { assessmentId: id, contentBase64: file }));
    const again = await callAsync(ctx, 'surveys.import', { assessmentId: id, contentBase64: file });
    expect(again.ok || again.error.code).toBe('conflict');
    expect(
      must(await callAsync(ctx, 'surveys.import', { assessmentId: id, contentBase64: file, replace: true })),
    ).toMatchObject({
      added: 0,
      replaced: 1,
    });
  });
});

describe('sxw assessment import and survey kit', () => {
  async function setup() {
    const dir = tempDir();
    const db = path.join(dir, 'cli.sqlite');
    const run = async (args: string[]) => (await sxw(['--db', db, ...args])).stdout.trim();
    const client = await run(['clients', 'add', '--name', 'X', '--sector', 'K', '--size', '1-9', '--country', 'NL']);
    const engagement = await run(['engagements', 'add', '--client', client, '--title', 'T', '--purpose', 'diagnosis']);
    const assessment = await run(['assessment', 'create', '--engagement', engagement, '--mode', 'survey']);
    return { dir, db, assessment, engagement };
  }

  it('writes the kit as JSON in the shape of docs/file-formats.md, and as Word and Excel', async () => {
    const { dir, db, assessment } = await setup();
    const json = path.join(dir, 'kit.json');
    expect(
      (await sxw(['--db', db, 'survey', 'kit', '--assessment', assessment, '--lang', 'nl', '--out', json])).code,
    ).toBe(0);
    const kit = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(Object.keys(kit)).toEqual(['questions', 'role', 'scale', 'notApplicable']);
    expect(kit.questions[0]).toEqual({ id: 'B1.Q1', text: sxDefault.questions[0]!.text.nl });
    expect(kit.role.options).toContainEqual({ role: 'staff', label: 'Medewerker' });
    expect(kit.scale).toEqual(sxDefault.scale.map((s) => ({ score: s.score, label: s.label.nl })));
    expect(kit.notApplicable).toEqual({ label: sxDefault.notApplicable.nl });
    for (const ext of ['docx', 'xlsx']) {
      const out = path.join(dir, `kit.${ext}`);
      expect(
        (await sxw(['--db', db, 'survey', 'kit', '--assessment', assessment, '--lang', 'en', '--out', out])).code,
      ).toBe(0);
      expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
    const [sheet] = await readXlsxFile(path.join(dir, 'kit.xlsx'));
    expect(sheet?.data.slice(0, 3)).toEqual([
      ['Kind', 'Id', 'Question', 'Score'],
      ['Role question', 'role', 'Which best describes your position?', null],
      ['Role option', 'management', 'Management', null],
    ]);
    expect(sheet?.data.filter((row) => row[0] === 'Answer option').map((row) => [row[2], row[3]])).toEqual(
      sxDefault.scale.map((s) => [s.label.en, s.score]),
    );
    const bad = await sxw([
      '--db',
      db,
      'survey',
      'kit',
      '--assessment',
      assessment,
      '--lang',
      'en',
      '--out',
      'kit.pdf',
    ]);
    expect(bad.code).toBe(2);
  });

  it('fixes a shortened-header form with --mapping and refuses it without, exit 2 and nothing written', async () => {
    const { dir, db, assessment, engagement } = await setup();
    const ctx = testContext();
    const kit = await kitOf(ctx, roundIn(ctx));
    const answers = sampleAnswers(QUESTIONS.length, 4);
    const short = { ...kit, questions: kit.questions.map((q, i) => ({ ...q, text: `Q${i + 1}` })) };
    const file = path.join(dir, 'form.xlsx');
    fs.writeFileSync(file, await msFormsXlsx(short, 'en', answers));
    const without = await sxw(['--db', db, 'assessment', 'import', '--assessment', assessment, '--file', file]);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/line 1, column Q1: This column matches no question/);
    const mapping = path.join(dir, 'mapping.json');
    fs.writeFileSync(
      mapping,
      JSON.stringify({
        columns: Object.fromEntries(QUESTIONS.map((id, i) => [`Q${i + 1}`, id])),
        values: {},
        roles: {},
      }),
    );
    const r = await sxw([
      '--db',
      db,
      'assessment',
      'import',
      '--assessment',
      assessment,
      '--file',
      file,
      '--mapping',
      mapping,
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ tool: 'msforms', headerRows: 1, added: 4 });

    const reference = (
      await sxw(['--db', db, 'assessment', 'create', '--engagement', engagement, '--mode', 'survey'])
    ).stdout.trim();
    const csvFile = path.join(dir, 'responses.csv');
    fs.writeFileSync(csvFile, responsesCsv(QUESTIONS, answers));
    expect((await sxw(['--db', db, 'assessment', 'import', '--assessment', reference, '--file', csvFile])).code).toBe(
      0,
    );
    const overall = async (id: string) =>
      JSON.parse((await sxw(['--db', db, 'assessment', 'results', '--assessment', id, '--json'])).stdout).blocks;
    expect(await overall(assessment)).toEqual(await overall(reference));
  });
});
