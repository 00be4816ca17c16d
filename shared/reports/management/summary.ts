import { PYRAMID_THRESHOLD } from '../../results/results';
import { describeBenchmarkAbsence } from './benchmarkText';
import { writeConsultantNotes } from './notes';
import { positionKey } from './writer';
import type { ReportWriter } from './writer';

/** The page a busy director reads: overall score, pyramid level, strengths, improvements, benchmark, change. */
export function writeSummary(w: ReportWriter): void {
  const { results, assessment, engagement } = w.input;
  const { t, f } = w;
  w.heading(1, t('summary.title'));
  writeConsultantNotes(w);

  const workshop = assessment.mode === 'workshop';
  const respondents = t(workshop ? 'summary.groups' : 'summary.respondents', { count: results.respondents });
  w.blocks.push({
    kind: 'paragraph',
    variant: 'lead',
    content: [
      t(workshop ? 'summary.introWorkshop' : 'summary.intro', {
        round: w.roundRef(assessment.round),
        client: engagement.clientName,
        respondents,
      }),
    ],
  });

  const overall = results.overall;
  if (overall.score === null || overall.index === null) {
    w.paragraph(t('summary.noScores'));
    return;
  }
  // "over 9 of the 9 building blocks" reads like a form: all of them is said as such.
  const allScored = overall.blocksScored === results.blocks.length;
  const overallText = t(allScored ? 'summary.overallAll' : 'summary.overall', {
    score: f.score1(overall.score),
    index: f.index(overall.index),
    blocks: f.integer(overall.blocksScored),
    total: f.integer(results.blocks.length),
  });
  w.paragraph({ text: overallText, bold: true });
  w.paragraph(pyramidSentence(w));

  writeStrengths(w);

  const closing: string[] = [];
  const comparison = w.comparison;
  if (comparison && !comparison.suppressed && comparison.n !== null && comparison.overall.median !== null) {
    const rank = comparison.overall.percentileRank;
    closing.push(
      t('summary.benchmark', {
        n: f.integer(comparison.n),
        group: w.groupText(),
        position: w.position(overall.score, comparison.overall),
        median: f.score1(comparison.overall.median),
      }),
    );
    if (rank !== null) closing.push(t('summary.benchmarkRank', { rank: f.integer(Math.round(rank)) }));
  } else {
    closing.push(t('summary.benchmarkAbsent', { reason: describeBenchmarkAbsence(w) }));
  }
  const previous = results.previous;
  if (previous && previous.overall.delta !== null && previous.overall.change !== null) {
    const delta = previous.overall.delta;
    const since = w.roundRef(previous.round);
    closing.push(
      previous.overall.change === 'none'
        ? t('summary.changeNone', { round: since, delta: f.signed(delta, 2), score: f.score1(overall.score) })
        : t('summary.change', {
            round: since,
            direction: t(previous.overall.change === 'rise' ? 'summary.rose' : 'summary.fell'),
            delta: f.score2(Math.abs(delta)),
            score: f.score1(overall.score),
          }),
    );
  }
  const flagged = results.gaps.filter((g) => !g.suppressed && g.flagged === true).map((g) => w.blockName(g.block));
  if (flagged.length > 0) {
    closing.push(
      t('summary.gapsFlagged', { count: flagged.length, blocks: w.list(flagged), threshold: f.score2(0.75) }),
    );
  }
  w.paragraph(closing.join(' '));
  if (comparison?.synthetic) w.paragraph({ text: t('summary.syntheticWarning'), bold: true });

  writeRadar(w);
}

/**
 * Strengths and areas for improvement are the organisation's own highest and lowest blocks; against the
 * benchmark they can sit anywhere. Each bullet gives the peer position, and a sentence says so when a strength
 * lies below the group's median or an area for improvement above it, so the two never contradict unspoken.
 */
function writeStrengths(w: ReportWriter): void {
  const { t, f } = w;
  const { results } = w.input;
  const score = new Map(results.blocks.map((b) => [b.id, b.score]));
  const comparison = w.comparison && !w.comparison.suppressed ? w.comparison : null;
  const key = (id: string) => {
    const value = score.get(id);
    const s = w.benchmarkOf(id);
    return comparison && s && value !== null && value !== undefined ? positionKey(value, s) : null;
  };
  const bullets = (titleKey: 'summary.strengthsTitle' | 'summary.improvementsTitle', ids: string[]) => {
    if (ids.length === 0) return;
    w.heading(2, t(titleKey));
    w.blocks.push({
      kind: 'bullets',
      items: ids.map((id) => {
        const value = score.get(id);
        const s = w.benchmarkOf(id);
        const shown = value === null || value === undefined ? t('results.none') : f.score1(value);
        return [
          { text: w.blockName(id), bold: true },
          comparison && s && value !== null && value !== undefined
            ? ` – ${shown}; ${w.position(value, s)}`
            : ` – ${shown}`,
        ];
      }),
    });
  };
  if (results.strengths.length > 0 || results.improvements.length > 0) w.paragraph(t('summary.strengthsIntro'));
  bullets('summary.strengthsTitle', results.strengths);
  const below = results.strengths.filter((id) => ['belowMedian', 'bottomQuartile', 'bottom10'].includes(key(id) ?? ''));
  if (below.length > 0)
    w.paragraph(t('summary.strengthBelowPeers', { count: below.length, blocks: w.list(below.map(w.blockName)) }));
  bullets('summary.improvementsTitle', results.improvements);
  const above = results.improvements.filter((id) => ['aboveMedian', 'topQuartile', 'top10'].includes(key(id) ?? ''));
  if (above.length > 0)
    w.paragraph(t('summary.improvementAbovePeers', { count: above.length, blocks: w.list(above.map(w.blockName)) }));
}

function pyramidSentence(w: ReportWriter): string {
  const { t, f, framework } = w;
  const pyramid = w.input.results.pyramid;
  const levels = [...framework.pyramid].sort((a, b) => a.rank - b.rank);
  const threshold = f.score1(PYRAMID_THRESHOLD);
  const reachedIndex = pyramid.level === null ? -1 : levels.findIndex((l) => l.id === pyramid.level);
  const scoreOf = (id: string) => pyramid.levels.find((l) => l.id === id)?.score ?? null;
  const next = levels[reachedIndex + 1];
  const nextText = (id: string, name: string) => {
    const score = scoreOf(id);
    return score === null ? '' : ` ${t('summary.nextLevel', { name, score: f.score1(score), threshold })}`;
  };
  if (reachedIndex < 0) {
    const first = levels[0];
    if (!first) return '';
    const score = scoreOf(first.id);
    return t('summary.noLevel', {
      name: w.text(first.name),
      score: score === null ? t('results.none') : f.score1(score),
      threshold,
    });
  }
  const reached = levels[reachedIndex];
  if (!reached) return '';
  if (!next) return t('summary.levelTop', { level: reached.id, name: w.text(reached.name) });
  return t('summary.level', { level: reached.id, name: w.text(reached.name) }) + nextText(next.id, w.text(next.name));
}

/** The radar: the client, the previous round and the benchmark's median and top 10 % where they exist. */
function writeRadar(w: ReportWriter): void {
  const { results, assessment } = w.input;
  const { t, f } = w;
  const comparison = w.comparison && !w.comparison.suppressed ? w.comparison : null;
  const scores = results.blocks.map((b) => b.score);
  const stat = (id: string) => {
    const s = w.benchmarkOf(id);
    return s && !s.suppressed ? s : null;
  };
  const medians = results.blocks.map((b) => stat(b.id)?.median ?? null);
  const previous = results.previous;
  const described = results.blocks
    .map((b) => `${w.blockName(b.id)} ${b.score === null ? t('results.none') : f.score2(b.score)}`)
    .join('; ');
  const medianText = comparison
    ? t('summary.radarAltBenchmark', {
        medians: results.blocks
          .map((b, i) => `${b.id} ${medians[i] === null ? t('results.none') : f.score2(medians[i] as number)}`)
          .join('; '),
      })
    : '';
  w.blocks.push({
    kind: 'chart',
    id: 'radar',
    caption: t('summary.radarCaption', { versus: comparison ? t('summary.versusBenchmark') : '' }),
    alt: t('summary.radarAlt', { scores: described }) + medianText,
    width: 640,
    height: 520,
    chart: {
      builder: 'blockRadar',
      input: {
        axes: results.blocks.map((b) => ({ id: b.id, label: w.blockName(b.id) })),
        client: { name: assessment.round, scores },
        comparison: previous
          ? {
              name: previous.round,
              scores: results.blocks.map((b) => previous.blocks.find((p) => p.id === b.id)?.score ?? null),
            }
          : null,
        benchmark: comparison
          ? {
              median: { name: t('summary.legendMedian'), scores: medians },
              top: { name: t('summary.legendTop'), scores: results.blocks.map((b) => stat(b.id)?.p90 ?? null) },
            }
          : null,
      },
    },
  });
}
