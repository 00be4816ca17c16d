import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepared statements cached per connection: a repository asks for its SQL by text and gets the same
 * compiled statement every time, so hot paths (a keystroke in search, an answer in a workshop) never
 * re-parse SQL.
 */
const cache = new WeakMap<Database, Map<string, Statement>>();

export function stmt<P extends unknown[] | object = unknown[], R = unknown>(
  db: Database,
  sql: string,
): Statement<P, R> {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let s = perDb.get(sql);
  if (!s) {
    s = db.prepare(sql);
    perDb.set(sql, s);
  }
  return s as unknown as Statement<P, R>;
}
