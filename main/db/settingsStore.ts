import type { Database } from 'better-sqlite3';
import { stmt } from './statements';

/** Settings as JSON values by key; a missing key means "the default". */
export function readSetting<T>(db: Database, key: string): T | undefined {
  const row = stmt<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key);
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeSetting(db: Database, key: string, value: unknown): void {
  stmt(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

/** Back to the default; true when there was a value to remove. */
export function deleteSetting(db: Database, key: string): boolean {
  return stmt<[string]>(db, 'DELETE FROM settings WHERE key = ?').run(key).changes > 0;
}
