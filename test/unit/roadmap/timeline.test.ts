import { describe, expect, it } from 'vitest';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { datePosition, layoutTimeline, type TimelineInitiative } from '../../../shared/roadmap/timeline';

const initiative = (
  id: string,
  start: string,
  end: string,
  blocks: string[],
  extra: Partial<TimelineInitiative> = {},
) => ({
  id,
  start,
  end,
  blocks,
  status: 'planned' as const,
  priority: 1,
  milestones: [],
  dependsOn: [],
  ...extra,
});

describe('the timeline layout', () => {
  const horizon = { first: '2027-Q1', quarters: 8 };

  it('gives each lane with initiatives a header row and each initiative a row, lanes in framework order', () => {
    const layout = layoutTimeline(
      [
        initiative('c', '2027-Q3', '2027-Q4', ['B8']),
        initiative('a', '2027-Q2', '2027-Q3', ['B5', 'B8']),
        initiative('b', '2027-Q1', '2027-Q2', ['B5']),
      ],
      horizon,
      sxDefault,
      { swimlanes: 'block', today: null },
    );
    expect(layout.lanes.map((l) => [l.id, l.row, l.bars.map((b) => [b.id, b.row, b.from, b.to])])).toEqual([
      [
        'B5',
        0,
        [
          ['b', 1, 0, 1],
          ['a', 2, 1, 2],
        ],
      ],
      ['B8', 3, [['c', 4, 2, 3]]],
    ]);
    expect(layout.rows).toBe(5);
  });

  it('groups by dimension when asked', () => {
    const layout = layoutTimeline(
      [initiative('a', '2027-Q1', '2027-Q1', ['B5']), initiative('b', '2027-Q1', '2027-Q1', ['B6'])],
      horizon,
      sxDefault,
      { swimlanes: 'dimension', today: null },
    );
    expect(layout.lanes.map((l) => [l.id, l.bars.length])).toEqual([['D3', 2]]);
  });

  it('cuts bars at the horizon and says so; hides one wholly outside', () => {
    const layout = layoutTimeline(
      [
        initiative('a', '2026-Q3', '2027-Q2', ['B1']),
        initiative('b', '2028-Q4', '2029-Q2', ['B1']),
        initiative('c', '2030-Q1', '2030-Q2', ['B1']),
      ],
      horizon,
      sxDefault,
      { swimlanes: 'block', today: null },
    );
    const bars = layout.lanes[0]?.bars ?? [];
    expect(bars.map((b) => [b.id, b.from, b.to, b.cutStart, b.cutEnd, b.visible])).toEqual([
      ['a', 0, 1, true, false, true],
      ['b', 7, 7, false, true, true],
      ['c', 12, 7, false, true, false],
    ]);
  });

  it('draws a dependency from the end of one bar to the start of the other', () => {
    const layout = layoutTimeline(
      [
        initiative('a', '2027-Q1', '2027-Q2', ['B1']),
        initiative('b', '2027-Q3', '2027-Q4', ['B2'], { dependsOn: ['a'] }),
      ],
      horizon,
      sxDefault,
      { swimlanes: 'block', today: '2027-02-15' },
    );
    expect(layout.arrows).toEqual([{ from: 'a', to: 'b', fromRow: 1, toRow: 3, fromAt: 2, toAt: 2 }]);
    expect(layout.today).toBeCloseTo(45 / 90, 5);
  });

  it('places a date inside its quarter by the day', () => {
    expect(datePosition('2027-01-01', '2027-Q1')).toBe(0);
    expect(datePosition('2027-04-01', '2027-Q1')).toBe(1);
    expect(datePosition('2027-12-31', '2027-Q1')).toBeCloseTo(3 + 91 / 92, 5);
    expect(datePosition('2026-12-31', '2027-Q1')).toBeLessThan(0);
  });
});
