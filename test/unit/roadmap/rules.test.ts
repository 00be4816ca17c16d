import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycle, outsideHorizon, startsBeforeDependencyEnds, withDependencies } from '../../../shared/roadmap/rules';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

/** Kahn's algorithm: an independent check that a graph has no cycle. */
function acyclic(edges: ReadonlyMap<string, readonly string[]>): boolean {
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flat()]);
  const indegree = new Map([...nodes].map((n) => [n, 0]));
  for (const targets of edges.values()) for (const t of targets) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  const ready = [...nodes].filter((n) => indegree.get(n) === 0);
  let seen = 0;
  while (ready.length > 0) {
    const n = ready.pop() as string;
    seen++;
    for (const t of edges.get(n) ?? []) {
      indegree.set(t, (indegree.get(t) ?? 0) - 1);
      if (indegree.get(t) === 0) ready.push(t);
    }
  }
  return seen === nodes.size;
}

describe('dependency cycles', () => {
  it('finds a cycle and names it along its edges', () => {
    expect(findCycle(graph({ a: ['b'], b: ['c'], c: [] }))).toBeNull();
    expect(findCycle(graph({ a: ['b'], b: ['c'], c: ['a'] }))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(graph({ a: ['a'] }))).toEqual(['a', 'a']);
  });

  it('follows a chain of 10,000 without overflowing the stack', () => {
    const edges = new Map(Array.from({ length: 10_000 }, (_, i) => [`n${i}`, i < 9_999 ? [`n${i + 1}`] : []]));
    expect(findCycle(edges)).toBeNull();
    edges.set('n9999', ['n0']);
    expect(findCycle(edges)).toHaveLength(10_001);
  });

  it('answers exactly when a graph has a cycle, and the cycle it names is real', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const edgesArb = fc.dictionary(fc.constantFrom(...ids), fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }));
    fc.assert(
      fc.property(edgesArb, (raw) => {
        const edges = graph(raw);
        const cycle = findCycle(edges);
        expect(cycle === null).toBe(acyclic(edges));
        if (cycle) {
          expect(cycle[0]).toBe(cycle.at(-1));
          for (let i = 0; i + 1 < cycle.length; i++) expect(edges.get(cycle[i] as string)).toContain(cycle[i + 1]);
        }
      }),
    );
  });

  it('never lets a cycle be saved: a roadmap that only accepts what findCycle allows stays acyclic', () => {
    const ids = ['i1', 'i2', 'i3', 'i4', 'i5'];
    const attempt = fc.record({
      id: fc.constantFrom(...ids),
      dependsOn: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 30 }), (attempts) => {
        let saved = ids.map((id) => ({ id, dependsOn: [] as readonly string[] }));
        for (const a of attempts) {
          const next = withDependencies(saved, a.id, a.dependsOn);
          if (findCycle(next) !== null) continue;
          saved = saved.map((i) => (i.id === a.id ? { id: i.id, dependsOn: a.dependsOn } : i));
          expect(acyclic(new Map(saved.map((i) => [i.id, i.dependsOn])))).toBe(true);
        }
      }),
    );
  });
});

describe('warnings that are not refusals', () => {
  it('flags an initiative reaching outside the horizon', () => {
    const horizon = { first: '2027-Q1', quarters: 4 };
    expect(outsideHorizon({ start: '2027-Q1', end: '2027-Q4' }, horizon)).toBe(false);
    expect(outsideHorizon({ start: '2026-Q4', end: '2027-Q2' }, horizon)).toBe(true);
    expect(outsideHorizon({ start: '2027-Q3', end: '2028-Q1' }, horizon)).toBe(true);
  });

  it('flags a start in or before the quarter a dependency ends', () => {
    const byId = new Map([
      ['a', { end: '2027-Q2' }],
      ['b', { end: '2026-Q4' }],
    ]);
    expect(
      startsBeforeDependencyEnds({ id: 'x', start: '2027-Q2', end: '2027-Q4', dependsOn: ['a', 'b'] }, byId),
    ).toEqual(['a']);
    expect(startsBeforeDependencyEnds({ id: 'x', start: '2027-Q3', end: '2027-Q4', dependsOn: ['a'] }, byId)).toEqual(
      [],
    );
  });
});
