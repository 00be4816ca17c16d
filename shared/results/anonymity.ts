/**
 * Which respondent groups a results breakdown may show without exposing anyone.
 *
 * Published figures (a mean with its n) let a reader compute the sum of any set that is a difference or
 * union of published sets. The sets a reader can isolate are unions of "atoms": the classes of respondents
 * who belong to exactly the same published sets. So the rule that keeps every derivable group at 0 or at
 * least `minimum` people is: every non-empty atom has at least `minimum` members. The wording —
 * show a role only with ≥ 3, and the rest is 0 or ≥ 3, else hide further groups — is this rule for a
 * plain breakdown by role; the same check also covers the perception gap's pooled staff+frontline group.
 *
 * Every published set here is a union of respondent classes (roles), so atoms are computed on classes
 * and their sizes, not on individual respondents.
 */

export const MIN_GROUP = 3;

/** A published group as the class indices it unites, e.g. [staff, frontline]. */
export type ClassSet = readonly number[];

/**
 * True when every non-empty atom has ≥ minimum members. `sizes[c]` is the number of respondents of class
 * c in the universe (the block's total, which is always published); `published` are further groups.
 */
export function atomsSafe(sizes: readonly number[], published: readonly ClassSet[], minimum = MIN_GROUP): boolean {
  // Each class's signature is a bit mask of the published sets containing it (at most 31 sets).
  const signature = new Array<number>(sizes.length).fill(0);
  published.forEach((set, i) => {
    for (const c of set) signature[c] = (signature[c] as number) | (1 << i);
  });
  const atoms = new Map<number, number>();
  sizes.forEach((size, c) => {
    if (size > 0) atoms.set(signature[c] as number, (atoms.get(signature[c] as number) ?? 0) + size);
  });
  for (const size of atoms.values()) if (size < minimum) return false;
  return true;
}

/**
 * Chooses the groups to show: each candidate (largest first, ties in the given order) is added only when
 * every atom stays at 0 or ≥ minimum together with the groups already published (`fixed`).
 */
export function showableGroups<K>(
  sizes: readonly number[],
  candidates: readonly { key: K; classes: ClassSet }[],
  fixed: readonly ClassSet[] = [],
  minimum = MIN_GROUP,
): K[] {
  // Plain loops: this runs for every block of every results view (a few dozen times per scoring).
  const order: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    let size = 0;
    for (const c of (candidates[i] as { classes: ClassSet }).classes) size += sizes[c] ?? 0;
    n.push(size);
    if (size >= minimum) order.push(i);
  }
  order.sort((a, b) => (n[b] as number) - (n[a] as number) || a - b);
  const published: ClassSet[] = fixed.slice();
  const shown: number[] = [];
  for (const i of order) {
    published.push((candidates[i] as { classes: ClassSet }).classes);
    if (atomsSafe(sizes, published, minimum)) shown.push(i);
    else published.pop();
  }
  shown.sort((a, b) => a - b);
  return shown.map((i) => (candidates[i] as { key: K }).key);
}
