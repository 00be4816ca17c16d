import type { TableEntry } from './tableEntry';

/**
 * Columns a migration removed from a table that travels in bundles, with the last schema version that had
 * them. A bundle made before that migration still carries them; their values were copies of what the rows
 * say otherwise, so they are left out on import instead of refusing the bundle as one with unknown columns.
 */
const RETIRED: readonly { table: string; column: string; lastSchemaVersion: number }[] = [
  // Migration 13: an answer belongs to its round through its respondent (main/db/migrations/013-*).
  { table: 'answers', column: 'assessment_id', lastSchemaVersion: 12 },
];

/** The entry without the columns its bundle's schema version still had and this app no longer has. */
export function withoutRetiredColumns(entry: TableEntry, bundleSchemaVersion: number): TableEntry {
  const retired = RETIRED.filter(
    (r) => r.table === entry.table && bundleSchemaVersion <= r.lastSchemaVersion && entry.columns.includes(r.column),
  ).map((r) => r.column);
  if (retired.length === 0) return entry;
  const keep = entry.columns.map((c, i) => (retired.includes(c) ? -1 : i)).filter((i) => i >= 0);
  return {
    table: entry.table,
    columns: keep.map((i) => entry.columns[i]!),
    rows: entry.rows.map((row) => keep.map((i) => row[i]!)),
  };
}
