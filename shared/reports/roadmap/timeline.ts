import {
  TIMELINE_HEADER,
  TIMELINE_ROW_HEIGHT,
  type RoadmapTimelineInput,
  type TimelineBarLook,
} from '../../charts/roadmapTimeline';
import { quartersFrom } from '../../roadmap/quarter';
import type { InitiativeStatus } from '../../roadmap/schemas';
import { layoutTimeline } from '../../roadmap/timeline';
import type { RoadmapWriter } from './writer';

const LOOK: Record<InitiativeStatus, TimelineBarLook> = {
  idea: 'idea',
  planned: 'planned',
  'in-progress': 'active',
  done: 'done',
  'on-hold': 'paused',
  dropped: 'paused',
};

/** The picture's width in CSS pixels: the text width of the page at the report's scale. */
export const TIMELINE_WIDTH = 680;

/** The timeline picture's input: the same layout as the Roadmap tab, swimlanes per building block. */
export function timelineChart(w: RoadmapWriter): { input: RoadmapTimelineInput; height: number } {
  const { roadmap } = w.input;
  const shown = roadmap.initiatives.filter((i) => i.status !== 'dropped');
  const layout = layoutTimeline(shown, roadmap.horizon, w.framework, { swimlanes: 'block', today: roadmap.today.date });
  const byId = new Map(shown.map((i) => [i.id, i]));
  const input: RoadmapTimelineInput = {
    quarters: quartersFrom(roadmap.horizon.first, roadmap.horizon.quarters).map((q) => w.quarter(q)),
    rows: layout.rows,
    lanes: layout.lanes.map((l) => ({ row: l.row, label: w.blockName(l.id) })),
    bars: layout.lanes.flatMap((l) =>
      l.bars
        .filter((b) => b.visible)
        .map((b) => ({
          row: b.row,
          from: b.from,
          to: b.to,
          label: w.initiativeName(byId.get(b.id) ?? { priority: b.priority, title: b.id }),
          look: LOOK[b.status],
          cutStart: b.cutStart,
          cutEnd: b.cutEnd,
          milestones: b.milestones,
        })),
    ),
    arrows: layout.arrows.map(({ fromRow, toRow, fromAt, toAt }) => ({ fromRow, toRow, fromAt, toAt })),
    today: layout.today,
    labels: { today: w.t('timeline.today') },
  };
  return { input, height: TIMELINE_HEADER + Math.max(1, layout.rows) * TIMELINE_ROW_HEIGHT + 8 };
}

export function writeTimeline(w: RoadmapWriter): void {
  const { t } = w;
  const { roadmap } = w.input;
  w.heading(1, t('timeline.title'));
  const shown = roadmap.initiatives.filter((i) => i.status !== 'dropped');
  if (shown.length === 0) {
    w.paragraph(t('timeline.empty'));
    return;
  }
  w.paragraph(t('timeline.intro'));
  const { input, height } = timelineChart(w);
  w.blocks.push({
    kind: 'chart',
    id: 'timeline',
    caption: t('timeline.caption', { first: w.quarter(roadmap.horizon.first), last: w.quarter(roadmap.horizon.last) }),
    alt: t('timeline.alt', {
      list: shown.map((i) => `${w.initiativeName(i)} (${w.period(i.start, i.end)})`).join('; '),
    }),
    width: TIMELINE_WIDTH,
    height: Math.min(1900, height),
    chart: { builder: 'roadmapTimeline', input },
  });
  w.note(t('timeline.legend'));
  const dropped = roadmap.initiatives.length - shown.length;
  if (dropped > 0) w.note(t('timeline.dropped', { count: dropped }));
}
