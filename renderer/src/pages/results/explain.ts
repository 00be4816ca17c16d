import type { TFunction } from 'i18next';
import type { AssessmentMode } from '../../../../shared/assessments/schemas';
import type { BlockResult } from '../../../../shared/results/results';
import type { Formatters } from '../../i18n/format';

/**
 * The sentences behind the figures (docs/statistics.md "Showing a figure"): what was averaged, over how
 * many, and what was left out. Definitions follow shared/results/results.ts.
 */
export interface Explain {
  who(n: number): string;
  score(b: Pick<BlockResult, 'n' | 'notApplicable'>): string;
  index(score: number | null): string;
  n(n: number): string;
  sd(b: Pick<BlockResult, 'n' | 'sd'>): string;
  middleHalf(b: Pick<BlockResult, 'n' | 'middleHalf'>): string;
  consensus(b: Pick<BlockResult, 'sd'>): string;
  notApplicable(): string;
}

export function explainer(t: TFunction, format: Formatters, mode: AssessmentMode): Explain {
  const who = (n: number) => format.count(mode === 'workshop' ? 'results.who.groups' : 'results.who.respondents', n);
  return {
    who,
    score: (b) =>
      b.n === 0
        ? t('results.how.noScore')
        : `${t('results.how.mean', { who: who(b.n) })}; ${format.count('results.how.na', b.notApplicable)}.`,
    index: (score) =>
      score === null
        ? t('results.how.noScore')
        : t('results.how.index', {
            score: format.decimal(score, 2),
            index: format.decimal(((score - 1) / 4) * 100, 1),
          }),
    n: (n) => t('results.how.n', { who: who(n) }),
    sd: (b) => (b.sd === null ? t('results.how.sdNone') : t('results.how.sd', { who: who(b.n) })),
    middleHalf: (b) =>
      b.n === 0
        ? t('results.how.noScore')
        : b.middleHalf === null
          ? t('results.how.middleHalfNone')
          : t('results.how.middleHalf', { who: who(b.n) }),
    consensus: (b) =>
      b.sd === null
        ? t('results.how.sdNone')
        : b.sd <= 1
          ? t('results.how.consensusYes', { sd: format.decimal(b.sd, 2), limit: format.decimal(1, 1) })
          : t('results.how.consensusNo', { sd: format.decimal(b.sd, 2), limit: format.decimal(1, 1) }),
    notApplicable: () => t('results.how.notApplicable'),
  };
}
