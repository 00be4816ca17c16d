import { describe, expect, it } from 'vitest';
import { blockMovement, type ScoredRound } from '../../../shared/roadmap/progress';

const round = (id: string, blocks: Record<string, [number | null, number, number | null]>): ScoredRound => ({
  assessmentId: id,
  round: id,
  heldOn: null,
  blocks: new Map(Object.entries(blocks).map(([b, [score, n, sd]]) => [b, { score, n, sd }])),
});

describe('progress across rounds', () => {
  const baseline = round('Baseline', { B5: [2.4, 25, 0.6], B6: [3.1, 25, 0.7] });

  it('calls a clear movement of 25 respondents a rise, and a wobble no clear change', () => {
    const later = round('Follow-up', { B5: [3.1, 25, 0.6], B6: [3.15, 25, 0.7] });
    expect(blockMovement('B5', baseline, later, 3.5)).toMatchObject({
      start: { round: 'Baseline', score: 2.4 },
      now: { round: 'Follow-up', score: 3.1 },
      change: 'rise',
      met: false,
    });
    expect(blockMovement('B6', baseline, later, 3.1)).toMatchObject({ change: 'none', met: true });
  });

  it('has no movement while the latest round is the one it started from', () => {
    expect(blockMovement('B5', baseline, baseline, 2)).toMatchObject({
      now: null,
      change: null,
      delta: null,
      met: true,
    });
  });

  it('has no target and no start without a baseline round', () => {
    expect(blockMovement('B5', null, baseline, null)).toMatchObject({
      start: null,
      now: { score: 2.4 },
      met: null,
      change: null,
    });
  });
});
