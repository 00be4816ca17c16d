import type { RespondentRole } from '../domain/identifiers';
import type { FrameworkFile } from '../frameworks/schema';
import { MIN_GROUP, showableGroups } from './anonymity';
import { pickHighlights } from './highlights';
import { type MiddleHalf, middleHalf, type Spread, mean, spread, toIndex } from './stats';

/**
 * The scoring engine. Definitions (also the report's methodology):
 * - A respondent's score for a block, element, question or pyramid level is the mean of their scored
 *   answers in it. "Not applicable" and skipped answers are left out, and counted separately.
 * - The assessment's score for a block (element, question, level) is the mean of the respondents' scores
 *   for it; each respondent counts once, and respondents without a scored answer there are left out.
 *   `n` is the number of those respondents, `sd` their sample standard deviation (n − 1; null when n = 1),
 *   `consensus` is sd ≤ 1.0 (null when sd is null). A block nobody scored has score null and n 0.
 * - A dimension's score is the mean of its blocks' scores; the overall score the unweighted mean of the
 *   block scores that exist (`blocksScored` says how many). `index` = (score − 1) / 4 × 100.
 * - A change since the previous round is a rise or a fall only when it is clear (change.ts).
 * - The perception gap of a block is the mean of management respondents' block scores minus the mean of
 *   the pooled staff and frontline respondents' block scores, flagged when |gap| ≥ 0.75.
 * - Role groups and the gap are shown only when no group of fewer than three respondents can be read or
 *   derived by subtraction from what is shown (see anonymity.ts).
 * - Pyramid: a level is reached when its score ≥ 3.5 and every lower level is reached.
 * - Strengths and areas for improvement: the three highest and three lowest block scores (ties by block
 *   id); with fewer than six scored blocks, the upper and the lower half, never one block in both.
 */

export const CONSENSUS_MAX_SD = 1.0;
export const GAP_FLAG = 0.75;
export const PYRAMID_THRESHOLD = 3.5;
/**
 * Scores are means of means, so the same figure summed in another order can differ in its last bits;
 * thresholds and ties are decided within this tolerance so results never depend on answer order.
 */
export const SCORE_EPSILON = 1e-9;

export interface ScoringRespondent {
  id: string;
  role: RespondentRole;
}

/** One answer; `score` null means "not applicable / don't know". A skipped question has no answer. */
export interface ScoringAnswer {
  respondentId: string;
  questionId: string;
  score: number | null;
}

export interface ShiftPosition {
  id: string;
  now: number | null;
  desired: number | null;
}

export interface BlockResult extends Spread {
  id: string;
  /** The respondents' 25th to 75th percentile; null below MIDDLE_HALF_MIN_N respondents (stats.ts). */
  middleHalf: MiddleHalf | null;
  index: number | null;
  consensus: boolean | null;
  notApplicable: number;
}
export interface ElementResult extends Spread {
  id: string;
  block: string;
}
export interface QuestionResult extends Spread {
  id: string;
  element: string;
  notApplicable: number;
  /** How many respondents answered 1, 2, 3, 4 and 5 (index 0 is score 1). */
  distribution: [number, number, number, number, number];
}
export interface DimensionResult {
  id: string;
  score: number | null;
  index: number | null;
}
export interface GapResult {
  block: string;
  management: number | null;
  staff: number | null;
  gap: number | null;
  flagged: boolean | null;
  suppressed: boolean;
}
export interface RoleResult {
  block: string;
  role: RespondentRole;
  n: number;
  score: number;
}
export interface PyramidResult {
  level: string | null;
  levels: { id: string; score: number | null; n: number; reached: boolean }[];
}

export interface AssessmentResults {
  respondents: number;
  notApplicable: number;
  skipped: number;
  blocks: BlockResult[];
  elements: ElementResult[];
  questions: QuestionResult[];
  dimensions: DimensionResult[];
  /**
   * The unweighted mean of the block scores; `n` and `sd` describe the respondents' own overall scores (the
   * mean of each respondent's block scores), which is what a change between rounds is tested on.
   */
  overall: { score: number | null; index: number | null; blocksScored: number; n: number; sd: number | null };
  gaps: GapResult[];
  roles: RoleResult[];
  pyramid: PyramidResult;
  shifts: ShiftPosition[];
  strengths: string[];
  improvements: string[];
}

const ROLE_ORDER: readonly RespondentRole[] = ['management', 'staff', 'frontline', 'customer', 'other'];

/** Index of the framework's structure as integer arrays, so scoring is a few passes over flat arrays. */
interface Layout {
  questionIds: string[];
  questionIndex: Map<string, number>;
  qBlock: Int32Array;
  qElement: Int32Array;
  qLevel: Int32Array;
  blockIds: string[];
  elementIds: string[];
  elementBlock: Int32Array;
  levelIds: string[];
}

const layouts = new WeakMap<FrameworkFile, Layout>();

function layoutOf(f: FrameworkFile): Layout {
  const cached = layouts.get(f);
  if (cached) return cached;
  const blockIds = f.blocks.map((b) => b.id);
  const blockIdx = new Map(blockIds.map((id, i) => [id, i]));
  const elementIds = f.elements.map((e) => e.id);
  const elementIdx = new Map(elementIds.map((id, i) => [id, i]));
  const levels = [...f.pyramid].sort((a, b) => a.rank - b.rank);
  const levelIds = levels.map((l) => l.id);
  const levelIdx = new Map(levelIds.map((id, i) => [id, i]));
  const questionIds = f.questions.map((q) => q.id);
  const layout: Layout = {
    questionIds,
    questionIndex: new Map(questionIds.map((id, i) => [id, i])),
    qElement: Int32Array.from(f.questions, (q) => elementIdx.get(q.element) ?? -1),
    qBlock: Int32Array.from(
      f.questions,
      (q) => blockIdx.get(f.elements[elementIdx.get(q.element) ?? -1]?.block ?? '') ?? -1,
    ),
    qLevel: Int32Array.from(f.questions, (q) => (q.pyramidLevel ? (levelIdx.get(q.pyramidLevel) ?? -1) : -1)),
    blockIds,
    elementIds,
    elementBlock: Int32Array.from(f.elements, (e) => blockIdx.get(e.block) ?? -1),
    levelIds,
  };
  layouts.set(f, layout);
  return layout;
}

/** Mean and sample sd per slot, accumulated one value at a time (Welford), and the count of each score. */
class RunningSpread {
  private readonly n: Uint32Array;
  private readonly mean: Float64Array;
  private readonly m2: Float64Array;
  private readonly counts: Uint32Array;
  constructor(slots: number) {
    this.n = new Uint32Array(slots);
    this.mean = new Float64Array(slots);
    this.m2 = new Float64Array(slots);
    this.counts = new Uint32Array(slots * 5);
  }
  /** `x` is an answer, an integer from 1 to 5. */
  add(i: number, x: number): void {
    const n = (this.n[i] as number) + 1;
    this.n[i] = n;
    const delta = x - (this.mean[i] as number);
    this.mean[i] = (this.mean[i] as number) + delta / n;
    this.m2[i] = (this.m2[i] as number) + delta * (x - (this.mean[i] as number));
    const c = i * 5 + Math.min(4, Math.max(0, Math.round(x) - 1));
    this.counts[c] = (this.counts[c] as number) + 1;
  }
  get(i: number): Spread {
    const n = this.n[i] as number;
    if (n === 0) return { score: null, n: 0, sd: null };
    return { score: this.mean[i] as number, n, sd: n > 1 ? Math.sqrt((this.m2[i] as number) / (n - 1)) : null };
  }
  distribution(i: number): [number, number, number, number, number] {
    const c = this.counts;
    const at = i * 5;
    return [c[at] as number, c[at + 1] as number, c[at + 2] as number, c[at + 3] as number, c[at + 4] as number];
  }
}

/** Running sums per respondent and group (block, element or level): `sum[r * groups + g]`, `count[…]`. */
class Sums {
  readonly sum: Float64Array;
  readonly count: Uint16Array;
  constructor(
    readonly respondents: number,
    readonly groups: number,
  ) {
    this.sum = new Float64Array(respondents * groups);
    this.count = new Uint16Array(respondents * groups);
  }
  add(r: number, g: number, x: number): void {
    if (g < 0) return;
    const i = r * this.groups + g;
    this.sum[i] = (this.sum[i] as number) + x;
    this.count[i] = (this.count[i] as number) + 1;
  }
  /** Each respondent's mean per group, NaN where they scored nothing there. */
  means(): Float64Array {
    const out = new Float64Array(this.sum.length);
    for (let i = 0; i < out.length; i++)
      out[i] = this.count[i] ? (this.sum[i] as number) / (this.count[i] as number) : Number.NaN;
    return out;
  }
}

/** Group `g`'s respondent means (NaN = no score there) into `buffer`; returns how many there are. */
function gather(means: Float64Array, respondents: number, groups: number, g: number, buffer: Float64Array): number {
  let n = 0;
  for (let r = 0; r < respondents; r++) {
    const x = means[r * groups + g] as number;
    if (!Number.isNaN(x)) buffer[n++] = x;
  }
  return n;
}

/** The spread over respondents of group `g`'s respondent means. */
function groupSpread(means: Float64Array, respondents: number, groups: number, g: number, buffer: Float64Array) {
  return spread(buffer, gather(means, respondents, groups, g, buffer));
}

/** n and sample sd of the respondents' overall scores (each the mean of their block scores). */
function respondentOverall(blockMeans: Float64Array, respondents: number, blocks: number, buffer: Float64Array) {
  let n = 0;
  for (let r = 0; r < respondents; r++) {
    let sum = 0;
    let count = 0;
    for (let b = 0; b < blocks; b++) {
      const x = blockMeans[r * blocks + b] as number;
      if (!Number.isNaN(x)) {
        sum += x;
        count++;
      }
    }
    if (count > 0) buffer[n++] = sum / count;
  }
  const s = spread(buffer, n);
  return { n: s.n, sd: s.sd };
}

export function scoreAssessment(
  framework: FrameworkFile,
  respondents: readonly ScoringRespondent[],
  answers: readonly ScoringAnswer[],
  shifts: readonly ShiftPosition[] = [],
): AssessmentResults {
  const L = layoutOf(framework);
  const R = respondents.length;
  const Q = L.questionIds.length;
  const B = L.blockIds.length;
  const E = L.elementIds.length;
  const P = L.levelIds.length;
  const respondentIndex = new Map(respondents.map((r, i) => [r.id, i]));

  // One pass over the answers feeds every aggregate. Answers are unique per respondent and question (the
  // store's primary key); they usually arrive grouped by respondent in framework order, so the previous
  // index is tried before the maps — the lookups are most of the cost of scoring.
  const blockSums = new Sums(R, B);
  const elementSums = new Sums(R, E);
  const levelSums = new Sums(R, P);
  // Per question the respondents' answers themselves: a running spread (Welford), no arrays.
  const questionSpread = new RunningSpread(Q);
  const naPerQuestion = new Uint32Array(Q);
  let notApplicable = 0;
  let scored = 0;
  let lastRespondentId: string | undefined;
  let r = -1;
  let q = -1;
  for (const a of answers) {
    if (a.respondentId !== lastRespondentId) {
      r = respondentIndex.get(a.respondentId) ?? -1;
      lastRespondentId = a.respondentId;
    }
    q = L.questionIds[q + 1] === a.questionId ? q + 1 : (L.questionIndex.get(a.questionId) ?? -1);
    if (r < 0 || q < 0) continue;
    if (a.score === null) {
      naPerQuestion[q] = (naPerQuestion[q] as number) + 1;
      notApplicable++;
      continue;
    }
    scored++;
    blockSums.add(r, L.qBlock[q] as number, a.score);
    elementSums.add(r, L.qElement[q] as number, a.score);
    levelSums.add(r, L.qLevel[q] as number, a.score);
    questionSpread.add(q, a.score);
  }

  const buffer = new Float64Array(Math.max(R, 1));
  const blockMeans = blockSums.means();
  const elementMeans = elementSums.means();
  const levelMeans = levelSums.means();

  const naPerBlock = new Uint32Array(B);
  for (let qi = 0; qi < Q; qi++) {
    const b = L.qBlock[qi] as number;
    if (b >= 0) naPerBlock[b] = (naPerBlock[b] as number) + (naPerQuestion[qi] as number);
  }

  const blocks: BlockResult[] = L.blockIds.map((id, b) => {
    const n = gather(blockMeans, R, B, b, buffer);
    const s = spread(buffer, n);
    return {
      id,
      ...s,
      middleHalf: middleHalf(buffer, n),
      index: toIndex(s.score),
      consensus: s.sd === null ? null : s.sd <= CONSENSUS_MAX_SD + SCORE_EPSILON,
      notApplicable: naPerBlock[b] as number,
    };
  });
  const elements: ElementResult[] = L.elementIds.map((id, e) => ({
    id,
    block: L.blockIds[L.elementBlock[e] as number] as string,
    ...groupSpread(elementMeans, R, E, e, buffer),
  }));
  // A respondent's question score is their answer.
  const questions: QuestionResult[] = L.questionIds.map((id, qi) => ({
    id,
    element: L.elementIds[L.qElement[qi] as number] as string,
    ...questionSpread.get(qi),
    notApplicable: naPerQuestion[qi] as number,
    distribution: questionSpread.distribution(qi),
  }));

  const blockScore = new Map(blocks.map((b) => [b.id, b.score]));
  const dimensions: DimensionResult[] = framework.dimensions.map((d) => {
    const scores = framework.blocks
      .filter((b) => b.dimension === d.id)
      .map((b) => blockScore.get(b.id))
      .filter((x): x is number => typeof x === 'number');
    const score = mean(scores);
    return { id: d.id, score, index: toIndex(score) };
  });
  const existing = blocks.map((b) => b.score).filter((x): x is number => x !== null);
  const overallScore = mean(existing);

  const { gaps, roles } = breakdowns(L, respondents, blockMeans, B);

  let reachedSoFar = true;
  const levels = L.levelIds.map((id, p) => {
    const s = groupSpread(levelMeans, R, P, p, buffer);
    reachedSoFar = reachedSoFar && s.score !== null && s.score >= PYRAMID_THRESHOLD - SCORE_EPSILON;
    return { id, score: s.score, n: s.n, reached: reachedSoFar };
  });
  const highest = levels.filter((l) => l.reached).at(-1);

  const byId = new Map(shifts.map((s) => [s.id, s]));
  const highlights = pickHighlights(blocks);

  return {
    respondents: R,
    notApplicable,
    skipped: R * Q - scored - notApplicable,
    blocks,
    elements,
    questions,
    dimensions,
    overall: {
      score: overallScore,
      index: toIndex(overallScore),
      blocksScored: existing.length,
      ...respondentOverall(blockMeans, R, B, buffer),
    },
    gaps,
    roles,
    pyramid: { level: highest?.id ?? null, levels },
    shifts: framework.shifts.map((s) => byId.get(s.id) ?? { id: s.id, now: null, desired: null }),
    strengths: highlights.strengths,
    improvements: highlights.improvements,
  };
}

/** Role groups and perception gaps per block, each shown only where anonymity allows. */
function breakdowns(L: Layout, respondents: readonly ScoringRespondent[], blockMeans: Float64Array, B: number) {
  const gaps: GapResult[] = [];
  const roles: RoleResult[] = [];
  const R = respondents.length;
  const roleOf = Int8Array.from(respondents, (r) => ROLE_ORDER.indexOf(r.role));
  const [MANAGEMENT, STAFF, FRONTLINE] = [0, 1, 2];
  const counts = new Array<number>(ROLE_ORDER.length);
  const sums = new Array<number>(ROLE_ORDER.length);
  for (let b = 0; b < B; b++) {
    const block = L.blockIds[b] as string;
    counts.fill(0);
    sums.fill(0);
    for (let r = 0; r < R; r++) {
      const x = blockMeans[r * B + b] as number;
      if (Number.isNaN(x)) continue;
      const c = roleOf[r] as number;
      counts[c] = (counts[c] as number) + 1;
      sums[c] = (sums[c] as number) + x;
    }
    const avg = (classes: readonly number[]) => {
      let n = 0;
      let sum = 0;
      for (const c of classes) {
        n += counts[c] as number;
        sum += sums[c] as number;
      }
      return sum / n;
    };

    const management = [MANAGEMENT];
    const pooledStaff = [STAFF, FRONTLINE];
    // The gap publishes two groups; it is shown only when both, and what remains, are safe.
    const gapShown =
      showableGroups(counts, [
        { key: 'management', classes: management },
        { key: 'staff', classes: pooledStaff },
      ]).length === 2;
    if (gapShown) {
      const m = avg(management);
      const s = avg(pooledStaff);
      gaps.push({
        block,
        management: m,
        staff: s,
        gap: m - s,
        flagged: Math.abs(m - s) >= GAP_FLAG - SCORE_EPSILON,
        suppressed: false,
      });
    } else {
      gaps.push({ block, management: null, staff: null, gap: null, flagged: null, suppressed: true });
    }

    const candidates = ROLE_ORDER.map((_, c) => ({ key: c, classes: [c] }));
    const fixed = gapShown ? [management, pooledStaff] : [];
    for (const c of showableGroups(counts, candidates, fixed, MIN_GROUP)) {
      roles.push({ block, role: ROLE_ORDER[c] as RespondentRole, n: counts[c] as number, score: avg([c]) });
    }
  }
  return { gaps, roles };
}
