import type { BlockResult } from '../../results/results';
import type { TableCell, TableColumn } from '../model';
import { describeBenchmarkAbsence } from './benchmarkText';
import type { ReportWriter } from './writer';

/** The heart of the report: every building block with its score, spread, elements and benchmark band. */
export function writeBlocks(w: ReportWriter): void {
  const { t, f, framework } = w;
  const { results } = w.input;
  const anyScore = results.blocks.some((b) => b.score !== null);
  w.heading(1, t('results.title'));
  w.paragraph(t('results.intro'));

  const labelled = results.blocks.map((b) => ({ ...b, label: w.blockName(b.id) }));
  const scoreList = labelled
    .map((b) => `${b.label} ${b.score === null ? t('results.none') : f.score2(b.score)}`)
    .join('; ');
  if (anyScore) {
    w.blocks.push({
      kind: 'chart',
      id: 'blockBars',
      caption: t('results.barsCaption'),
      alt: t('results.barsAlt', { scores: scoreList }),
      width: 680,
      height: 420,
      chart: {
        builder: 'blockBars',
        input: {
          blocks: labelled.map(({ id, label, score, n, sd, middleHalf }) => ({ id, label, score, n, sd, middleHalf })),
          spread: 'iqr',
          labels: { score: t('results.columns.score'), spread: t('results.spreadLegend') },
        },
      },
    });
  } else {
    w.blocks.push({ kind: 'absent', caption: t('results.barsCaption'), reason: t('absent.noAnswers') });
  }

  const comparison = w.comparison && !w.comparison.suppressed ? w.comparison : null;
  if (comparison && anyScore) {
    w.blocks.push({
      kind: 'chart',
      id: 'benchmarkBars',
      caption: t('results.benchmarkCaption'),
      alt: t('results.benchmarkAlt', { scores: scoreList }),
      width: 680,
      height: 420,
      chart: {
        builder: 'benchmarkBars',
        input: {
          blocks: labelled.map((b) => {
            const s = w.benchmarkOf(b.id);
            const shown = s && !s.suppressed;
            return {
              id: b.id,
              label: b.label,
              score: b.score,
              p25: shown ? s.p25 : null,
              median: shown ? s.median : null,
              p75: shown ? s.p75 : null,
              suppressed: !shown,
            };
          }),
          labels: {
            client: w.input.assessment.round,
            band: t('results.legendBand'),
            median: t('results.legendMedian'),
            suppressed: t('results.benchmarkBlockSuppressed'),
          },
        },
      },
    });
  } else {
    w.blocks.push({
      kind: 'absent',
      caption: t('results.benchmarkCaption'),
      reason: anyScore ? `${t('results.benchmarkAbsent')}: ${describeBenchmarkAbsence(w)}` : t('absent.noAnswers'),
    });
  }

  writeOverviewTable(w, comparison !== null);

  for (const dimension of framework.dimensions) {
    const d = results.dimensions.find((x) => x.id === dimension.id);
    const name = w.text(dimension.name);
    w.heading(2, name);
    w.paragraph(
      d?.score === null || d?.score === undefined
        ? t('results.dimensionNoScore', { dimension: name })
        : t('results.dimensionScore', { dimension: name, score: f.score1(d.score) }),
    );
    for (const block of framework.blocks.filter((b) => b.dimension === dimension.id)) writeBlock(w, block.id);
  }
}

function writeOverviewTable(w: ReportWriter, withBenchmark: boolean): void {
  const { t, f } = w;
  const none = t('results.none');
  const columns: TableColumn[] = [
    { header: t('results.columns.block'), align: 'left', weight: 4.2 },
    { header: t('results.columns.score'), align: 'right', weight: 1.1 },
    { header: t('results.columns.sd'), align: 'right', weight: 0.9 },
    { header: t('results.columns.n'), align: 'right', weight: 0.7 },
    { header: t('results.columns.consensus'), align: 'center', weight: 1.9 },
  ];
  if (withBenchmark) {
    columns.push(
      { header: t('results.columns.median'), align: 'right', weight: 1.5 },
      { header: t('results.columns.band'), align: 'center', weight: 2 },
      { header: t('results.columns.rank'), align: 'right', weight: 1 },
    );
  }
  const rows = w.input.results.blocks.map((b): TableCell[] => {
    const row: TableCell[] = [
      { text: w.blockName(b.id) },
      w.scoreCell(b.score, { bold: true }),
      w.scoreCell(b.sd),
      { text: f.integer(b.n), align: 'right' },
      b.consensus === null
        ? { text: none, align: 'center', muted: true }
        : { text: t(b.consensus ? 'results.yes' : 'results.no'), align: 'center' },
    ];
    if (withBenchmark) {
      const s = w.benchmarkOf(b.id);
      if (!s || s.suppressed) {
        const hidden = { text: none, muted: true };
        row.push({ ...hidden, align: 'right' }, { ...hidden, align: 'center' }, { ...hidden, align: 'right' });
      } else {
        row.push(
          w.scoreCell(s.median),
          s.p25 === null || s.p75 === null
            ? { text: none, align: 'center', muted: true }
            : { text: `${f.score2(s.p25)} – ${f.score2(s.p75)}`, align: 'center', shade: 'band' },
          s.percentileRank === null
            ? { text: none, align: 'right', muted: true }
            : { text: f.integer(s.percentileRank), align: 'right' },
        );
      }
    }
    return row;
  });
  const comparison = w.comparison;
  const note =
    withBenchmark && comparison?.n
      ? `${t('results.tableNote')} ${t('results.tableNoteBenchmark', { group: w.groupText(), n: f.integer(comparison.n) })}`
      : t('results.tableNote');
  w.table('blocks', t('results.overviewTable'), columns, rows, note);
}

/** Half a tenth from the organisation's own average is "around" it: the paragraph then opens plainly. */
const OWN_AVERAGE_MARGIN = 0.15;

/**
 * The paragraph's first sentence, chosen by what the numbers say: a strength or an area for improvement of
 * the summary, clearly above or below the organisation's own average, or plain — so nine paragraphs do not
 * read as one template.
 */
function openingSentence(w: ReportWriter, b: BlockResult & { score: number; index: number }, name: string): string {
  const { t, f } = w;
  const { results } = w.input;
  const values = { block: name, score: f.score1(b.score), index: f.index(b.index), n: f.integer(b.n) };
  if (results.strengths.includes(b.id)) return t('results.blockStrength', values);
  if (results.improvements.includes(b.id)) return t('results.blockImprovement', values);
  const overall = results.overall.score;
  if (overall !== null && b.score >= overall + OWN_AVERAGE_MARGIN)
    return t('results.blockAbove', { ...values, overall: f.score1(overall) });
  if (overall !== null && b.score <= overall - OWN_AVERAGE_MARGIN)
    return t('results.blockBelow', { ...values, overall: f.score1(overall) });
  return t('results.block', values);
}

function writeBlock(w: ReportWriter, id: string): void {
  const { t, f, framework } = w;
  const { results } = w.input;
  const b = results.blocks.find((x) => x.id === id);
  const name = w.blockName(id);
  w.heading(3, name);
  if (!b || b.score === null || b.index === null) {
    w.paragraph(t('results.blockNoScore', { block: name }));
    return;
  }
  const withScore = { ...b, score: b.score, index: b.index };
  const sentences = [openingSentence(w, withScore, name)];
  const change = results.previous?.blocks.find((x) => x.id === id);
  if (results.previous && change && change.delta !== null && change.change !== null) {
    const round = w.roundRef(results.previous.round);
    const delta = f.signed(change.delta, 2);
    sentences.push(
      change.change === 'none'
        ? t('results.blockNoChange', { round, delta })
        : t('results.blockChange', {
            round,
            delta,
            direction: t(change.change === 'rise' ? 'results.rise' : 'results.fall'),
          }),
    );
  }
  if (b.sd === null) sentences.push(t('results.singleRespondent'));
  else sentences.push(t(b.consensus ? 'results.consensus' : 'results.noConsensus', { sd: f.score2(b.sd) }));
  const s = w.benchmarkOf(id);
  if (s && w.comparison && !w.comparison.suppressed) {
    if (s.suppressed || s.median === null || s.p25 === null || s.p75 === null)
      sentences.push(t('results.benchmarkSuppressed'));
    else {
      sentences.push(
        t('results.benchmark', {
          position: w.position(b.score, s),
          median: f.score1(s.median),
          p25: f.score1(s.p25),
          p75: f.score1(s.p75),
        }),
      );
    }
  }
  const elements = framework.elements
    .filter((e) => e.block === id)
    .map((e) => ({ e, r: results.elements.find((x) => x.id === e.id) }));
  const scored = elements.filter((x) => x.r?.score !== null && x.r?.score !== undefined);
  if (scored.length >= 2) {
    const sorted = [...scored].sort((a, z) => (z.r?.score as number) - (a.r?.score as number));
    const high = sorted[0];
    const low = sorted.at(-1);
    if (high && low && f.score1(high.r?.score as number) !== f.score1(low.r?.score as number)) {
      sentences.push(
        t('results.elementsRange', {
          high: w.text(high.e.name),
          highScore: f.score1(high.r?.score as number),
          low: w.text(low.e.name),
          lowScore: f.score1(low.r?.score as number),
        }),
      );
    }
  }
  w.paragraph(sentences.join(' '));
  w.table(
    `elements-${id}`,
    t('results.elementsTable', { block: name }),
    [
      { header: t('results.columns.element'), align: 'left', weight: 6 },
      { header: t('results.columns.score'), align: 'right', weight: 1.2 },
      { header: t('results.columns.sd'), align: 'right', weight: 1 },
      { header: t('results.columns.n'), align: 'right', weight: 0.8 },
    ],
    elements.map(({ e, r }) => [
      { text: w.text(e.name) },
      w.scoreCell(r?.score, { bold: true }),
      w.scoreCell(r?.sd),
      { text: f.integer(r?.n ?? 0), align: 'right' },
    ]),
  );
}
