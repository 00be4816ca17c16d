import type { Comparison } from '../../../shared/pool/schemas';
import type { ResultsWithHistory } from '../../../shared/results/schemas';
import type { Language, RespondentRole } from '../../../shared/domain/identifiers';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import type { ManagementReportInput } from '../../../shared/reports/management';
import { roundHistory } from '../../../shared/results/history';
import { scoreAssessment, type ScoringAnswer, type ScoringRespondent } from '../../../shared/results/results';

/**
 * A realistic round on the default framework, made deterministically: `roles` respondents answer each
 * question with a score that depends on block, role and respondent, so blocks differ, management scores
 * a little higher than staff and opinions vary.
 */
export function roundResults(
  roles: Partial<Record<RespondentRole, number>> = { management: 5, staff: 8, frontline: 4 },
  seed = 1,
): ResultsWithHistory {
  const respondents: ScoringRespondent[] = [];
  for (const [role, count] of Object.entries(roles) as [RespondentRole, number][]) {
    for (let i = 0; i < count; i++) respondents.push({ id: `${role}-${i}`, role });
  }
  const answers: ScoringAnswer[] = [];
  respondents.forEach((r, ri) => {
    sxDefault.questions.forEach((q, qi) => {
      const block = Number(q.id.slice(1, q.id.indexOf('.')));
      if ((ri * 7 + qi * 3 + seed) % 29 === 0) return; // skipped
      if ((ri * 5 + qi + seed) % 31 === 0) {
        answers.push({ respondentId: r.id, questionId: q.id, score: null });
        return;
      }
      const base = 1.6 + ((block * 37 + seed * 11) % 9) * 0.33 + (r.role === 'management' ? 0.6 : 0);
      const noise = ((ri * 13 + qi * 17 + seed) % 5) - 2;
      answers.push({
        respondentId: r.id,
        questionId: q.id,
        score: Math.max(1, Math.min(5, Math.round(base + noise * 0.6))),
      });
    });
  });
  const shifts = sxDefault.shifts.map((s, i) => ({ id: s.id, now: 2 + (i % 5), desired: 6 + (i % 4) }));
  const results = scoreAssessment(sxDefault, respondents, answers, shifts);
  return {
    ...results,
    assessmentId: 'as_current',
    framework: { id: sxDefault.id, version: sxDefault.version },
    previous: null,
  };
}

/** The same round with an earlier finalized round to compare with. */
export function withPrevious(results: ResultsWithHistory): ResultsWithHistory {
  const before = roundResults({ management: 4, staff: 7, frontline: 3 }, 5);
  return {
    ...results,
    previous: roundHistory(
      results,
      { assessmentId: 'as_previous', round: 'Baseline 2025', heldOn: '2025-10-14' },
      before,
    ),
  };
}

/** A comparison as `pool.compare` answers it: below k suppressed whole, with no statistic and no n. */
export function comparisonFor(results: ResultsWithHistory, n = 240, k = 5): Comparison {
  const suppressed = n < k;
  const stats = (score: number | null, i: number) => {
    const median = 2.6 + (i % 4) * 0.2;
    if (suppressed) {
      return {
        score,
        n: null,
        mean: null,
        sd: null,
        p10: null,
        p25: null,
        median: null,
        p75: null,
        p90: null,
        percentileRank: null,
        suppressed,
      };
    }
    return {
      score,
      n,
      mean: median + 0.02,
      sd: 0.7,
      p10: median - 0.9,
      p25: median - 0.45,
      median,
      p75: median + 0.4,
      p90: median + 0.8,
      percentileRank: score === null ? null : Math.round(Math.min(99, Math.max(1, 50 + (score - median) * 40))),
      suppressed,
    };
  };
  return {
    framework: 'sx-default',
    filters: { sector: ['K'], size: [], country: ['NL'], from: 2023, to: null },
    k,
    n: suppressed ? null : n,
    synthetic: false,
    suppressed,
    blocks: results.blocks.map((b, i) => ({ block: b.id, ...stats(b.score, i) })),
    overall: stats(results.overall.score, 1),
  };
}

export function reportInput(
  overrides: Partial<ManagementReportInput> = {},
  language: Language = 'nl',
): ManagementReportInput {
  const results = overrides.results ?? withPrevious(roundResults());
  return {
    language,
    generatedOn: '2026-11-22',
    framework: sxDefault,
    results,
    assessment: { round: 'Follow-up 2026', mode: 'survey', status: 'finalized', heldOn: '2026-11-03' },
    engagement: { title: 'Excellence programme 2026', clientName: 'Gemeente Voorbeeld', lead: 'Anna de Vries' },
    respondentsByRole: { management: 5, staff: 8, frontline: 4 },
    benchmark: { comparison: comparisonFor(results) },
    branding: { firmName: 'Thomassen & Partners', accent: '#1f4e79', font: 'Calibri', logo: null },
    warnings: [],
    ...overrides,
  };
}
