import type { Database } from 'better-sqlite3';

/**
 * Which tables hold a client's rows, read from the schema itself rather than listed by hand: starting at
 * `clients`, every table with a foreign key to a table already found holds rows of the client (contacts and
 * engagements; the rounds under an engagement; respondents, answers and shift positions under a round …).
 * A table a later migration adds under any of them is found the same way, so erasing a client and bundling
 * one follow the schema with no code of their own per table.
 *
 * The rows a client's rows refer to outside it (the framework versions its rounds were scored with) are
 * "referenced": shared with other clients, never the client's own.
 */

export interface ForeignKey {
  /** Columns of the referring table, in order. */
  columns: string[];
  parent: string;
  /** The parent's columns they refer to (its primary key when the schema names none). */
  parentColumns: string[];
}

export interface TableShape {
  name: string;
  columns: string[];
  /** The primary key's columns, in order. */
  primaryKey: string[];
  /** The `INTEGER PRIMARY KEY` column that is the rowid: a row number local to this database file. */
  rowidAlias: string | null;
  /** Column sets of the unique indexes and constraints (the primary key included). */
  uniques: string[][];
  foreignKeys: ForeignKey[];
}

export interface ClientSchema {
  /** The tables holding the client's own rows, `clients` first and every parent before its children. */
  owned: TableShape[];
  /** Tables outside the client that owned rows refer to, parents first. */
  referenced: TableShape[];
}

interface ForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
}

export function tableShape(db: Database, name: string): TableShape {
  const q = quoteName(name);
  const info = db.pragma(`table_info(${q})`) as { name: string; type: string; pk: number }[];
  const withoutRowid =
    (db.pragma(`table_list(${q})`) as { name: string; wr: number }[]).find((t) => t.name === name)?.wr === 1;
  const primaryKey = info
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);
  const pkColumn = primaryKey.length === 1 ? info.find((c) => c.name === primaryKey[0]) : undefined;
  const rowidAlias = !withoutRowid && pkColumn?.type.toUpperCase() === 'INTEGER' ? pkColumn.name : null;
  const uniques = (db.pragma(`index_list(${q})`) as { name: string; unique: number; partial: number }[])
    .filter((i) => i.unique === 1 && i.partial === 0)
    .map((i) =>
      (db.pragma(`index_info(${quoteName(i.name)})`) as { seqno: number; name: string }[])
        .sort((a, b) => a.seqno - b.seqno)
        .map((c) => c.name),
    );
  if (primaryKey.length > 0 && !uniques.some((u) => sameColumns(u, primaryKey))) uniques.push(primaryKey);

  const byId = new Map<number, ForeignKeyRow[]>();
  for (const row of db.pragma(`foreign_key_list(${q})`) as ForeignKeyRow[]) {
    byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  }
  const foreignKeys = [...byId.values()].map((rows): ForeignKey => {
    rows.sort((a, b) => a.seq - b.seq);
    const parent = rows[0]!.table;
    const named = rows.map((r) => r.to);
    return {
      columns: rows.map((r) => r.from),
      parent,
      parentColumns: named.every((c): c is string => c !== null) ? named : primaryKeyOf(db, parent),
    };
  });
  return { name, columns: info.map((c) => c.name), primaryKey, rowidAlias, uniques, foreignKeys };
}

/** The client's tables as this database's schema has them. */
export function clientSchema(db: Database): ClientSchema {
  const names = (db.pragma('table_list') as { schema: string; name: string; type: string }[])
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
  const shapes = new Map(names.map((n) => [n, tableShape(db, n)]));

  const owned = new Set(['clients']);
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, shape] of shapes) {
      if (!owned.has(name) && shape.foreignKeys.some((fk) => owned.has(fk.parent) && fk.parent !== name)) {
        owned.add(name);
        grew = true;
      }
    }
  }
  const referenced = new Set<string>();
  const reach = (name: string) => {
    for (const fk of shapes.get(name)?.foreignKeys ?? []) {
      if (!owned.has(fk.parent) && !referenced.has(fk.parent) && shapes.has(fk.parent)) {
        referenced.add(fk.parent);
        reach(fk.parent);
      }
    }
  };
  for (const name of owned) reach(name);

  return {
    owned: parentsFirst([...owned], shapes),
    referenced: parentsFirst([...referenced], shapes),
  };
}

/**
 * The columns that identify an owned row and that other rows refer to: a table's single-column primary key
 * (unless it is the rowid) and every column an owned table's foreign key points at — minus the columns that
 * are themselves references. Given new values, these make a copy of the client that shares no id with it.
 */
export function identityColumns(shape: TableShape, schema: ClientSchema): string[] {
  const referring = new Set(shape.foreignKeys.flatMap((fk) => fk.columns));
  const identity = new Set<string>();
  if (shape.primaryKey.length === 1 && shape.primaryKey[0] !== shape.rowidAlias) identity.add(shape.primaryKey[0]!);
  for (const other of schema.owned) {
    for (const fk of other.foreignKeys) if (fk.parent === shape.name) fk.parentColumns.forEach((c) => identity.add(c));
  }
  return [...identity].filter((c) => !referring.has(c) && c !== shape.rowidAlias);
}

/**
 * How an existing row is recognised: the primary key, or — when that is the local rowid — the first unique
 * key; a table with neither is matched on all its columns but the rowid.
 */
export function matchKey(shape: TableShape): string[] {
  if (shape.primaryKey.length > 0 && shape.rowidAlias === null) return shape.primaryKey;
  const unique = shape.uniques.find((u) => !u.includes(shape.rowidAlias ?? ''));
  return unique ?? shape.columns.filter((c) => c !== shape.rowidAlias);
}

export function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function primaryKeyOf(db: Database, table: string): string[] {
  return (db.pragma(`table_info(${quoteName(table)})`) as { name: string; pk: number }[])
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);
}

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** Orders tables so every table comes after the tables (of the same set) its foreign keys point at. */
function parentsFirst(names: string[], shapes: Map<string, TableShape>): TableShape[] {
  const set = new Set(names);
  const done = new Set<string>();
  const ordered: TableShape[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name)) return;
    path.add(name);
    const shape = shapes.get(name)!;
    for (const fk of shape.foreignKeys) if (set.has(fk.parent) && fk.parent !== name) visit(fk.parent, path);
    path.delete(name);
    done.add(name);
    ordered.push(shape);
  };
  // `clients` first, then the rest in name order, so the order is the same on every laptop.
  for (const name of [...names].sort((a, b) => (a === 'clients' ? -1 : b === 'clients' ? 1 : a < b ? -1 : 1))) {
    visit(name, new Set());
  }
  return ordered;
}
