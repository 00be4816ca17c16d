import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/identifiers';
import { tempDir } from '../support';
import { openDocx, type OpenedDocx } from './docxReader';
import { buildScenario, type Scenario, SCENARIOS, scenarioDatabase } from './reportScenarios';

/**
 * The report scenarios (full group, group partly below k, whole group below k, draft round, two rounds,
 * no branding and full branding) in Dutch and English, built through `reports.build` and read back by readers
 * that share no code with the renderer: mammoth for the text, JSZip for the parts, LibreOffice for a PDF and
 * poppler's pdftotext for its lines. SXW_REPORT_OUT=<dir> keeps the .docx and .pdf files for looking at.
 */

const run = promisify(execFile);
const onPath = (command: string) =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => fs.existsSync(path.join(dir, command)));
const office = onPath('soffice') && onPath('pdftotext');

const LANGUAGES: Language[] = ['nl', 'en'];
const name = (scenario: Scenario, language: Language) => `${scenario}-${language}`;

interface Read {
  docx: OpenedDocx;
  text: string;
  html: string;
  pdf: string | null;
}

const read = new Map<string, Read>();
const dir = tempDir('sxw-report-scenarios-');

beforeAll(async () => {
  const db = scenarioDatabase();
  for (const scenario of SCENARIOS) {
    for (const language of LANGUAGES) {
      const built = await buildScenario(db, scenario, language);
      fs.writeFileSync(path.join(dir, `${name(scenario, language)}.docx`), built.bytes);
      const docx = await openDocx(built.bytes);
      read.set(name(scenario, language), { docx, text: await docx.rawText(), html: await docx.html(), pdf: null });
    }
  }
  if (!office) return;
  const profile = `file://${path.join(dir, 'profile')}`;
  const files = [...read.keys()].map((n) => path.join(dir, `${n}.docx`));
  await run(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    {
      timeout: 280_000,
    },
  );
  for (const [key, entry] of read) {
    const pdf = path.join(dir, `${key}.pdf`);
    if (fs.existsSync(pdf)) entry.pdf = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
  }
  const out = process.env.SXW_REPORT_OUT;
  if (out) {
    fs.mkdirSync(out, { recursive: true });
    for (const f of fs.readdirSync(dir))
      if (/\.(docx|pdf)$/.test(f)) fs.copyFileSync(path.join(dir, f), path.join(out, f));
  }
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const get = (scenario: Scenario, language: Language): Read => {
  const entry = read.get(name(scenario, language));
  if (!entry) throw new Error(`${scenario} ${language} was not built`);
  return entry;
};

/** The rows of the table that follows `caption` in mammoth's HTML, as cell texts. */
function tableAfter(html: string, caption: string): string[][] {
  const at = html.indexOf(caption);
  if (at < 0) throw new Error(`no caption ${caption}`);
  const start = html.indexOf('<table', at);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((cell) =>
      (cell[1] ?? '').replace(/<[^>]+>/g, '').trim(),
    ),
  );
}

const number = (text: string) => Number(text.replace('−', '-').replace('+', '').replace(',', '.'));

describe('the report scenarios, read back independently', () => {
  it.each(LANGUAGES)(
    'states the comparison group and its n when it is at least k, never "fewer than k" (%s)',
    (language) => {
      for (const scenario of ['full', 'twoRounds', 'noBranding', 'fullBranding'] as const) {
        const { text } = get(scenario, language);
        const n =
          language === 'nl'
            ? /bestaat uit (\d+) eerdere metingen/.exec(text)
            : /consists of (\d+) earlier assessments/.exec(text);
        expect(n?.[1], `${scenario}`).toBe('60');
        expect(text).not.toMatch(
          language === 'nl' ? /minder dan \d+ eerdere metingen/ : /fewer than \d+ earlier assessments/,
        );
        expect(text).not.toMatch(/organisaties in de benchmarkgroep|organisations in the benchmark group/);
      }
    },
  );

  it.each(LANGUAGES)('names a group below k by its real cause, without its size (%s)', (language) => {
    for (const scenario of ['partlyBelowK', 'belowK'] as const) {
      const { text } = get(scenario, language);
      expect(text).toMatch(
        language === 'nl'
          ? /telt minder dan 5 eerdere metingen met een score op alle negen bouwstenen/
          : /has fewer than 5 earlier assessments with a score on all nine building blocks/,
      );
      // Sector P has 8 records, 4 of them complete; sector S has 2. None of these sizes is told.
      expect(text).not.toMatch(/\b(8|4|2) (eerdere )?(metingen|records|assessments|earlier assessments)\b/);
      expect(text).not.toMatch(/Rang|Rank\b/);
    }
  });

  it.each(LANGUAGES)('shows no individual respondent’s lowest or highest score (%s)', (language) => {
    for (const scenario of SCENARIOS) {
      const { text } = get(scenario, language);
      expect(text).not.toMatch(/Laagste–hoogste|Min–max|Lowest–highest|laagste en hoogste score van een respondent/i);
      expect(text).not.toMatch(/lowest and highest (respondent|score of a single)/i);
      expect(text).toMatch(
        language === 'nl' ? /middelste helft van de respondenten/ : /middle half of the respondents/,
      );
    }
  });

  it.each(LANGUAGES)('calls a change a rise or a fall only above the noise threshold (%s)', (language) => {
    const { html } = get('twoRounds', language);
    const rows = tableAfter(
      html,
      language === 'nl'
        ? 'Scores per bouwsteen, Nulmeting en Vervolgmeting'
        : 'Scores per building block, Nulmeting and Vervolgmeting',
    ).slice(1);
    expect(rows).toHaveLength(9);
    const none = language === 'nl' ? 'Geen duidelijke verandering' : 'No clear change';
    for (const row of rows) {
      const delta = number(row[3] ?? '');
      if (Math.abs(delta) < 0.1) expect(row[4], row.join(' | ')).toBe(none);
    }
    // The shifts built into the scenario: B2, B5 and B6 up by 0.55–0.7, B7 down by 0.5.
    const conclusion = (block: string) => rows.find((r) => r[0]?.startsWith(`${block} `))?.[4];
    expect(conclusion('B5')).toBe(language === 'nl' ? 'Duidelijke stijging' : 'Clear rise');
    expect(conclusion('B7')).toBe(language === 'nl' ? 'Duidelijke daling' : 'Clear fall');
  });

  it('reads round labels with their article and opens no sentence with a digit (nl)', () => {
    const { text } = get('twoRounds', 'nl');
    expect(text).toContain('Ontwikkeling sinds de nulmeting');
    expect(text).not.toMatch(/sinds Nulmeting/);
    // Running text only: paragraphs and list items outside tables; the answer scale's lines ("2 – Ad hoc: …")
    // are scale points, not sentences.
    const prose = get('twoRounds', 'nl')
      .html.replace(/<table.*?<\/table>/gs, '')
      .match(/<(p|li)>(.*?)<\/\1>/g)
      ?.map((m) => m.replace(/<[^>]+>/g, '').trim())
      .filter((line) => !/^\d – /.test(line));
    const sentences = (prose ?? []).flatMap((line) => line.split(/(?<=[.!?])\s+/));
    expect(sentences.filter((s) => /^\d/.test(s) && !/^\d+[,.]\d/.test(s))).toEqual([]);
    expect(text).toContain('technische specificatie');
    expect(text).not.toMatch(/benchmarkpool|p25–p75|Europese richtlijn/);
  });

  it.each(LANGUAGES)('marks a draft round, and only a draft round (%s)', async (language) => {
    const mark = language === 'nl' ? 'CONCEPT' : 'DRAFT';
    const everything = async (scenario: Scenario) => {
      const { docx } = get(scenario, language);
      const headers = await Promise.all((await docx.headerParts()).map((p) => docx.part(p)));
      return [await docx.part('word/document.xml'), ...headers].join('');
    };
    expect(await everything('draft')).toContain(mark);
    expect(await everything('full')).not.toContain(mark);
  });

  it.each(LANGUAGES)('has a cover without an empty firm line when no branding is set (%s)', async (language) => {
    const firm = language === 'nl' ? 'Opgesteld door' : 'Prepared by';
    expect(get('noBranding', language).text).not.toContain(firm);
    expect(get('fullBranding', language).text).toContain('Thomassen & Partners');
    const cover = (await get('noBranding', language).docx.part('word/document.xml')).split('<w:sectPr')[0] ?? '';
    expect(cover).not.toMatch(/<w:p>(<w:pPr>(?:(?!<\/w:pPr>).)*<\/w:pPr>)?<\/w:p>/);
  });

  it.each(LANGUAGES)(
    'keeps OOXML hygiene: existing base styles, unique picture ids, core properties, no skipped heading level (%s)',
    async (language) => {
      for (const scenario of SCENARIOS) {
        const { docx } = get(scenario, language);
        const styles = await docx.part('word/styles.xml');
        const ids = new Set([...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]));
        for (const based of styles.matchAll(/<w:basedOn w:val="([^"]+)"/g))
          expect(ids.has(based[1]), based[1]).toBe(true);
        const paragraphStyleNames = [
          ...styles.matchAll(/<w:style [^>]*w:type="paragraph"[^>]*>\s*<w:name w:val="([^"]+)"/g),
        ].map((m) => m[1]);
        for (const builtIn of ['Hyperlink', 'Strong', 'Emphasis', 'Default Paragraph Font', 'Placeholder Text'])
          expect(paragraphStyleNames).not.toContain(builtIn);
        const document = await docx.part('word/document.xml');
        const pictures = [...document.matchAll(/<wp:docPr [^>]*id="(\d+)"/g)].map((m) => m[1]);
        expect(new Set(pictures).size).toBe(pictures.length);
        const core = await docx.part('docProps/core.xml');
        expect(core).toMatch(/<dc:title>[^<]+<\/dc:title>/);
        expect(core).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
        expect(core).toMatch(new RegExp(`<dc:language>${language === 'nl' ? 'nl-NL' : 'en-GB'}</dc:language>`));
        const levels = [...document.matchAll(/<w:pStyle w:val="Heading(\d)"\/>/g)].map((m) => Number(m[1]));
        levels.forEach((level, i) =>
          expect(level - (i === 0 ? 1 : (levels[i - 1] as number)), `${scenario} heading ${i}`).toBeLessThanOrEqual(1),
        );
      }
    },
  );

  it.runIf(office)('converts in LibreOffice with contents that never end in dot leaders without a number', () => {
    for (const [key, { pdf }] of read) {
      expect(pdf, key).not.toBeNull();
      const lines = (pdf ?? '').split('\n');
      expect(
        lines.filter((l) => /(\.\s?){4,}\s*$|…{2,}\s*$/.test(l)),
        key,
      ).toEqual([]);
      expect(pdf).not.toMatch(/Veld bijwerken|Update Field|Error! Bookmark|Fout! Bladwijzer/);
    }
  });
});
