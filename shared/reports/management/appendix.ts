import { MIN_GROUP } from '../../results/anonymity';
import type { ReportWriter } from './writer';

/**
 * Every question's mean over all respondents, as on the results screen's question level, with how the
 * answers spread over the scale (the share of each score 1–5, in per cent) where at least MIN_GROUP
 * respondents answered it — the same floor as a role group. No respondent columns and no minimum or
 * maximum: a report circulates, and an extreme can point at one person.
 */
export function writeAppendix(w: ReportWriter): void {
  const { t, f, framework } = w;
  const { results } = w.input;
  w.heading(1, t('appendix.title'));
  w.paragraph(t('appendix.intro'));
  const byId = new Map(results.questions.map((q) => [q.id, q]));
  const blockOf = new Map(framework.elements.map((e) => [e.id, e.block]));
  for (const block of framework.blocks) {
    const questions = framework.questions.filter((q) => blockOf.get(q.element) === block.id);
    if (questions.length === 0) continue;
    const name = w.blockName(block.id);
    w.heading(2, name);
    w.table(
      `questions-${block.id}`,
      t('appendix.table', { block: name }),
      [
        { header: '#', align: 'left', weight: 0.9 },
        { header: t('results.columns.question'), align: 'left', weight: 8 },
        { header: t('results.columns.score'), align: 'right', weight: 1.2 },
        { header: t('results.columns.sd'), align: 'right', weight: 1 },
        { header: t('results.columns.n'), align: 'right', weight: 0.7 },
        { header: t('results.columns.notApplicable'), align: 'right', weight: 0.9 },
        ...[1, 2, 3, 4, 5].map((score) => ({ header: String(score), align: 'right' as const, weight: 0.7 })),
      ],
      questions.map((q) => {
        const r = byId.get(q.id);
        return [
          { text: q.id },
          { text: w.text(q.text) },
          w.scoreCell(r?.score, { bold: true }),
          w.scoreCell(r?.sd),
          { text: f.integer(r?.n ?? 0), align: 'right' as const },
          { text: f.integer(r?.notApplicable ?? 0), align: 'right' as const },
          ...shares(r?.distribution ?? null).map((share) =>
            share === null
              ? { text: t('results.none'), align: 'right' as const, muted: true }
              : { text: f.integer(share), align: 'right' as const, shade: share >= 40 ? ('band' as const) : undefined },
          ),
        ];
      }),
      t('appendix.distributionNote', { min: f.countWord(MIN_GROUP, false) }),
    );
    writeDistributionChart(
      w,
      block.id,
      name,
      questions.map((q) => ({ id: q.id, shares: shares(byId.get(q.id)?.distribution ?? null) })),
    );
  }
}

/**
 * The block's answer distributions as stacked bars, under its table; only when at least one question has
 * enough answers to show (a chart of empty rows says nothing the table does not).
 */
function writeDistributionChart(
  w: ReportWriter,
  blockId: string,
  block: string,
  rows: { id: string; shares: (number | null)[] }[],
): void {
  const { t, f, framework } = w;
  const shown = rows.filter((r) => r.shares.every((s) => s !== null));
  if (shown.length === 0) return;
  const scale = [...framework.scale].sort((a, b) => a.score - b.score).map((s) => `${s.score} ${w.text(s.label)}`);
  if (scale.length !== 5) return;
  const tooFew = t('appendix.chartTooFew');
  w.blocks.push({
    kind: 'chart',
    id: `answers-${blockId}`,
    caption: t('appendix.chartCaption', { block }),
    alt: t('appendix.chartAlt', {
      rows: rows
        .map((r) =>
          r.shares.every((s) => s !== null)
            ? `${r.id} ${r.shares.map((s) => f.integer(s as number)).join('/')}`
            : `${r.id} ${tooFew}`,
        )
        .join('; '),
    }),
    width: 640,
    height: 90 + 30 * rows.length,
    chart: {
      builder: 'answerDistribution',
      input: {
        questions: rows.map((r) => ({ id: r.id, shares: r.shares.every((s) => s !== null) ? r.shares : null })),
        scoreLabels: scale as [string, string, string, string, string],
        tooFew,
      },
    },
  });
}

/**
 * Each score's share of the answers, in whole per cent; null for every score below MIN_GROUP answers. Shares
 * are rounded by largest remainder so that a row always adds up to 100.
 */
export function shares(distribution: readonly number[] | null): (number | null)[] {
  const total = distribution?.reduce((a, b) => a + b, 0) ?? 0;
  if (!distribution || total < MIN_GROUP) return [null, null, null, null, null];
  const exact = distribution.map((c) => (100 * c) / total);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] as number) + 1;
    left -= 1;
  }
  return whole;
}
