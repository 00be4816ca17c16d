import { compareQuarters, quarterIndex } from './quarter';

/**
 * The roadmap's rules (docs/roadmap.md "Rules"). Refused: an end before the start (the input schemas), and
 * a dependency that closes a cycle — no order of work could satisfy it. Flagged, never refused: an
 * initiative outside the horizon, and one that starts before an initiative it depends on ends (work may
 * overlap on purpose; the consultant decides).
 */

export interface PlannedInitiative {
  id: string;
  start: string;
  end: string;
  dependsOn: readonly string[];
}

/**
 * A dependency cycle in the graph, as the ids along it (the first id repeated at the end), or null when
 * there is none. Depth-first with colours; iterative, so a long chain cannot overflow the stack.
 */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const ids = [...edges.keys()].sort();
  for (const root of ids) {
    if (state.has(root)) continue;
    const path: string[] = [];
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    path.push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const targets = edges.get(top.id) ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const to = targets[top.next++] as string;
      const seen = state.get(to);
      if (seen === 'open') return [...path.slice(path.indexOf(to)), to];
      if (seen === 'done') continue;
      state.set(to, 'open');
      path.push(to);
      stack.push({ id: to, next: 0 });
    }
  }
  return null;
}

/** The dependency graph with one initiative's dependencies replaced: what a save would make of it. */
export function withDependencies(
  initiatives: readonly Pick<PlannedInitiative, 'id' | 'dependsOn'>[],
  id: string,
  dependsOn: readonly string[],
): Map<string, readonly string[]> {
  const edges = new Map<string, readonly string[]>(initiatives.map((i) => [i.id, i.dependsOn]));
  edges.set(id, dependsOn);
  return edges;
}

export interface Horizon {
  first: string;
  quarters: number;
}

/** Whether any part of the initiative falls outside the horizon's quarters. */
export function outsideHorizon(i: Pick<PlannedInitiative, 'start' | 'end'>, horizon: Horizon): boolean {
  const first = quarterIndex(horizon.first);
  const last = first + horizon.quarters - 1;
  return quarterIndex(i.start) < first || quarterIndex(i.end) > last;
}

/** The dependencies that end in or after the quarter this initiative starts. */
export function startsBeforeDependencyEnds(
  i: PlannedInitiative,
  byId: ReadonlyMap<string, Pick<PlannedInitiative, 'end'>>,
): string[] {
  return i.dependsOn.filter((d) => {
    const dependency = byId.get(d);
    return dependency !== undefined && compareQuarters(i.start, dependency.end) <= 0;
  });
}
