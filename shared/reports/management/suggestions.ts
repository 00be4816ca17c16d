import { PYRAMID_THRESHOLD } from '../../results/results';
import type { NotesText } from '../schemas';
import type { ManagementReportInput } from './input';
import { createWriter } from './writer';

/** At most this many blocks are named as strongest, weakest or to improve: a message, not a list. */
const NAMED_BLOCKS = 3;

/**
 * Drafts of the key messages and recommendations from what the summary says of the round's numbers: the
 * overall score, the pyramid level, the highest and lowest blocks, the benchmark position, the clear changes
 * since the previous round (shared/results/change.ts) and the perception gaps flagged. The consultant edits
 * them; nothing here goes into a report unless saved as the consultant's text.
 */
export function suggestNotes(input: ManagementReportInput): NotesText {
  const w = createWriter(input);
  const { t, f, framework } = w;
  const { results } = input;
  const bullet = (text: string) => `- ${text}`;
  const overall = results.overall;
  if (overall.score === null || overall.index === null) return { keyMessages: '', recommendations: '' };

  const score = new Map(results.blocks.map((b) => [b.id, b.score]));
  const scored = (id: string) => {
    const value = score.get(id);
    return value === null || value === undefined ? t('results.none') : f.score1(value);
  };
  const named = (ids: string[]) => w.list(ids.slice(0, NAMED_BLOCKS).map((id) => `${w.blockName(id)} (${scored(id)})`));

  const key: string[] = [
    t('summary.overall', {
      score: f.score1(overall.score),
      index: f.index(overall.index),
      blocks: f.integer(overall.blocksScored),
      total: f.integer(results.blocks.length),
    }),
  ];
  const levels = [...framework.pyramid].sort((a, b) => a.rank - b.rank);
  const pyramid = results.pyramid;
  const reachedIndex = pyramid.level === null ? -1 : levels.findIndex((l) => l.id === pyramid.level);
  const reached = levels[reachedIndex];
  if (reached) {
    key.push(
      reachedIndex === levels.length - 1
        ? t('summary.levelTop', { level: reached.id, name: w.text(reached.name) })
        : t('summary.level', { level: reached.id, name: w.text(reached.name) }),
    );
  } else if (levels[0]) {
    const first = pyramid.levels.find((l) => l.id === levels[0]?.id)?.score ?? null;
    key.push(
      t('summary.noLevel', {
        name: w.text(levels[0].name),
        score: first === null ? t('results.none') : f.score1(first),
        threshold: f.score1(PYRAMID_THRESHOLD),
      }),
    );
  }
  if (results.strengths.length > 0) key.push(t('notes.suggest.strongest', { blocks: named(results.strengths) }));
  if (results.improvements.length > 0) key.push(t('notes.suggest.weakest', { blocks: named(results.improvements) }));
  const comparison = w.comparison && !w.comparison.suppressed ? w.comparison : null;
  if (comparison && comparison.overall.median !== null) {
    key.push(t('notes.suggest.benchmark', { position: w.position(overall.score, comparison.overall) }));
  }
  const previous = results.previous;
  const rose = previous?.blocks.filter((b) => b.change === 'rise').map((b) => b.id) ?? [];
  const fell = previous?.blocks.filter((b) => b.change === 'fall').map((b) => b.id) ?? [];
  if (previous) {
    const round = w.roundRef(previous.round);
    const names = (ids: string[]) => w.list(ids.map(w.blockName));
    if (rose.length > 0) key.push(t('notes.suggest.rose', { count: rose.length, round, blocks: names(rose) }));
    if (fell.length > 0) key.push(t('notes.suggest.fell', { count: fell.length, round, blocks: names(fell) }));
    if (rose.length === 0 && fell.length === 0 && previous.blocks.some((b) => b.change === 'none'))
      key.push(t('notes.suggest.noClearChange', { round }));
  }

  const advice: string[] = [];
  const [first, ...others] = results.improvements.slice(0, NAMED_BLOCKS);
  if (first) advice.push(t('notes.suggest.startWith', { block: w.blockName(first), score: scored(first) }));
  for (const id of others) advice.push(t('notes.suggest.alsoImprove', { block: w.blockName(id), score: scored(id) }));
  const next = levels[reachedIndex + 1];
  const nextScore = next ? (pyramid.levels.find((l) => l.id === next.id)?.score ?? null) : null;
  if (next && nextScore !== null && reachedIndex >= 0) {
    advice.push(
      t('notes.suggest.nextLevel', {
        name: w.text(next.name),
        score: f.score1(nextScore),
        threshold: f.score1(PYRAMID_THRESHOLD),
      }),
    );
  }
  const flagged = results.gaps.filter((g) => !g.suppressed && g.flagged === true).map((g) => w.blockName(g.block));
  if (flagged.length > 0) advice.push(t('notes.suggest.gaps', { count: flagged.length, blocks: w.list(flagged) }));
  if (previous && fell.length > 0) {
    advice.push(
      t('notes.suggest.findOutWhy', {
        count: fell.length,
        blocks: w.list(fell.map(w.blockName)),
        round: w.roundRef(previous.round),
      }),
    );
  }
  advice.push(t('notes.suggest.nextRound'));

  return { keyMessages: key.map(bullet).join('\n'), recommendations: advice.map(bullet).join('\n') };
}
