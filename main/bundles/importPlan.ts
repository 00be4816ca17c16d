import type { Database } from 'better-sqlite3';
import type { BundleClash, BundleDifference, BundleTableCount, KeyValue } from '../../shared/bundles/schemas';
import type { IdPrefix, ServiceContext } from '../api/context';
import { type Cell, cellKey, type Row } from '../db/clientRows';
import { clientSchema, identityColumns, matchKey, quoteName, type TableShape } from '../db/clientTables';
import type { OpenedBundle } from './bundleFile';
import { refuse } from './refusal';
import { withoutRetiredColumns } from './retiredColumns';
import { toRows } from './tableEntry';
import { travellingTables } from './travellingTables';

/**
 * What importing a bundle does, worked out against this database before anything is written, so the
 * preview and the import are the same computation.
 *
 * - Tables are matched by name against this database's schema; a table or column it does not have refuses
 *   the bundle (made by a newer app, or not ours), and so does a row that belongs to no row of the bundle
 *   above it — a bundle can only add to its own client.
 * - By default ids are kept: a row this database lacks is added; one it has alike is unchanged; one it has
 *   otherwise is kept as it is here and listed as a difference — never overwritten. `asNew` gives the
 *   client and every row below it new ids (and the references between them follow), so the copy shares
 *   nothing with the original.
 * - Rows outside the client (framework versions) are added when missing and must otherwise be the same
 *   (their `…_at` columns, when each laptop stored them, aside).
 * - A row that would clash — a unique value another row here has, a row the bundle puts under another
 *   parent than this database does, a shared row with other content — is listed; the import refuses them.
 * - The rowid (`clients.seq`) is this file's own row number: never carried over, never compared.
 */

export interface ImportPlan {
  clientId: string;
  clientName: string;
  /** The client is new here (it was not, or is imported as new). */
  created: boolean;
  engagements: { id: string; title: string }[];
  inserts: { shape: TableShape; columns: string[]; rows: Row[] }[];
  counts: BundleTableCount[];
  differences: BundleDifference[];
  clashes: BundleClash[];
}

export function planImport(ctx: ServiceContext, bundle: OpenedBundle, asNew: boolean): ImportPlan {
  const db = ctx.db;
  const { manifest } = bundle;
  const localVersion = db.pragma('user_version', { simple: true }) as number;
  if (manifest.schemaVersion > localVersion) {
    refuse(
      'newer_schema',
      `The bundle was made by a newer version of SX Workbench (${manifest.appVersion}); update the app.`,
    );
  }
  const schema = clientSchema(db);
  const travelling = travellingTables(schema);
  const shapes = new Map(travelling.map((t) => [t.name, t]));
  const owned = new Set(schema.owned.map((t) => t.name));

  const bundled = new Map<string, { columns: string[]; rows: Row[] }>();
  for (const given of bundle.tables) {
    const entry = withoutRetiredColumns(given, manifest.schemaVersion);
    const shape = shapes.get(entry.table);
    if (!shape) refuse('damaged', `The bundle holds a table this app does not take from a bundle: ${entry.table}.`);
    const unknown = entry.columns.filter((c) => !shape.columns.includes(c));
    if (unknown.length > 0)
      refuse('damaged', `The bundle's ${entry.table} has columns this app does not know: ${unknown.join(', ')}.`);
    bundled.set(entry.table, { columns: entry.columns, rows: toRows(entry) });
  }
  const clientRow = bundled.get('clients')?.rows;
  if (clientRow?.length !== 1 || clientRow[0]!.id !== manifest.client) {
    refuse('damaged', 'The bundle does not hold exactly the one client its manifest names.');
  }
  checkClosed(db, travelling, bundled, owned);

  const ids = asNew ? newIds(ctx, schema, travelling, bundled) : null;
  const clientId = asNew ? (ids!.get('clients.id')!.get(manifest.client) as string) : manifest.client;
  const clientExists = !asNew && db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId) !== undefined;

  const plan: ImportPlan = {
    clientId,
    clientName: String(clientRow[0]!.name),
    created: !clientExists,
    engagements: (bundled.get('engagements')?.rows ?? []).map((e) => ({ id: String(e.id), title: String(e.title) })),
    inserts: [],
    counts: [],
    differences: [],
    clashes: [],
  };
  const order = [...schema.referenced, ...schema.owned].filter((t) => shapes.has(t.name) && bundled.has(t.name));
  for (const shape of order) {
    const { columns, rows } = bundled.get(shape.name)!;
    const isOwned = owned.has(shape.name);
    const ownerColumns = new Set(shape.foreignKeys.filter((fk) => owned.has(fk.parent)).flatMap((fk) => fk.columns));
    const compared = columns.filter((c) => c !== shape.rowidAlias && (isOwned || !c.endsWith('_at')));
    const inserted = columns.filter((c) => c !== shape.rowidAlias);
    const key = matchKey(shape);
    const here = ids && isOwned ? new Map<string, Row>() : localRows(db, shape, key, rows);
    const uniques = shape.uniques
      // The match key needs no check of its own: a row not found by it is free on it.
      .filter(
        (u) => !u.includes(shape.rowidAlias ?? '') && u.every((c) => columns.includes(c)) && u.join() !== key.join(),
      )
      .map((u) => ({ columns: u, taken: takenCheck(db, shape, u) }));
    const count: BundleTableCount = { table: shape.name, added: 0, unchanged: 0, differing: 0 };
    const adds: Row[] = [];

    for (const original of rows) {
      const row = ids && isOwned ? remap(shape, original, ids, schema) : original;
      const local = here.get(cellKey(key.map((c) => row[c] ?? null)));
      if (!local) {
        const clash = uniques.find((u) => u.taken(row));
        if (clash) {
          plan.clashes.push({
            table: shape.name,
            key: keyOf(row, clash.columns),
            columns: clash.columns,
            reason: 'unique',
          });
        } else {
          adds.push(row);
          count.added++;
        }
        continue;
      }
      const differ = compared.filter((c) => cellKey([row[c] ?? null]) !== cellKey([local[c] ?? null]));
      if (differ.length === 0) {
        count.unchanged++;
      } else if (!isOwned || differ.some((c) => ownerColumns.has(c))) {
        plan.clashes.push({
          table: shape.name,
          key: keyOf(row, key),
          columns: differ,
          reason: isOwned ? 'owner' : 'shared',
        });
      } else {
        plan.differences.push({ table: shape.name, key: keyOf(row, key), columns: differ });
        count.differing++;
      }
    }
    plan.counts.push(count);
    if (adds.length > 0) plan.inserts.push({ shape, columns: inserted, rows: adds });
  }
  return plan;
}

/** Adds the plan's rows; call inside the write's transaction. References are checked at its commit. */
export function applyImport(db: Database, plan: ImportPlan): void {
  // Rows go in table by table; the foreign keys between them hold at the end, which SQLite checks then.
  db.pragma('defer_foreign_keys = ON');
  for (const { shape, columns, rows } of plan.inserts) {
    const insert = db.prepare(
      `INSERT INTO ${quoteName(shape.name)} (${columns.map(quoteName).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows) insert.run(...columns.map((c) => row[c] ?? null));
  }
}

/** Every reference of a bundled row to a row above it resolves inside the bundle (or, for shared rows, here). */
function checkClosed(
  db: Database,
  travelling: TableShape[],
  bundled: Map<string, { rows: Row[] }>,
  owned: Set<string>,
): void {
  for (const shape of travelling) {
    const rows = bundled.get(shape.name)?.rows ?? [];
    for (const fk of shape.foreignKeys) {
      const parentRows = bundled.get(fk.parent)?.rows ?? [];
      const present = new Set(parentRows.map((p) => cellKey(fk.parentColumns.map((c) => p[c] ?? null))));
      const find = owned.has(fk.parent)
        ? null
        : db.prepare(
            `SELECT 1 FROM ${quoteName(fk.parent)} WHERE ${fk.parentColumns.map((c) => `${quoteName(c)} IS ?`).join(' AND ')}`,
          );
      for (const row of rows) {
        const values = fk.columns.map((c) => row[c] ?? null);
        if (values.some((v) => v === null) || present.has(cellKey(values))) continue;
        if (find && find.get(...values) !== undefined) continue;
        refuse('damaged', `A row of the bundle's ${shape.name} refers to a ${fk.parent} row the bundle does not hold.`);
      }
    }
  }
}

type IdMap = Map<string, Map<Cell, Cell>>;

/** New ids for the identity columns of every owned row, by `table.column` and old value. */
function newIds(
  ctx: ServiceContext,
  schema: ReturnType<typeof clientSchema>,
  travelling: TableShape[],
  bundled: Map<string, { rows: Row[] }>,
): IdMap {
  const ids: IdMap = new Map();
  for (const shape of schema.owned) {
    if (!travelling.includes(shape)) continue;
    for (const column of identityColumns(shape, schema)) {
      const map = new Map<Cell, Cell>();
      for (const row of bundled.get(shape.name)?.rows ?? []) {
        const old = row[column];
        if (typeof old === 'string' && !map.has(old)) map.set(old, newIdLike(ctx, old));
      }
      ids.set(`${shape.name}.${column}`, map);
    }
  }
  return ids;
}

function remap(shape: TableShape, row: Row, ids: IdMap, schema: ReturnType<typeof clientSchema>): Row {
  const out: Row = { ...row };
  for (const column of identityColumns(shape, schema)) {
    const mapped = ids.get(`${shape.name}.${column}`)?.get(row[column] ?? null);
    if (mapped !== undefined) out[column] = mapped;
  }
  for (const fk of shape.foreignKeys) {
    fk.columns.forEach((column, i) => {
      const mapped = ids.get(`${fk.parent}.${fk.parentColumns[i]}`)?.get(row[column] ?? null);
      if (mapped !== undefined) out[column] = mapped;
    });
  }
  return out;
}

/** A new id with the old one's prefix (`cl_`, `en_` …); the id maker takes any prefix a record kind uses. */
function newIdLike(ctx: ServiceContext, old: string): string {
  const prefix = /^([a-z]{2})_/.exec(old)?.[1] ?? 'id';
  return ctx.newId(prefix as IdPrefix);
}

/**
 * The rows here that have a bundled row's key, by key: one query per table (on the key's first column,
 * which leads its index), not one per row.
 */
function localRows(db: Database, shape: TableShape, key: string[], rows: Row[]): Map<string, Row> {
  const first = key[0]!;
  const values = [...new Set(rows.map((r) => r[first] ?? null))].map((v) =>
    typeof v === 'bigint' ? Number(v) : Buffer.isBuffer(v) ? null : v,
  );
  const found = db
    .prepare(`SELECT * FROM ${quoteName(shape.name)} WHERE ${quoteName(first)} IN (SELECT value FROM json_each(?))`)
    .safeIntegers(true)
    .all(JSON.stringify(values)) as Row[];
  return new Map(found.map((row) => [cellKey(key.map((c) => row[c] ?? null)), row]));
}

/** Whether a row here already has a row's values in these unique columns (NULLs never clash). */
function takenCheck(db: Database, shape: TableShape, columns: string[]): (row: Row) => boolean {
  const find = db.prepare(
    `SELECT 1 FROM ${quoteName(shape.name)} WHERE ${columns.map((c) => `${quoteName(c)} = ?`).join(' AND ')}`,
  );
  return (row) => {
    const values = columns.map((c) => row[c] ?? null);
    return !values.some((v) => v === null) && find.get(...values) !== undefined;
  };
}

function keyOf(row: Row, columns: string[]): Record<string, KeyValue> {
  return Object.fromEntries(
    columns.map((c) => {
      const v = row[c] ?? null;
      return [c, typeof v === 'bigint' ? Number(v) : Buffer.isBuffer(v) ? v.toString('base64') : v];
    }),
  );
}
