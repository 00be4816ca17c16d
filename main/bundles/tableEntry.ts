import type { Cell, Row } from '../db/clientRows';
import { refuse } from './refusal';

/**
 * One table of a bundle as a JSON entry `tables/<table>.json`: `{table, columns, rows}`, each row an array
 * of cells in the order of `columns`. Text, numbers and NULL are JSON values; an integer beyond 2^53 is
 * `{"int": "<digits>"}` and a blob `{"base64": "…"}`, so every cell comes back exactly.
 */

export interface TableEntry {
  table: string;
  columns: string[];
  rows: Cell[][];
}

export function entryName(table: string): string {
  return `tables/${table}.json`;
}

export function encodeTable(table: string, columns: string[], rows: Row[]): Uint8Array {
  const entry = { table, columns, rows: rows.map((row) => columns.map((c) => encodeCell(row[c] ?? null))) };
  return Buffer.from(JSON.stringify(entry), 'utf8');
}

export function decodeTable(name: string, bytes: Buffer): TableEntry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    refuse('damaged', `The entry ${name} is not JSON.`, name);
  }
  const entry = parsed as Partial<TableEntry>;
  if (
    typeof entry !== 'object' ||
    entry === null ||
    typeof entry.table !== 'string' ||
    entryName(entry.table) !== name ||
    !Array.isArray(entry.columns) ||
    !entry.columns.every((c) => typeof c === 'string') ||
    new Set(entry.columns).size !== entry.columns.length ||
    !Array.isArray(entry.rows)
  ) {
    refuse('damaged', `The entry ${name} is not a table of rows.`, name);
  }
  const width = entry.columns.length;
  const rows = entry.rows.map((row) => {
    if (!Array.isArray(row) || row.length !== width)
      refuse('damaged', `A row of ${name} has the wrong number of cells.`, name);
    return row.map((cell) => decodeCell(cell, name));
  });
  return { table: entry.table, columns: entry.columns, rows };
}

export function toRows(entry: TableEntry): Row[] {
  const { columns } = entry;
  return entry.rows.map((cells) => {
    const row: Row = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = cells[i] ?? null;
    return row;
  });
}

function encodeCell(cell: Cell): unknown {
  if (typeof cell === 'bigint') return Number.isSafeInteger(Number(cell)) ? Number(cell) : { int: cell.toString() };
  if (Buffer.isBuffer(cell)) return { base64: cell.toString('base64') };
  return cell;
}

function decodeCell(value: unknown, name: string): Cell {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.int === 'string' && /^-?\d{1,19}$/.test(v.int) && Object.keys(v).length === 1) return BigInt(v.int);
    if (typeof v.base64 === 'string' && Object.keys(v).length === 1) return Buffer.from(v.base64, 'base64');
  }
  refuse('damaged', `A cell of ${name} is not a value a table can hold.`, name);
}
