/**
 * What a reader can work out by combining shown figures linearly.
 *
 * Every figure a view shows of a group of pool records is a count or a sum over that group: its n, a block's
 * total (n · mean), a count of scores below the client's (the percentile rank) — each a linear function of
 * the group's indicator vector 1_G over the records. Figures of several groups combined linearly give the
 * same function of any vector v in the span of their indicators (12 · mean − 11 · mean is v = 1_G − 1_H).
 * Such a v singles out the records where it is non-zero: when that support has fewer than k records, the
 * reader learns their scores (or a difference of them) exactly.
 *
 * Records the reader already knows — synthetic ones, the client's own — can be subtracted from any figure,
 * so they are taken out of every group first: what remains is what the view tells about the others.
 *
 * `isolatedSet` answers, exactly, whether any non-zero v in the span of the shown groups' indicators,
 * restricted to the unknown records, is zero outside a set T of fewer than k of them. Such a v is constant
 * on each atom — the records that belong to exactly the same shown groups — so its support is a union of
 * atoms, and it exists for a union T exactly when leaving T's columns out lowers the rank of the groups'
 * matrix. The check therefore tries every union of atoms smaller than k (there are few atoms: at most one
 * per combination of shown groups) and returns the smallest that can be singled out, or null.
 */
export function isolatedSet(
  groups: readonly (readonly number[])[],
  known: ReadonlySet<number>,
  k: number,
): number[] | null {
  const members = groups.map((g) => new Set(g));
  const atoms = new Map<string, number[]>();
  for (const r of [...new Set(groups.flat())].sort((a, b) => a - b)) {
    if (known.has(r)) continue;
    const pattern = members.map((m) => (m.has(r) ? '1' : '0')).join('');
    atoms.set(pattern, [...(atoms.get(pattern) ?? []), r]);
  }
  const patterns = [...atoms.keys()];
  const matrix = (columns: string[]) => members.map((_, g) => columns.map((p) => Number(p[g])));
  const full = rank(matrix(patterns));
  if (full === 0) return null;
  let best: number[] | null = null;
  for (let mask = 1; mask < 2 ** patterns.length; mask++) {
    const chosen = patterns.filter((_, i) => (mask >> i) & 1);
    const records = chosen.flatMap((p) => atoms.get(p) as number[]);
    if (records.length >= k || (best !== null && records.length >= best.length)) continue;
    if (rank(matrix(patterns.filter((p) => !chosen.includes(p)))) < full) best = records.sort((a, b) => a - b);
  }
  return best;
}

/** Rank by Gaussian elimination with partial pivoting; the entries are small integers. */
export function rank(matrix: readonly (readonly number[])[]): number {
  const m = matrix.map((row) => [...row]);
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) {
      if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
    }
    if (Math.abs(m[pivot]![c]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = r + 1; i < m.length; i++) {
      const f = m[i]![c]! / m[r]![c]!;
      if (f !== 0) for (let j = c; j < width; j++) m[i]![j] = m[i]![j]! - f * m[r]![j]!;
    }
    r++;
  }
  return r;
}
