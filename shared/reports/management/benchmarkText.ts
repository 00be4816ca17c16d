import type { ReportWriter } from './writer';

/** Why there is no benchmark comparison, as the end of a sentence. */
export function describeBenchmarkAbsence(w: ReportWriter): string {
  const b = w.input.benchmark;
  if ('comparison' in b) {
    return w.t('absent.belowK', {
      group: w.groupText(),
      n: w.f.integer(b.comparison.n),
      k: w.f.integer(b.comparison.k),
    });
  }
  switch (b.reason) {
    case 'notRequested':
      return w.t('absent.notRequested');
    case 'emptyPool':
      return w.t('absent.emptyPool');
    case 'belowK':
      return w.t('absent.belowK', {
        group: w.groupText(b.filters),
        n: w.f.integer(b.n),
        k: w.f.integer(b.k),
      });
  }
}
