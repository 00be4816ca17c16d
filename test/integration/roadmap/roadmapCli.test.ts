import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { sxw } from '../cliRunner';
import { tempDir } from '../support';

/**
 * The "done means", through the CLI alone: a survey round imported and finalized, `roadmap suggest`,
 * initiatives added (one depending on another), a cycle and other bad input refused with nothing changed,
 * then both exports — the .docx read back by mammoth and converted by LibreOffice, the .xlsx read back by
 * read-excel-file with its numbers as numbers and its dates as dates.
 */

const QUESTIONS = sxDefault.questions.map((q) => q.id);

let dir: string;
let db: string;
let engagement: string;
let assessment: string;

async function cli(args: string[]) {
  const r = await sxw(['--db', db, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}
const json = async <T>(args: string[]) => JSON.parse(await cli([...args, '--json'])) as T;
const idOf = async (args: string[]) => (await json<{ id: string }>(args)).id;

interface Listed {
  id: string;
  title: string;
  blocks: string[];
  start: string;
  end: string;
  status: string;
  dependsOn: string[];
  impact: number;
  effort: number;
  priority: number;
}

beforeAll(async () => {
  dir = tempDir('sxw-roadmap-cli-');
  db = path.join(dir, 'workbench.sqlite');
  await cli(['demo']);
  const client = await idOf([
    'clients',
    'add',
    '--name',
    'Gemeente Voorbeeld',
    '--sector',
    'O',
    '--size',
    '250-999',
    '--country',
    'NL',
  ]);
  engagement = await idOf([
    'engagements',
    'add',
    '--client',
    client,
    '--title',
    'Transformatie 2027',
    '--purpose',
    'transformation',
  ]);
  assessment = await idOf([
    'assessment',
    'create',
    '--engagement',
    engagement,
    '--mode',
    'survey',
    '--round',
    'Nulmeting',
  ]);
  // B5 clearly lowest (around 2), B8 next (around 3), the rest around 3.5–4.
  const rows = Array.from({ length: 25 }, (_, i) => [
    `R${i + 1}`,
    i < 6 ? 'management' : i < 18 ? 'staff' : 'frontline',
    ...QUESTIONS.map((q, k) => {
      const base = q.startsWith('B5.') ? 2 : q.startsWith('B8.') ? 3 : 4;
      return String(Math.min(5, Math.max(1, base + ((i + k) % 3) - 1)));
    }),
  ]);
  const file = path.join(dir, 'survey.csv');
  fs.writeFileSync(file, [['respondent', 'role', ...QUESTIONS], ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n');
  await cli(['assessment', 'import', '--assessment', assessment, '--file', file]);
  await cli(['assessment', 'finalize', '--assessment', assessment]);
}, 120_000);

describe('sxw roadmap, from a finalized round to Word and Excel', () => {
  let first = '';
  let second = '';

  it('suggests initiatives, lowest block first, each with blocks, title, reason, impact and effort', async () => {
    const suggestions = await json<
      { blocks: string[]; title: string; reason: string; impact: number; effort: number }[]
    >(['roadmap', 'suggest', '--assessment', assessment, '--lang', 'nl']);
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    expect(suggestions[0]?.blocks[0]).toBe('B5');
    expect(suggestions[1]?.blocks[0]).toBe('B8');
    for (const s of suggestions) {
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.reason).toMatch(/^B\d scoort \d,\d/);
      expect(s.impact).toBeGreaterThanOrEqual(1);
      expect(s.effort).toBeLessThanOrEqual(5);
    }
    expect(suggestions[0]?.reason).toContain('de laagste bouwsteen');
  });

  it('adds initiatives, one depending on another, and lists them with their priority', async () => {
    first = await idOf([
      'roadmap',
      'add',
      '--engagement',
      engagement,
      '--title',
      'Eén luistersysteem',
      '--blocks',
      'B5',
      '--start',
      '2027-Q1',
      '--end',
      '2027-Q3',
      '--owner',
      'Anouk de Vries',
      '--impact',
      '5',
      '--effort',
      '4',
    ]);
    second = await idOf([
      'roadmap',
      'add',
      '--engagement',
      engagement,
      '--title',
      'Klantreizen herontwerpen',
      '--blocks',
      'B6,B8',
      '--start',
      '2027-Q3',
      '--end',
      '2028-Q2',
      '--depends-on',
      first,
      '--status',
      'idea',
    ]);
    await cli(['roadmap', 'update', '--initiative', first, '--status', 'in-progress', '--progress', '30']);
    const list = await json<Listed[]>(['roadmap', 'list', '--engagement', engagement]);
    expect(
      list.map((i) => [i.title, i.blocks, i.start, i.end, i.status, i.dependsOn, i.impact, i.effort, i.priority]),
    ).toEqual([
      ['Eén luistersysteem', ['B5'], '2027-Q1', '2027-Q3', 'in-progress', [], 5, 4, 1],
      ['Klantreizen herontwerpen', ['B6', 'B8'], '2027-Q3', '2028-Q2', 'idea', [first], 3, 3, 2],
    ]);
  });

  it('refuses a cycle and other bad input with exit 2, naming the field, and changes nothing', async () => {
    const before = await cli(['roadmap', 'list', '--engagement', engagement, '--json']);
    const add = (extra: string[]) => [
      '--db',
      db,
      'roadmap',
      'add',
      '--engagement',
      engagement,
      '--title',
      'X',
      ...extra,
    ];
    const cases: [string[], RegExp][] = [
      [['--db', db, 'roadmap', 'update', '--initiative', first, '--depends-on', second], /dependsOn/],
      [add(['--blocks', 'B5', '--start', '2027-Q3', '--end', '2027-Q1']), /end/],
      [add(['--blocks', 'B12', '--start', '2027-Q1', '--end', '2027-Q2']), /blocks/],
      [add(['--blocks', 'B5', '--start', '2027-Q5', '--end', '2027-Q6']), /start/],
      [add(['--blocks', 'B5', '--start', '2027-Q1', '--end', '2027-Q2', '--impact', '7']), /impact/],
      [add(['--blocks', 'B5', '--start', '2027-Q1', '--end', '2027-Q2', '--effort', 'veel']), /effort/],
    ];
    for (const [args, field] of cases) {
      const r = await sxw(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0], args.join(' ')).toMatch(field);
    }
    expect(await cli(['roadmap', 'list', '--engagement', engagement, '--json'])).toBe(before);
  });

  it('exports Word: read back by mammoth and converted by LibreOffice', async () => {
    const out = path.join(dir, 'roadmap.docx');
    await cli(['roadmap', 'export', '--engagement', engagement, '--format', 'docx', '--lang', 'nl', '--out', out]);
    const text = (await mammoth.extractRawText({ path: out })).value;
    for (const expected of [
      'Transformatieroadmap',
      '1. Eén luistersysteem',
      '2. Klantreizen herontwerpen',
      'Anouk de Vries',
      'K1 2027 – K3 2027',
      'Start in K3 2027',
      'Hangt af van: 1. Eén luistersysteem.',
      'Koppeling met de diagnose',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(
      /Vertrekt van B5 Klantbehoeften, -verwachtingen en -wensen begrijpen op \d,\d in de Nulmeting\./,
    );

    const profile = fs.mkdtempSync(path.join(dir, 'lo-profile-'));
    const pdfDir = fs.mkdtempSync(path.join(dir, 'pdf-'));
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, out],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const pdf = spawnSync('pdftotext', ['-layout', path.join(pdfDir, 'roadmap.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toContain('Transformatieroadmap');
    expect(pdf.stdout).toContain('Eén luistersysteem');
    expect(pdf.stdout).toMatch(/Pagina \d+ van \d+/);
  }, 150_000);

  it('exports Excel: read back by read-excel-file, numbers as numbers and dates as dates', async () => {
    const out = path.join(dir, 'roadmap.xlsx');
    const printed = await json<{ file: string; size: number }>([
      'roadmap',
      'export',
      '--engagement',
      engagement,
      '--format',
      'xlsx',
      '--lang',
      'en',
      '--out',
      out,
    ]);
    expect(printed.file).toBe(out);
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Initiatives', 'Milestones', 'Targets']);
    const [header, ...rows] = sheets[0]?.data ?? [];
    const col = (row: unknown[] | undefined, name: string) => row?.[(header as unknown[]).indexOf(name)];
    expect(rows.map((r) => col(r, 'Initiative'))).toEqual(['Eén luistersysteem', 'Klantreizen herontwerpen']);
    expect(rows.map((r) => [col(r, 'Start quarter'), col(r, 'End quarter')])).toEqual([
      ['2027-Q1', '2027-Q3'],
      ['2027-Q3', '2028-Q2'],
    ]);
    expect(col(rows[0], 'Priority')).toBe(1);
    expect(col(rows[0], 'Impact (1–5)')).toBe(5);
    expect(col(rows[0], 'Progress (%)')).toBe(30);
    expect(typeof col(rows[0], 'Priority score (0–100)')).toBe('number');
    expect(typeof col(rows[0], 'Baseline score')).toBe('number');
    expect(col(rows[0], 'Start date')).toEqual(new Date('2027-01-01T00:00:00.000Z'));
    expect(col(rows[1], 'End date')).toEqual(new Date('2028-06-30T00:00:00.000Z'));
    expect(col(rows[1], 'Blocks')).toBe('B6, B8');
    expect(col(rows[1], 'Building blocks')).toContain('Designing and renewing outstanding customer experiences');
    expect(col(rows[1], 'Depends on (IDs)')).toBe(first);
  });

  it('says clearly when the target folder cannot be written, and writes nothing there', async () => {
    const missing = path.join(dir, 'no-such-folder', 'roadmap.xlsx');
    const r = await sxw([
      '--db',
      db,
      'roadmap',
      'export',
      '--engagement',
      engagement,
      '--format',
      'xlsx',
      '--lang',
      'nl',
      '--out',
      missing,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot write to .*no-such-folder: the folder does not exist\./);
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });
});
