import type { RespondentRole } from '../../shared/domain/identifiers';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { prng } from '../../shared/pool/synthetic';
import type { ServiceContext } from '../api/context';
import { setAnswer, setShiftPositions } from '../assessments/answers';
import { createAssessment, finalizeAssessment } from '../assessments/assessments';
import { createRespondent } from '../assessments/respondents';
import { getSettings } from '../settings/settings';

/**
 * Two finalized survey rounds on one demo engagement, so a new user sees results, a change between rounds
 * and a report at once: 25 respondents in three roles each time (5 management, 12 staff, 8 frontline),
 * drawn by a seeded generator (no Math.random), so every demo database holds the same answers. The rounds
 * are in a demo client's engagement and are never contributed to the benchmark pool.
 *
 * The story the numbers tell: management sees the organisation more favourably than the shop floor, the
 * follow-up rises clearly on customer focus and leadership, stays level elsewhere, and dips on one block.
 */

const ROLES: { role: RespondentRole; prefix: string; count: number; bias: number }[] = [
  { role: 'management', prefix: 'M', count: 5, bias: 0.6 },
  { role: 'staff', prefix: 'S', count: 12, bias: 0 },
  { role: 'frontline', prefix: 'F', count: 8, bias: -0.25 },
];

/** Each block's level at the baseline, and its change by the follow-up (B1…B9). */
const BASELINE = [3.2, 3.4, 2.7, 2.9, 3.0, 2.6, 2.8, 2.5, 2.4];
const CHANGE = [0.1, 0.55, 0.05, 0.5, 0.0, 0.45, -0.5, 0.05, 0.1];

/** Where the team places itself on the ten paradigm shifts (0 old, 10 new), now and where it wants to be. */
const SHIFTS = [
  [3, 8],
  [4, 8],
  [2, 7],
  [5, 9],
  [3, 7],
  [4, 8],
  [2, 6],
  [3, 8],
  [5, 8],
  [4, 9],
];

interface DemoRound {
  heldOn: string;
  seed: number;
  followUp: boolean;
}

const ROUNDS: DemoRound[] = [
  { heldOn: '2025-10-14', seed: 2025, followUp: false },
  { heldOn: '2026-10-06', seed: 2026, followUp: true },
];

export function seedDemoRounds(ctx: ServiceContext, engagementId: string): number {
  const language = getSettings(ctx).effectiveLanguage;
  for (const spec of ROUNDS) {
    const { id: assessmentId } = createAssessment(ctx, {
      engagementId,
      mode: 'survey',
      heldOn: spec.heldOn,
      frameworkId: sxDefault.id,
      language,
    });
    const random = prng(spec.seed);
    // A rough normal deviate from three uniforms: enough spread for believable answers.
    const noise = () => (random() + random() + random() - 1.5) * 0.9;
    for (const group of ROLES) {
      for (let n = 1; n <= group.count; n++) {
        const { id: respondentId } = createRespondent(ctx, {
          assessmentId,
          code: `${group.prefix}${String(n).padStart(2, '0')}`,
          role: group.role,
          name: null,
        });
        const person = noise() * 0.6;
        sxDefault.questions.forEach((q) => {
          const block = Number.parseInt(q.id.slice(1), 10) - 1;
          const level = (BASELINE[block] ?? 3) + (spec.followUp ? (CHANGE[block] ?? 0) : 0);
          const draw = random();
          // About one answer in thirty is "not applicable", one in sixty left blank.
          if (draw < 1 / 60) return;
          const notApplicable = draw < 1 / 60 + 1 / 30;
          const score = Math.min(5, Math.max(1, Math.round(level + group.bias + person + noise())));
          setAnswer(ctx, {
            assessmentId,
            respondentId,
            questionId: q.id,
            score: notApplicable ? null : score,
            notApplicable,
          });
        });
      }
    }
    const lift = spec.followUp ? 1 : 0;
    setShiftPositions(ctx, {
      assessmentId,
      positions: Object.fromEntries(
        sxDefault.shifts.map((s, i) => {
          const [now, desired] = SHIFTS[i] ?? [3, 8];
          return [s.id, { now: Math.min(10, (now ?? 3) + lift), desired: desired ?? 8 }];
        }),
      ),
    });
    finalizeAssessment(ctx, assessmentId);
  }
  return ROUNDS.length;
}
