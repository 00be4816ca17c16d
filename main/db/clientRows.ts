import type { Database } from 'better-sqlite3';
import { type ClientSchema, quoteName, type TableShape } from './clientTables';

/** A cell as SQLite gives it: integers as bigint (exact), reals as number, text, blobs as Buffer, NULL. */
export type Cell = bigint | number | string | Buffer | null;
export type Row = Record<string, Cell>;

export interface ClientRows {
  /** Per owned table (in the schema's order), the client's rows. */
  owned: Map<string, Row[]>;
  /** Per referenced table, the rows the owned rows refer to. */
  referenced: Map<string, Row[]>;
}

/**
 * Every row of one client, table by table, following the foreign keys down from its `clients` row: a row
 * belongs to the client when each of its references to an owned table points at a row already taken (a
 * NULL reference does not exclude it). `keep` narrows a table further (the engagements chosen for a
 * bundle); what hangs below a row left out is left out with it.
 */
export function clientRows(
  db: Database,
  schema: ClientSchema,
  clientId: string,
  keep: (table: string, row: Row) => boolean = () => true,
): ClientRows {
  const owned = new Map<string, Row[]>();
  const ownedNames = new Set(schema.owned.map((t) => t.name));
  const keySets = new Map<string, Set<string>>();
  const keysOf = (table: string, columns: string[]): Set<string> => {
    const id = `${table}\u0000${columns.join('\u0000')}`;
    let set = keySets.get(id);
    if (!set) {
      set = new Set((owned.get(table) ?? []).map((row) => cellKey(columns.map((c) => row[c] ?? null))));
      keySets.set(id, set);
    }
    return set;
  };

  for (const shape of schema.owned) {
    let rows: Row[];
    if (shape.name === 'clients') {
      rows = select(db, `SELECT * FROM clients WHERE id = ?`, [clientId]);
    } else {
      const links = shape.foreignKeys.filter((fk) => ownedNames.has(fk.parent) && fk.parent !== shape.name);
      const single = links.find((fk) => fk.columns.length === 1);
      rows = single
        ? select(
            db,
            `SELECT * FROM ${quoteName(shape.name)} WHERE ${quoteName(single.columns[0]!)} IN (SELECT value FROM json_each(?))`,
            [jsonValues((owned.get(single.parent) ?? []).map((p) => p[single.parentColumns[0]!] ?? null))],
          )
        : select(db, `SELECT * FROM ${quoteName(shape.name)}`, []);
      rows = rows.filter((row) =>
        links.every((fk) => {
          const values = fk.columns.map((c) => row[c] ?? null);
          return values.some((v) => v === null) || keysOf(fk.parent, fk.parentColumns).has(cellKey(values));
        }),
      );
    }
    owned.set(
      shape.name,
      rows.filter((row) => keep(shape.name, row)),
    );
  }
  return { owned, referenced: referencedRows(db, schema, owned) };
}

/** The rows outside the client that its rows refer to, and what those refer to in turn. */
function referencedRows(db: Database, schema: ClientSchema, owned: Map<string, Row[]>): Map<string, Row[]> {
  const referenced = new Map<string, Row[]>();
  const seen = new Map<string, Set<string>>();
  const shapes = new Map<string, TableShape>([...schema.owned, ...schema.referenced].map((t) => [t.name, t]));
  const queue: [string, Row[]][] = [...owned];
  while (queue.length > 0) {
    const [table, rows] = queue.shift()!;
    for (const fk of shapes.get(table)?.foreignKeys ?? []) {
      if (owned.has(fk.parent)) continue;
      const parent = shapes.get(fk.parent);
      if (!parent) continue;
      const found: Row[] = [];
      const taken = seen.get(fk.parent) ?? new Set<string>();
      seen.set(fk.parent, taken);
      const where = fk.parentColumns.map((c) => `${quoteName(c)} IS ?`).join(' AND ');
      for (const row of rows) {
        const values = fk.columns.map((c) => row[c] ?? null);
        if (values.some((v) => v === null)) continue;
        const key = cellKey(values);
        if (taken.has(key)) continue;
        taken.add(key);
        found.push(...select(db, `SELECT * FROM ${quoteName(fk.parent)} WHERE ${where}`, values));
      }
      if (found.length === 0) continue;
      referenced.set(fk.parent, [...(referenced.get(fk.parent) ?? []), ...found]);
      queue.push([fk.parent, found]);
    }
  }
  return referenced;
}

/** Key values for `json_each`: text and numbers as they are (blobs are never keys). */
function jsonValues(cells: Cell[]): string {
  return JSON.stringify(cells.map((v) => (typeof v === 'bigint' ? Number(v) : Buffer.isBuffer(v) ? null : v)));
}

function select(db: Database, sql: string, params: unknown[]): Row[] {
  return db
    .prepare(sql)
    .safeIntegers(true)
    .all(...params) as Row[];
}

/** One string per tuple of cells, equal exactly when the cells are (a bigint and the same number differ not). */
export function cellKey(values: Cell[]): string {
  // The common case, one text id, without building JSON (a bundle's import asks this for every row).
  if (values.length === 1 && typeof values[0] === 'string') return `s${values[0]}`;
  return JSON.stringify(
    values.map((v) => (typeof v === 'bigint' ? Number(v) : Buffer.isBuffer(v) ? { b: v.toString('base64') } : v)),
  );
}
