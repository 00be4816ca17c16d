/**
 * Which respondent groups a results breakdown may show without exposing anyone.
 *
 * Published figures (a mean with its n) let a reader compute the sum of any set that is a difference or
 * union of published sets. The sets a reader can isolate are unions of "atoms": the classes of respondents
 * who belong to exactly the same published sets. So the rule that keeps every derivable group at 0 or at
 * least `minimum` people is: every non-empty atom has at least `minimum` members. The wording —
 * show a role only with ≥ 3, and the rest is 0 or ≥ 3, else hide further groups — is this rule for a
 * plain breakdown by role; the same check also covers the perception gap's pooled staff+frontline group.
 */

export const MIN_GROUP = 3;

/** Respondents as bit sets over their positions; a published group is a set of positions. */
export type Members = readonly number[];

/** True when every non-empty atom of the published sets (within `universe`) has ≥ minimum members. */
export function atomsSafe(universe: Members, published: readonly Members[], minimum = MIN_GROUP): boolean {
  // Each respondent's signature is a bit mask of the published sets they belong to (at most 31 sets);
  // respondents outside the universe are ignored. Integer masks keep this cheap on the results hot path.
  let size = 0;
  for (const r of universe) if (r + 1 > size) size = r + 1;
  const inUniverse = new Uint8Array(size);
  for (const r of universe) inUniverse[r] = 1;
  const signature = new Int32Array(size);
  published.forEach((set, i) => {
    const bit = 1 << i;
    for (const r of set) if (r < size && inUniverse[r]) signature[r] = (signature[r] as number) | bit;
  });
  const atoms = new Map<number, number>();
  for (const r of universe) {
    const sig = signature[r] as number;
    atoms.set(sig, (atoms.get(sig) ?? 0) + 1);
  }
  for (const count of atoms.values()) if (count < minimum) return false;
  return true;
}

/**
 * Chooses the groups to show: each candidate (largest first, ties in the given order) is added only when
 * every atom stays at 0 or ≥ minimum together with the sets already published (`fixed`, e.g. the total).
 */
export function showableGroups<K>(
  universe: Members,
  candidates: readonly { key: K; members: Members }[],
  fixed: readonly Members[] = [],
  minimum = MIN_GROUP,
): K[] {
  const order = candidates
    .map((c, i) => ({ ...c, i }))
    .filter((c) => c.members.length >= minimum)
    .sort((a, b) => b.members.length - a.members.length || a.i - b.i);
  const shown: typeof order = [];
  for (const c of order) {
    const trial = [...fixed, ...shown.map((s) => s.members), c.members];
    if (atomsSafe(universe, trial, minimum)) shown.push(c);
  }
  return shown.sort((a, b) => a.i - b.i).map((s) => s.key);
}
