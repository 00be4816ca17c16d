import type { ReportWriter } from './writer';

/** Why there is no benchmark comparison, as the end of a sentence. */
export function describeBenchmarkAbsence(w: ReportWriter): string {
  const b = w.input.benchmark;
  if ('comparison' in b) return w.t('absent.belowK', { group: w.groupText(), k: w.f.integer(b.comparison.k) });
  switch (b.reason) {
    case 'notRequested':
      return w.t('absent.notRequested');
    case 'poolBelowK':
      return w.t('absent.poolBelowK', { k: w.f.integer(b.k) });
  }
}
