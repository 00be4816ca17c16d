import { MIN_CHANGE } from '../../results/change';
import type { RoadmapWriter } from './writer';

/** How the roadmap's figures came about: priority, the matrix, progress across rounds. */
export function writeMethod(w: RoadmapWriter): void {
  const { t, f } = w;
  w.heading(1, t('method.title'));
  w.heading(2, t('method.priorityTitle'));
  w.paragraph(t('method.priority'));
  w.heading(2, t('method.matrixTitle'));
  w.paragraph(t('method.matrix'));
  w.heading(2, t('method.progressTitle'));
  w.paragraph(t('method.progress', { min: f.score2(MIN_CHANGE) }));
}
