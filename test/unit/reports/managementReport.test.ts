import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { buildManagementReport, managementReportFileName } from '../../../shared/reports/management';
import { shares } from '../../../shared/reports/management/appendix';
import { positionKey } from '../../../shared/reports/management/writer';
import type { ReportBlock, ReportDocument } from '../../../shared/reports/model';
import { comparisonFor, reportInput, roundResults, withPrevious } from './reportFixture';

type Table = Extract<ReportBlock, { kind: 'table' }>;

function texts(doc: ReportDocument): string[] {
  const out: string[] = [
    doc.title,
    doc.subject,
    doc.header,
    doc.cover.title,
    doc.cover.subtitle,
    doc.cover.confidentiality,
  ];
  for (const f of doc.cover.facts) out.push(f.label, f.value);
  for (const b of doc.body) {
    if (b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'paragraph') out.push(b.content.map((c) => (typeof c === 'string' ? c : c.text)).join(''));
    else if (b.kind === 'bullets')
      for (const i of b.items) out.push(i.map((c) => (typeof c === 'string' ? c : c.text)).join(''));
    else if (b.kind === 'table')
      out.push(b.caption, b.note ?? '', ...b.columns.map((c) => c.header), ...b.rows.flat().map((c) => c.text));
    else if (b.kind === 'chart') out.push(b.caption, b.alt);
    else if (b.kind === 'absent') out.push(b.caption, b.reason);
    else out.push(b.title);
  }
  return out;
}

const table = (doc: ReportDocument, id: string) => doc.body.find((b): b is Table => b.kind === 'table' && b.id === id);
const headings = (doc: ReportDocument, level?: number) =>
  doc.body.flatMap((b) => (b.kind === 'heading' && (level === undefined || b.level === level) ? [b.text] : []));

/** The document's skeleton: what a reader finds where. Text is left out so wording can improve freely. */
function outline(doc: ReportDocument) {
  return doc.body.map((b) => {
    switch (b.kind) {
      case 'heading':
        return `h${b.level} ${b.text}`;
      case 'table':
        return `table ${b.id} ${b.columns.length}×${b.rows.length}`;
      case 'chart':
        return `chart ${b.id} ${b.chart.builder}`;
      case 'absent':
        return `absent ${b.caption}`;
      case 'bullets':
        return `bullets ${b.items.length}`;
      default:
        return b.kind;
    }
  });
}

describe('the management report model', () => {
  it('keeps its structure (golden outline, Dutch and English)', async () => {
    await expect(JSON.stringify(outline(buildManagementReport(reportInput())), null, 1)).toMatchFileSnapshot(
      '__snapshots__/management.nl.outline.json',
    );
    await expect(JSON.stringify(outline(buildManagementReport(reportInput({}, 'en'))), null, 1)).toMatchFileSnapshot(
      '__snapshots__/management.en.outline.json',
    );
  });

  it('puts every block score of the results in the overview table with two decimals and a decimal comma in Dutch', () => {
    const input = reportInput();
    const rows = table(buildManagementReport(input), 'blocks')?.rows ?? [];
    expect(rows).toHaveLength(9);
    input.results.blocks.forEach((b, i) => {
      const expected = (b.score as number).toFixed(2).replace('.', ',');
      expect(rows[i]?.[0]?.text).toBe(`${b.id} ${sxDefault.blocks[i]?.name.nl}`);
      expect(rows[i]?.[1]?.text).toBe(expected);
    });
  });

  it('writes scores in sentences with one decimal, in English with a decimal point', () => {
    const input = reportInput({}, 'en');
    const doc = buildManagementReport(input);
    const overall = (input.results.overall.score as number).toFixed(1);
    expect(texts(doc).join('\n')).toContain(`The overall score is ${overall} on the scale of 1 to 5`);
    for (const b of sxDefault.blocks) expect(headings(doc, 3)).toContain(`${b.id} ${b.name.en}`);
  });

  it('numbers figures and tables separately, in reading order', () => {
    const doc = buildManagementReport(reportInput());
    const figures = doc.body.flatMap((b) => (b.kind === 'chart' || b.kind === 'absent' ? [b.caption] : []));
    const tables = doc.body.flatMap((b) => (b.kind === 'table' ? [b.caption] : []));
    figures.forEach((caption, i) => expect(caption).toMatch(new RegExp(`^Figuur ${i + 1}: `)));
    tables.forEach((caption, i) => expect(caption).toMatch(new RegExp(`^Tabel ${i + 1}: `)));
  });

  it('names all nine building blocks in Dutch', () => {
    const doc = buildManagementReport(reportInput());
    for (const b of sxDefault.blocks) expect(headings(doc, 3)).toContain(`${b.id} ${b.name.nl}`);
    expect(headings(doc, 1)).toEqual([
      'Samenvatting',
      'Aanpak en methode',
      'Uitkomsten per bouwsteen',
      'Perceptieverschillen',
      'De Service Excellence-piramide',
      'Paradigmaverschuivingen',
      'Ontwikkeling sinds de meting ‘Baseline 2025’',
      'Bijlage: uitkomsten per vraag',
    ]);
  });

  it('marks a round that is not finalized as a draft, and a finalized one not', () => {
    const open = buildManagementReport(
      reportInput({ assessment: { round: 'R', mode: 'survey', status: 'open', heldOn: null } }),
    );
    expect(open.draft?.label).toBe('CONCEPT – ronde niet afgerond');
    expect(buildManagementReport(reportInput()).draft).toBeNull();
  });

  it('never shows the numbers of a suppressed perception gap or a hidden role group', () => {
    // Two managers: the management group and therefore the gap must stay hidden.
    const results = roundResults({ management: 2, staff: 6, frontline: 3 });
    expect(results.gaps.every((g) => g.suppressed)).toBe(true);
    const doc = buildManagementReport(
      reportInput({ results, respondentsByRole: { management: 2, staff: 6, frontline: 3 } }),
    );
    expect(table(doc, 'gaps')).toBeUndefined();
    expect(doc.body.some((b) => b.kind === 'chart' && b.id === 'gaps')).toBe(false);
    expect(texts(doc).join('\n')).toContain('Het perceptieverschil kan niet worden getoond');
    const roles = table(doc, 'roles');
    expect(roles?.columns.map((c) => c.header)).not.toContain('Management');
  });

  it('says only "fewer than k" when the group is below k, never its size', () => {
    const results = roundResults();
    const comparison = comparisonFor(results, 3, 5);
    const doc = buildManagementReport(reportInput({ results, benchmark: { comparison } }));
    expect(doc.body.some((b) => b.kind === 'chart' && b.chart.builder === 'benchmarkBars')).toBe(false);
    const absent = doc.body.find((b) => b.kind === 'absent' && b.caption.includes('Score per bouwsteen tegenover'));
    expect(absent && absent.kind === 'absent' && absent.reason).toMatch(
      /telt minder dan 5 eerdere metingen met een score op alle negen bouwstenen/,
    );
    expect(table(doc, 'blocks')?.columns).toHaveLength(5);
  });

  it('says when even the whole pool is below k, without a count', () => {
    const doc = buildManagementReport(reportInput({ benchmark: { reason: 'poolBelowK', k: 7 } }, 'en'));
    expect(texts(doc).join('\n')).toContain(
      'No benchmark comparison is included: the benchmark does not yet hold 7 earlier assessments with this framework and a score on all nine building blocks, the least a comparison needs.',
    );
  });

  it('says that a comparison with synthetic records is no real benchmark', () => {
    const results = roundResults();
    const comparison = { ...comparisonFor(results), synthetic: true };
    const doc = buildManagementReport(reportInput({ results, benchmark: { comparison } }, 'en'));
    expect(texts(doc).join('\n')).toContain(
      'This comparison group consists of synthetic demonstration records, made up for the demo: it is not a real benchmark.',
    );
    const summary = doc.body.slice(
      0,
      doc.body.findIndex((b) => b.kind === 'heading' && b.level === 1 && b !== doc.body[1]),
    );
    expect(JSON.stringify(summary)).toContain('Note: this benchmark group consists of synthetic demonstration data');
  });

  it('builds a report for a round without answers, saying why figures are absent', () => {
    const results = roundResults({});
    const doc = buildManagementReport(
      reportInput({ results, respondentsByRole: {}, benchmark: { reason: 'notRequested' } }, 'en'),
    );
    const all = texts(doc).join('\n');
    expect(all).toContain('No answers have been recorded in this round yet');
    expect(doc.body.filter((b) => b.kind === 'chart').map((b) => (b.kind === 'chart' ? b.id : ''))).toEqual(['shifts']);
    expect(doc.body.some((b) => b.kind === 'absent')).toBe(true);
  });

  it('leaves out the chapter on changes when there is no previous round', () => {
    const doc = buildManagementReport(reportInput({ results: roundResults() }));
    expect(headings(doc, 1).some((h) => h.startsWith('Ontwikkeling'))).toBe(false);
  });

  it('translates the warnings it is given', () => {
    const doc = buildManagementReport(reportInput({ warnings: ['logo_unreadable'] }, 'en'));
    expect(doc.warnings).toEqual([expect.stringMatching(/^The logo could not be read/)]);
  });

  it('leaves no placeholder, NaN or undefined in any text, whatever the round looks like', () => {
    fc.assert(
      fc.property(
        fc.record({
          management: fc.integer({ min: 0, max: 6 }),
          staff: fc.integer({ min: 0, max: 6 }),
          frontline: fc.integer({ min: 0, max: 4 }),
        }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom('nl' as const, 'en' as const),
        fc.boolean(),
        fc.boolean(),
        (roles, seed, language, previous, benchmark) => {
          const base = roundResults(roles, seed);
          const results = previous ? withPrevious(base) : base;
          const doc = buildManagementReport(
            reportInput(
              {
                results,
                respondentsByRole: roles,
                benchmark: benchmark ? { comparison: comparisonFor(results) } : { reason: 'poolBelowK', k: 5 },
              },
              language,
            ),
          );
          for (const text of texts(doc))
            expect(text).not.toMatch(/\{\{|\}\}|NaN|undefined|\bnull\b|Infinity|\breport\.[a-z]+\.[a-z]/);
          for (const b of doc.body)
            if (b.kind === 'table') for (const r of b.rows) expect(r).toHaveLength(b.columns.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the position against a benchmark group', () => {
  const group = { suppressed: false, p10: 2, p25: 2.5, median: 3, p75: 3.5, p90: 4 };
  it.each([
    [4.2, 'top10'],
    [3.6, 'topQuartile'],
    [3.2, 'aboveMedian'],
    [3.003, 'aroundMedian'],
    [3.09, 'aroundMedian'],
    [2.8, 'belowMedian'],
    [2.2, 'bottomQuartile'],
    [1.5, 'bottom10'],
  ])('places %s as %s', (score, key) => {
    expect(positionKey(score, group)).toBe(key);
  });
  it('calls a score around the median when the percentile rank is from 40 to 60, whatever the hundredths', () => {
    expect(positionKey(3.28, { ...group, median: 3.27, percentileRank: 52 })).toBe('aroundMedian');
    expect(positionKey(3.25, { ...group, percentileRank: 61 })).toBe('aboveMedian');
  });
  it('says nothing about a suppressed block', () => {
    expect(positionKey(3, { ...group, suppressed: true })).toBe('suppressed');
  });
});

describe('the report file name', () => {
  it('reads "<client> – <round> – SE report – <date>.docx" and is safe on every file system', () => {
    const name = managementReportFileName({
      language: 'en',
      generatedOn: '2026-11-22',
      engagement: { clientName: 'Acme: "Service" / Care', title: 'x', lead: null },
      assessment: { round: 'Baseline?', mode: 'survey', status: 'open', heldOn: null },
    });
    expect(name).toBe('Acme Service Care – Baseline – SE report – 2026-11-22.docx');
  });
  it('uses the Dutch wording for a Dutch report', () => {
    expect(
      managementReportFileName({
        language: 'nl',
        generatedOn: '2026-11-22',
        engagement: { clientName: 'Gemeente Voorbeeld', title: 'x', lead: null },
        assessment: { round: 'Nulmeting', mode: 'survey', status: 'open', heldOn: null },
      }),
    ).toBe('Gemeente Voorbeeld – Nulmeting – SE-rapport – 2026-11-22.docx');
  });
});

describe('the answer distribution in the appendix', () => {
  it('gives each score’s share in whole per cent, adding up to 100', () => {
    expect(shares([1, 1, 1, 0, 0])).toEqual([34, 33, 33, 0, 0]);
    expect(shares([0, 2, 5, 9, 4])).toEqual([0, 10, 25, 45, 20]);
  });

  it('shows no distribution for a question fewer than three respondents answered', () => {
    expect(shares([0, 1, 1, 0, 0])).toEqual([null, null, null, null, null]);
    expect(shares(null)).toEqual([null, null, null, null, null]);
  });

  it('adds columns 1 to 5 to every question table of the appendix', () => {
    const doc = buildManagementReport(reportInput());
    const questions = doc.body.filter((b): b is Table => b.kind === 'table' && b.id.startsWith('questions-'));
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.columns.slice(-5).map((c) => c.header)).toEqual(['1', '2', '3', '4', '5']);
  });
});
