import { quartersFrom } from '../../roadmap/quarter';
import type { RoadmapWriter } from './writer';

/** Per quarter of the horizon (and before or after it), the initiatives that start in it. */
export function writeQuarters(w: RoadmapWriter): void {
  const { t } = w;
  const { roadmap } = w.input;
  const { initiatives } = roadmap;
  if (initiatives.length === 0) return;
  w.heading(1, t('quarters.title'));
  w.paragraph(t('quarters.intro'));
  const horizon = quartersFrom(roadmap.horizon.first, roadmap.horizon.quarters);
  const starts = [...new Set([...horizon, ...initiatives.map((i) => i.start)])].sort();
  for (const q of starts) {
    const starting = initiatives.filter((i) => i.start === q).sort((a, b) => a.priority - b.priority);
    if (starting.length === 0) continue;
    w.heading(2, t('quarters.heading', { quarter: w.quarter(q) }));
    w.table(
      `quarter-${q}`,
      t('quarters.caption', { quarter: w.quarter(q) }),
      [
        { header: t('columns.initiative'), align: 'left', weight: 4.2 },
        { header: t('columns.blocks'), align: 'left', weight: 2.2 },
        { header: t('columns.until'), align: 'left', weight: 2 },
        { header: t('columns.owner'), align: 'left', weight: 2.4 },
        { header: t('columns.status'), align: 'left', weight: 2 },
      ],
      starting.map((i) => [
        { text: w.initiativeName(i), bold: true },
        { text: i.blocks.join(', ') },
        { text: w.quarter(i.end) },
        i.owner ? { text: i.owner.name } : { text: t('none'), muted: true },
        { text: w.tAny(`roadmap.statuses.${i.status}`) },
      ]),
    );
  }
}
