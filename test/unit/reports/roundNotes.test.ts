import { describe, expect, it } from 'vitest';
import { buildManagementReport, notesBlocks, suggestNotes } from '../../../shared/reports/management';
import type { ReportBlock } from '../../../shared/reports/model';
import { reportInput, roundResults } from './reportFixture';

type Table = Extract<ReportBlock, { kind: 'table' }>;

describe('the consultant’s text as report blocks', () => {
  it('makes paragraphs of lines between blank lines and one list of consecutive bullets', () => {
    expect(
      notesBlocks('Eerste zin\nloopt door.\n\n- een\n* twee\n  vervolg\n• drie\n1. vier\nSlot.\r\n\r\n\n'),
    ).toEqual([
      { kind: 'paragraph', content: ['Eerste zin loopt door.'] },
      { kind: 'bullets', items: [['een'], ['twee vervolg'], ['drie'], ['vier']] },
      { kind: 'paragraph', content: ['Slot.'] },
    ]);
  });

  it('makes nothing of blank text', () => {
    expect(notesBlocks(' \n\n ')).toEqual([]);
  });
});

describe('drafts of key messages and recommendations from the numbers', () => {
  it('name the overall score, the pyramid, the strongest and weakest blocks, the benchmark and the clear changes', () => {
    const input = reportInput();
    const { results } = input;
    const lines = suggestNotes(input).keyMessages.split('\n');
    expect(lines.every((line) => line.startsWith('- '))).toBe(true);
    expect(lines[0]).toMatch(/^- De totaalscore is \d,\d op de schaal van 1 tot 5/);
    expect(lines[1]).toMatch(/piramide/);
    const strongest = lines.find((l) => l.startsWith('- De sterkste bouwstenen zijn'));
    const weakest = lines.find((l) => l.startsWith('- De zwakste bouwstenen zijn'));
    for (const id of results.strengths.slice(0, 3)) expect(strongest).toContain(`${id} `);
    for (const id of results.improvements.slice(0, 3)) expect(weakest).toContain(`${id} `);
    expect(lines.some((l) => l.startsWith('- Ten opzichte van de benchmarkgroep ligt de totaalscore'))).toBe(true);
    const changed = (results.previous?.blocks ?? []).filter((b) => b.change === 'rise' || b.change === 'fall');
    expect(changed.length).toBeGreaterThan(0);
    expect(lines.some((l) => /^- Sinds .* duidelijk (gestegen|gedaald)/.test(l))).toBe(true);
    for (const b of changed) expect(lines.join('\n')).toContain(b.id);
  });

  it('recommend starting with the lowest block and close with the next assessment', () => {
    const input = reportInput({}, 'en');
    const first = input.results.improvements[0] as string;
    const lines = suggestNotes(input).recommendations.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^- Start with ${first} `));
    expect(lines.at(-1)).toBe('- Repeat the assessment in a year to see whether the actions have had an effect.');
  });

  it('leave the benchmark out when the group is suppressed, and suggest nothing without scores', () => {
    const input = reportInput({ benchmark: { reason: 'notRequested' } });
    expect(suggestNotes(input).keyMessages).not.toContain('benchmark');
    const empty = roundResults({});
    expect(suggestNotes(reportInput({ results: { ...empty, previous: null } }))).toEqual({
      keyMessages: '',
      recommendations: '',
    });
  });
});

describe('the management report with the consultant’s layer', () => {
  it('opens the summary with the key messages and then the recommendations', () => {
    const doc = buildManagementReport(
      reportInput({ notes: { keyMessages: 'Kern.\n\n- Punt', recommendations: '- Advies' } }),
    );
    const summary = doc.body.findIndex((b) => b.kind === 'heading' && b.level === 1);
    expect(doc.body.slice(summary, summary + 6)).toEqual([
      { kind: 'heading', level: 1, text: 'Samenvatting' },
      { kind: 'heading', level: 2, text: 'Kernboodschappen' },
      { kind: 'paragraph', content: ['Kern.'] },
      { kind: 'bullets', items: [['Punt']] },
      { kind: 'heading', level: 2, text: 'Aanbevelingen' },
      { kind: 'bullets', items: [['Advies']] },
    ]);
  });

  it('gives the response rate per role where the invited number is known, and a total only when all are', () => {
    const respondents = (invitedByRole: Record<string, number>) =>
      buildManagementReport(reportInput({ invitedByRole }, 'en')).body.find(
        (b): b is Table => b.kind === 'table' && b.id === 'respondents',
      ) as Table;
    const some = respondents({ management: 10 });
    expect(some.columns.map((c) => c.header)).toEqual(['Role', 'Respondents', 'Invited', 'Response rate']);
    expect(some.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Management', '5', '10', '50\u00a0%'],
      ['Staff', '8', '–', '–'],
      ['Frontline', '4', '–', '–'],
      ['Total', '17', '–', '–'],
    ]);
    const all = respondents({ management: 5, staff: 16, frontline: 5 });
    expect(all.rows.at(-1)?.map((c) => c.text)).toEqual(['Total', '17', '26', '65\u00a0%']);
    expect(respondents({}).columns).toHaveLength(2);
  });
});

describe('the question appendix’s answer distribution charts', () => {
  type Chart = Extract<ReportBlock, { kind: 'chart' }>;
  const charts = (doc: ReturnType<typeof buildManagementReport>) =>
    doc.body.filter((b): b is Chart => b.kind === 'chart' && b.chart.builder === 'answerDistribution');

  it('draw each block’s questions with the shares of its table, a question below the floor without bars', () => {
    const input = reportInput({}, 'en');
    const [first] = input.results.questions;
    const below = {
      ...input.results,
      questions: input.results.questions.map((q) =>
        q === first ? { ...q, distribution: [1, 0, 1, 0, 0] as [number, number, number, number, number] } : q,
      ),
    };
    const doc = buildManagementReport({ ...input, results: below });
    const b1 = charts(doc).find((c) => c.id === 'answers-B1') as Chart;
    const table = doc.body.find((b): b is Table => b.kind === 'table' && b.id === 'questions-B1') as Table;
    if (b1.chart.builder !== 'answerDistribution') throw new Error('not a distribution chart');
    const rows = b1.chart.input.questions;
    expect(rows.map((r) => r.id)).toEqual(table.rows.map((r) => r[0]?.text));
    expect(rows.find((r) => r.id === first?.id)?.shares).toBeNull();
    for (const [i, row] of rows.entries()) {
      if (row.shares) expect(row.shares.map(String)).toEqual(table.rows[i]?.slice(6).map((c) => c.text));
    }
    expect(b1.chart.input.scoreLabels).toHaveLength(5);
  });

  it('leave a block out where no question reached the floor', () => {
    const input = reportInput({}, 'en');
    const none = {
      ...input.results,
      questions: input.results.questions.map((q) => ({
        ...q,
        distribution: [1, 0, 0, 1, 0] as [number, number, number, number, number],
      })),
    };
    expect(charts(buildManagementReport({ ...input, results: none }))).toEqual([]);
  });
});
