import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { sxw, sxwProcess } from '../cliRunner';
import { tempDir } from '../support';

/**
 * The "done means", through the CLI alone: a survey round imported with `sxw assessment import`,
 * then `sxw report` in Dutch and in English. The document is read back by independent readers — mammoth,
 * the zip's XML, and LibreOffice converting it to PDF.
 */

const QUESTIONS = sxDefault.questions.map((q) => q.id);
// Radar, block bars, benchmark bars, gaps, pyramid, shifts (no previous round: no deltas), and the appendix's
// answer distribution of each of the nine blocks.
const CHARTS = 6 + 9;

let dir: string;
let db: string;
let assessment: string;
let results: { blocks: { id: string; score: number }[]; overall: { score: number } };

async function cli(args: string[]) {
  const r = await sxw(['--db', db, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}
const idOf = async (args: string[]) => (JSON.parse(await cli([...args, '--json'])) as { id: string }).id;

beforeAll(async () => {
  dir = tempDir('sxw-report-cli-');
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
  const engagement = await idOf([
    'engagements',
    'add',
    '--client',
    client,
    '--title',
    'Nulmeting',
    '--purpose',
    'diagnosis',
  ]);
  assessment = await idOf([
    'assessment',
    'create',
    '--engagement',
    engagement,
    '--mode',
    'survey',
    '--round',
    'Nulmeting 2026',
  ]);
  const rows = Array.from({ length: 20 }, (_, i) => {
    const role = i < 6 ? 'management' : i < 16 ? 'staff' : 'frontline';
    return [
      `R${i + 1}`,
      role,
      ...QUESTIONS.map((_, q) =>
        q % 9 === i % 9 ? 'n/a' : String(1 + ((q * 7 + i * 3 + (role === 'management' ? 2 : 0)) % 5)),
      ),
    ];
  });
  const file = path.join(dir, 'survey.csv');
  fs.writeFileSync(file, `${[['respondent', 'role', ...QUESTIONS], ...rows].map((r) => r.join(';')).join('\r\n')}\r\n`);
  await cli(['assessment', 'import', '--assessment', assessment, '--file', file]);
  const shifts = path.join(dir, 'shifts.json');
  fs.writeFileSync(shifts, JSON.stringify({ S1: { now: 3, desired: 8 }, S2: { now: 5, desired: 7 } }));
  await cli(['assessment', 'shifts', '--assessment', assessment, '--file', shifts]);
  results = JSON.parse(await cli(['assessment', 'results', '--assessment', assessment, '--json']));
}, 120_000);

async function report(language: 'nl' | 'en', extra: string[] = []) {
  const out = path.join(dir, `r-${language}.docx`);
  await cli(['report', '--assessment', assessment, '--kind', 'management', '--lang', language, '--out', out, ...extra]);
  const bytes = fs.readFileSync(out);
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  return {
    out,
    bytes,
    zip,
    documentXml: documentXml ?? '',
    text: (await mammoth.extractRawText({ buffer: bytes })).value,
  };
}

function decimal(value: number, digits: number, language: 'nl' | 'en') {
  const s = value.toFixed(digits);
  return language === 'nl' ? s.replace('.', ',') : s;
}

function convertsWithLibreOffice(file: string): string {
  const outDir = fs.mkdtempSync(path.join(dir, 'pdf-'));
  const profile = fs.mkdtempSync(path.join(dir, 'lo-profile-'));
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const pdf = path.join(outDir, `${path.basename(file, '.docx')}.pdf`);
  expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  return text.stdout;
}

describe.each(['nl', 'en'] as const)('sxw report --lang %s', (language) => {
  it('writes a document holding the nine block names, the scores of `assessment results` and every chart', async () => {
    const { text, zip, documentXml, out } = await report(language);
    for (const block of sxDefault.blocks) expect(text).toContain(`${block.id} ${block.name[language]}`);
    for (const block of results.blocks) expect(text).toContain(decimal(block.score, 2, language));
    expect(text).toContain(decimal(results.overall.score, 1, language));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(CHARTS);
    const alts = [...documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)].map((m) => m[1]);
    expect(alts).toHaveLength(CHARTS);
    // The contents link to the headings; no TOC field for Word to update.
    expect(documentXml).toMatch(/<w:hyperlink [^>]*w:anchor="sx_heading_\d+"/);
    expect(/<w:instrText[^>]*>\s*TOC/.test(documentXml)).toBe(false);
    // The round is open, not finalized: a draft mark in every header.
    const headers = Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
    expect(headers.length).toBeGreaterThan(0);
    const draft = language === 'nl' ? 'CONCEPT' : 'DRAFT';
    for (const h of headers) expect(await zip.file(h)?.async('string')).toContain(draft);
    const pdfText = convertsWithLibreOffice(out);
    expect(pdfText).toContain(draft);
    expect(pdfText).toContain(sxDefault.blocks[8]?.name[language].split(' ')[0]);
  }, 120_000);
});

describe('sxw report', () => {
  it('exits 2 with a clear message for an unknown assessment, and writes nothing', async () => {
    const out = path.join(dir, 'missing.docx');
    const r = await sxw(['--db', db, 'report', '--assessment', 'as_nope', '--lang', 'en', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/as_nope/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a language it does not have', async () => {
    const r = await sxw([
      '--db',
      db,
      'report',
      '--assessment',
      assessment,
      '--lang',
      'de',
      '--out',
      path.join(dir, 'x.docx'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang/);
  });

  it('writes the same document from the built CLI as a process, where the Word renderer loads on demand', async () => {
    const inProcess = await report('en');
    const out = path.join(dir, 'built.docx');
    const r = sxwProcess(['--db', db, 'report', '--assessment', assessment, '--lang', 'en', '--out', out]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const bytes = fs.readFileSync(out);
    expect((await mammoth.extractRawText({ buffer: bytes })).value).toBe(inProcess.text);
    const media = Object.keys((await JSZip.loadAsync(bytes)).files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(CHARTS);
  }, 120_000);

  it('says why there is no benchmark when the comparison group is below k, without its size', async () => {
    const { text } = await report('en', ['--sector', 'A', '--country', 'BE', '--size', '1-9']);
    expect(text).toMatch(/has fewer than 5 earlier assessments with a score on all nine building blocks/);
    expect(text).not.toMatch(/holds \d+ assessments/);
  }, 120_000);
});
