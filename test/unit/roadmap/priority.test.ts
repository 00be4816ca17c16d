import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapPoints, priorityOrder, priorityScore, quadrantOf, type Rankable } from '../../../shared/roadmap/priority';

describe('priority score', () => {
  it('weighs impact twice, adds the gap and halves the value at the highest effort', () => {
    expect(priorityScore({ impact: 5, effort: 1, gapScore: 1.5, gapTarget: 3.5 })).toBeCloseTo(100);
    expect(priorityScore({ impact: 5, effort: 5, gapScore: 1.5, gapTarget: 3.5 })).toBeCloseTo(50);
    expect(priorityScore({ impact: 3, effort: 3, gapScore: null, gapTarget: null })).toBeCloseTo(
      ((100 * (6 + 2.5)) / 15) * (4 / 6),
    );
  });

  it('counts 2.5 points per scale point of gap, at most 5, to 3.5 without a target', () => {
    expect(gapPoints(3, 4)).toBe(2.5);
    expect(gapPoints(1, 5)).toBe(5);
    expect(gapPoints(4, 3)).toBe(0);
    expect(gapPoints(2.5, null)).toBe(2.5);
    expect(gapPoints(null, 4)).toBe(2.5);
  });

  it('rises with impact and with the gap, and falls with effort', () => {
    const rating = fc.integer({ min: 1, max: 5 });
    const score = fc.double({ min: 1, max: 5, noNaN: true });
    fc.assert(
      fc.property(rating, rating, score, score, (impact, effort, s, target) => {
        const base = priorityScore({ impact, effort, gapScore: s, gapTarget: target });
        if (impact < 5)
          expect(priorityScore({ impact: impact + 1, effort, gapScore: s, gapTarget: target })).toBeGreaterThan(base);
        if (effort < 5)
          expect(priorityScore({ impact, effort: effort + 1, gapScore: s, gapTarget: target })).toBeLessThan(base);
        expect(
          priorityScore({ impact, effort, gapScore: Math.max(1, s - 0.5), gapTarget: target }),
        ).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});

const rankable = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  createdAt: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
  score: fc.constantFrom(10, 20, 20, 35.5, 60),
  rank: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
});
const items = fc.uniqueArray(rankable, { selector: (i) => i.id, maxLength: 12 });

describe('priority order', () => {
  it('is stable: the same initiatives give the same order, whatever order they arrive in', () => {
    fc.assert(
      fc.property(
        items.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          expect(priorityOrder(shuffled)).toEqual(priorityOrder(list));
        },
      ),
    );
  });

  it('keeps every initiative exactly once, puts a ranked one at its rank when the ranks before it allow, and the rest by score', () => {
    fc.assert(
      fc.property(items, (list) => {
        const order = priorityOrder(list);
        expect([...order].sort()).toEqual(list.map((i) => i.id).sort());
        const byId = new Map(list.map((i) => [i.id, i]));
        const free = order.map((id) => byId.get(id) as Rankable).filter((i) => i.rank === null);
        for (let k = 0; k + 1 < free.length; k++) {
          expect((free[k] as Rankable).score).toBeGreaterThanOrEqual((free[k + 1] as Rankable).score);
        }
        const ranks = list.filter((i) => i.rank !== null).map((i) => i.rank as number);
        // Distinct ranks within the list's length land exactly there.
        if (new Set(ranks).size === ranks.length && ranks.every((r) => r <= list.length)) {
          for (const i of list) if (i.rank !== null) expect(order.indexOf(i.id) + 1).toBe(i.rank);
        }
        // Ranked ones keep their order among themselves: by rank.
        const ranked = order.map((id) => byId.get(id) as Rankable).filter((i) => i.rank !== null);
        for (let k = 0; k + 1 < ranked.length; k++) {
          expect((ranked[k] as Rankable).rank as number).toBeLessThanOrEqual(
            (ranked[k + 1] as Rankable).rank as number,
          );
        }
      }),
    );
  });

  it('breaks ties by creation, then id', () => {
    const tie = (id: string, createdAt: string) => ({ id, createdAt, score: 50, rank: null });
    expect(priorityOrder([tie('b', '2026-01-01'), tie('a', '2026-01-01'), tie('c', '2025-12-31')])).toEqual([
      'c',
      'a',
      'b',
    ]);
  });
});

describe('impact and effort matrix', () => {
  it('names the quadrants at 3 and above as high', () => {
    expect(quadrantOf(4, 2)).toBe('quickWin');
    expect(quadrantOf(3, 3)).toBe('bigBet');
    expect(quadrantOf(2, 1)).toBe('fillIn');
    expect(quadrantOf(1, 5)).toBe('reconsider');
  });
});
