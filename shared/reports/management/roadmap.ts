import { quarterLabel } from '../../roadmap/quarter';
import type { ReportWriter } from './writer';
import { keyFromData } from '../../i18n/keys';

/** How many initiatives the management report names; the roadmap document has them all. */
export const ROADMAP_TOP = 5;

/**
 * A short roadmap section when the engagement has initiatives: what the roadmap holds, its first priorities
 * and which block targets the latest round meets. The roadmap's own document has the detail.
 */
export function writeRoadmap(w: ReportWriter): void {
  const roadmap = w.input.roadmap;
  if (!roadmap || roadmap.initiatives.length === 0) return;
  const { f } = w;
  const t = (key: string, options?: Record<string, unknown>) =>
    w.tAny(keyFromData(`roadmap.management.${key}`), options);
  const quarter = (q: string) => quarterLabel(q, w.input.language);
  const { initiatives, horizon, targets } = roadmap;

  w.heading(1, t('title'));
  w.paragraph(
    t('intro', {
      count: initiatives.length,
      number: f.integer(initiatives.length),
      first: quarter(horizon.first),
      last: quarter(horizon.last),
    }),
  );
  const top = initiatives.slice(0, ROADMAP_TOP);
  w.table(
    'roadmap',
    t('table', { count: top.length }),
    [
      { header: t('columns.initiative'), align: 'left', weight: 5 },
      { header: t('columns.blocks'), align: 'left', weight: 1.6 },
      { header: t('columns.period'), align: 'left', weight: 2.6 },
      { header: t('columns.status'), align: 'left', weight: 1.8 },
    ],
    top.map((i) => [
      { text: `${i.priority}. ${i.title}`, bold: true },
      { text: i.blocks.join(', ') },
      { text: i.start === i.end ? quarter(i.start) : `${quarter(i.start)} – ${quarter(i.end)}` },
      { text: w.tAny(`roadmap.statuses.${i.status}`) },
    ]),
  );
  if (targets.length > 0) {
    const met = targets.filter((x) => x.met === true);
    w.paragraph(
      met.length > 0
        ? t('targetsMet', {
            count: met.length,
            total: f.integer(targets.length),
            blocks: w.list(met.map((x) => `${x.block} (${f.score1(x.now ?? 0)} ≥ ${f.score1(x.target)})`)),
          })
        : t('targetsOpen', { total: f.integer(targets.length) }),
    );
  }
}
