import { quarterEnd, quarterIndex, quarterOf, quarterStart } from './quarter';
import type { InitiativeStatus } from './schemas';

/**
 * The quarter timeline as positions, shared by the screen and the Word picture: swimlanes (one per building
 * block or per dimension, in framework order, only those with initiatives), one row per initiative under
 * its lane's header row, bars from the start quarter's column to the end quarter's, milestones and today
 * as fractional column positions, and dependency arrows between rows. Columns count from the horizon's
 * first quarter; a bar reaching outside the horizon is cut at its edge and says so.
 */

export type Swimlanes = 'block' | 'dimension';

export interface TimelineInitiative {
  id: string;
  start: string;
  end: string;
  blocks: readonly string[];
  status: InitiativeStatus;
  priority: number;
  milestones: readonly { due: string; done: boolean }[];
  dependsOn: readonly string[];
}

export interface TimelineBar {
  id: string;
  /** Row in the whole timeline (lane headers count as rows). */
  row: number;
  /** First and last column, clamped to the horizon; `to` ≥ `from` unless the bar lies wholly outside. */
  from: number;
  to: number;
  visible: boolean;
  cutStart: boolean;
  cutEnd: boolean;
  status: InitiativeStatus;
  priority: number;
  milestones: { at: number; done: boolean }[];
}

export interface TimelineLane {
  id: string;
  /** The lane's header row. */
  row: number;
  bars: TimelineBar[];
}

export interface TimelineLayout {
  columns: number;
  rows: number;
  lanes: TimelineLane[];
  /** Arrows from the end of a dependency's bar to the start of the bar that waits for it. */
  arrows: { from: string; to: string; fromRow: number; toRow: number; fromAt: number; toAt: number }[];
  /** Today as a fractional column; null outside the horizon. */
  today: number | null;
}

/** Where a calendar date lies, in columns from the horizon's first quarter (fractions within a quarter). */
export function datePosition(isoDate: string, firstQuarter: string): number {
  const q = quarterOf(isoDate);
  const startMs = Date.parse(`${quarterStart(q)}T00:00:00Z`);
  const endMs = Date.parse(`${quarterEnd(q)}T00:00:00Z`) + 86_400_000;
  const dayMs = Date.parse(`${isoDate}T00:00:00Z`);
  return quarterIndex(q) - quarterIndex(firstQuarter) + (dayMs - startMs) / (endMs - startMs);
}

export function layoutTimeline(
  initiatives: readonly TimelineInitiative[],
  horizon: { first: string; quarters: number },
  framework: { blocks: readonly { id: string; dimension: string }[]; dimensions: readonly { id: string }[] },
  options: { swimlanes: Swimlanes; today: string | null },
): TimelineLayout {
  const first = quarterIndex(horizon.first);
  const columns = horizon.quarters;
  const dimensionOf = new Map(framework.blocks.map((b) => [b.id, b.dimension]));
  const laneIds =
    options.swimlanes === 'block' ? framework.blocks.map((b) => b.id) : framework.dimensions.map((d) => d.id);
  const laneOf = (i: TimelineInitiative) => {
    const block = i.blocks[0] ?? '';
    return options.swimlanes === 'block' ? block : (dimensionOf.get(block) ?? '');
  };
  const members = new Map<string, TimelineInitiative[]>();
  for (const i of initiatives) {
    const lane = laneOf(i);
    members.set(lane, [...(members.get(lane) ?? []), i]);
  }
  // Lanes the framework does not know (a block from another version) come last, by id.
  const extra = [...members.keys()].filter((id) => !laneIds.includes(id)).sort();

  const lanes: TimelineLane[] = [];
  let row = 0;
  for (const id of [...laneIds, ...extra]) {
    const list = members.get(id);
    if (!list || list.length === 0) continue;
    const header = row++;
    const ordered = [...list].sort(
      (a, b) => quarterIndex(a.start) - quarterIndex(b.start) || a.priority - b.priority || (a.id < b.id ? -1 : 1),
    );
    const bars = ordered.map((i): TimelineBar => {
      const from = quarterIndex(i.start) - first;
      const to = quarterIndex(i.end) - first;
      return {
        id: i.id,
        row: row++,
        from: Math.max(0, from),
        to: Math.min(columns - 1, to),
        visible: to >= 0 && from <= columns - 1,
        cutStart: from < 0,
        cutEnd: to > columns - 1,
        status: i.status,
        priority: i.priority,
        milestones: i.milestones
          .map((m) => ({ at: datePosition(m.due, horizon.first), done: m.done }))
          .filter((m) => m.at >= 0 && m.at <= columns),
      };
    });
    lanes.push({ id, row: header, bars });
  }

  const barOf = new Map(lanes.flatMap((l) => l.bars.map((b) => [b.id, b] as const)));
  const arrows: TimelineLayout['arrows'] = [];
  for (const i of initiatives) {
    const to = barOf.get(i.id);
    if (!to?.visible) continue;
    for (const d of i.dependsOn) {
      const from = barOf.get(d);
      if (!from?.visible) continue;
      arrows.push({ from: d, to: i.id, fromRow: from.row, toRow: to.row, fromAt: from.to + 1, toAt: to.from });
    }
  }

  const today = options.today === null ? null : datePosition(options.today, horizon.first);
  return { columns, rows: row, lanes, arrows, today: today !== null && today >= 0 && today <= columns ? today : null };
}
