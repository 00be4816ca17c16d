import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { resultsWorkbook } from '../../../main/surveys/resultsWorkbook';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { sxw } from '../cliRunner';
import { tempDir, testContext } from '../support';
import { responsesCsv, sampleAnswers } from './surveyFiles';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const QUESTIONS = sxDefault.questions.map((q) => q.id);

describe('sxw assessment export', () => {
  it('writes blocks, elements, questions, role groups and shifts that an independent reader reads as numbers', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.sqlite');
    const run = async (args: string[]) => (await sxw(['--db', db, ...args])).stdout.trim();
    const client = await run(['clients', 'add', '--name', 'X', '--sector', 'K', '--size', '1-9', '--country', 'NL']);
    const engagement = await run(['engagements', 'add', '--client', client, '--title', 'T', '--purpose', 'diagnosis']);
    const assessment = await run(['assessment', 'create', '--engagement', engagement, '--mode', 'survey']);
    // Three management, three staff, two frontline and one customer: the last two groups are too small to show.
    const answers = sampleAnswers(QUESTIONS.length, 9);
    const csv = path.join(dir, 'r.csv');
    fs.writeFileSync(csv, responsesCsv(QUESTIONS, answers));
    await run(['assessment', 'import', '--assessment', assessment, '--file', csv]);
    const shifts = path.join(dir, 's.json');
    fs.writeFileSync(shifts, JSON.stringify({ S1: { now: 3, desired: 8 } }));
    await run(['assessment', 'shifts', '--assessment', assessment, '--file', shifts]);

    const out = path.join(dir, 'results.xlsx');
    const r = await sxw(['--db', db, 'assessment', 'export', '--assessment', assessment, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    const results = JSON.parse(await run(['assessment', 'results', '--assessment', assessment, '--json']));
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Blocks', 'Elements', 'Questions', 'Role groups', 'Shifts']);
    const [blocks, elements, questions, roles, shiftRows] = sheets.map((s) => s.data);

    // No respondent's own lowest or highest score: the middle half instead.
    expect(blocks![0]).toEqual([
      'Id',
      'Name',
      'Score',
      'Index',
      'N',
      'SD',
      '25th percentile',
      '75th percentile',
      'Not applicable',
    ]);
    expect(elements![0]).toEqual(['Id', 'Block', 'Name', 'Score', 'N', 'SD']);
    expect(blocks!.slice(1).map((row) => [row[0], row[2], row[4]])).toEqual(
      results.blocks.map((b: { id: string; score: number; n: number }) => [b.id, b.score, b.n]),
    );
    expect(typeof blocks![1]![2]).toBe('number');
    expect(elements).toHaveLength(results.elements.length + 1);
    expect(questions!.slice(1).every((row) => row[3] === null || typeof row[3] === 'number')).toBe(true);
    // Only the role groups the results show: none smaller than three, no frontline or customer.
    expect(roles!.slice(1).map((row) => [row[0], row[2], row[3], row[4]])).toEqual(
      results.roles.map((g: { block: string; role: string; n: number; score: number }) => [
        g.block,
        g.role === 'management' ? 'Management' : 'Staff',
        g.n,
        g.score,
      ]),
    );
    expect(roles!.length).toBeGreaterThan(1);
    expect(roles!.slice(1).every((row) => (row[3] as number) >= 3)).toBe(true);
    expect(shiftRows![1]!.slice(0, 1).concat(shiftRows![1]!.slice(3))).toEqual(['S1', 3, 8]);
  });

  it('neutralises text that a spreadsheet would run as a formula', async () => {
    const ctx = testContext();
    const framework = structuredClone(sxDefault);
    framework.blocks[0]!.name.en = '=HYPERLINK("http://x","y")';
    framework.elements[0]!.name.en = '@SUM(1)';
    framework.questions[0]!.text.en = '+1 and -1';
    const { id: clientId } = must(
      call(ctx, 'clients.create', { name: 'Zorg', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
    );
    const engagementId = must(call(ctx, 'engagements.create', { clientId, title: 'D', purpose: 'diagnosis' })).id;
    const id = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' })).id;
    const results = must(call(ctx, 'assessments.results', { id }));
    const sheets = resultsWorkbook(results, framework, 'en');
    const file = path.join(tempDir(), 'x.xlsx');
    fs.writeFileSync(file, await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0]).toBuffer());
    const [blocks, elements, questions] = (await readXlsxFile(file)).map((s) => s.data);
    expect(blocks![1]![1]).toBe('\'=HYPERLINK("http://x","y")');
    expect(elements![1]![2]).toBe("'@SUM(1)");
    expect(questions![1]![2]).toBe("'+1 and -1");
    const cells = (await readXlsxFile(file)).flatMap((s) => s.data.flat());
    expect(cells.filter((c) => typeof c === 'string' && /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});
