import type { Database } from 'better-sqlite3';
import type { ChangeEvent, Entity } from '../../shared/api/entities';
import { stmt } from '../db/statements';

/**
 * The change stream: every committed write is one row of the `change_log` table (seq, time, operation,
 * entities) and one event on this connection's hub. Everything that must follow a write listens here —
 * the renderer's queries (through the transports), the benchmark pool's index — instead of each write
 * remembering whom to tell. Writes by other processes (the CLI beside the app) reach the hub through
 * `watchExternalChanges`, which reads the same table.
 */

/** An event as listeners in this process see it: with what the writing operation noted for them. */
export interface LocalChangeEvent extends ChangeEvent {
  /** Details a write left for in-process listeners (e.g. the pool records it added), by key. */
  notes: ReadonlyMap<string, readonly unknown[] | null>;
}

export type ChangeListener = (event: LocalChangeEvent) => void;

export class ChangeHub {
  private readonly listeners = new Set<ChangeListener>();
  /** The newest seq emitted, so the watcher never repeats an event this process already sent. */
  lastSeq = 0;

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: LocalChangeEvent): void {
    this.lastSeq = Math.max(this.lastSeq, event.seq);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A listener's failure (a closed window) must not undo or hide a committed write.
      }
    }
  }
}

const hubs = new WeakMap<Database, ChangeHub>();

/** The hub of a connection: one per open database, shared by every transport serving it. */
export function changeHub(db: Database): ChangeHub {
  let hub = hubs.get(db);
  if (!hub) {
    hub = new ChangeHub();
    hub.lastSeq = lastChangeSeq(db);
    hubs.set(db, hub);
  }
  return hub;
}

/**
 * Hands a connection's hub, with its listeners and position, to the connection that replaces it (a
 * restore): the windows, the bridge's streams and the watcher keep listening without knowing.
 */
export function moveChangeHub(from: Database, to: Database): void {
  const hub = hubs.get(from);
  if (!hub) return;
  hubs.set(to, hub);
  hubs.delete(from);
}

/** Appends one write to the change log; call inside the write's transaction. Returns its seq. */
export function appendChange(db: Database, change: { at: string; operation: string; entities: readonly Entity[] }) {
  return Number(
    stmt(db, 'INSERT INTO change_log (at, operation, entities) VALUES (?, ?, ?)').run(
      change.at,
      change.operation,
      JSON.stringify(change.entities),
    ).lastInsertRowid,
  );
}

export function lastChangeSeq(db: Database): number {
  return (stmt(db, 'SELECT coalesce(max(seq), 0) AS s FROM change_log').get() as { s: number }).s;
}

/**
 * The seq of the newest write that changed the benchmark pool (0 when none). One read of a partial index:
 * the pool's in-memory index asks it before every comparison to see writes by other processes.
 */
export function lastPoolChangeSeq(db: Database): number {
  return (stmt(db, `SELECT coalesce(max(seq), 0) AS s FROM change_log WHERE ${POOL_CHANGE}`).get() as { s: number }).s;
}

/** Whether the pool changed after `after` and before `before` (both exclusive). */
export function poolChangedBetween(db: Database, after: number, before: number): boolean {
  return (
    stmt(db, `SELECT 1 FROM change_log WHERE ${POOL_CHANGE} AND seq > ? AND seq < ? LIMIT 1`).get(after, before) !==
    undefined
  );
}

/** The partial index `change_log_pool` (migration 004) covers exactly this condition. */
export const POOL_CHANGE = `entities LIKE '%"pool"%'`;

export function changesSince(db: Database, seq: number, limit = 1000): ChangeEvent[] {
  return (
    stmt(db, 'SELECT seq, at, operation, entities FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?').all(
      seq,
      limit,
    ) as { seq: number; at: string; operation: string; entities: string }[]
  ).map((r) => ({ seq: r.seq, at: r.at, operation: r.operation, entities: JSON.parse(r.entities) as Entity[] }));
}

/**
 * Follows writes made by other connections to the same file (the CLI, a second process): SQLite's
 * `data_version` changes exactly when another connection committed, so the poll costs one pragma read;
 * only then are the new change-log rows read and emitted, marked external.
 */
export function watchExternalChanges(connection: () => Database, intervalMs = 1500): () => void {
  // The connection is asked for at every tick: a restore replaces it (its hub moves along, see moveChangeHub).
  let db = connection();
  let version = db.pragma('data_version', { simple: true }) as number;
  const timer = setInterval(() => {
    try {
      const current = connection();
      if (current !== db) {
        db = current;
        version = db.pragma('data_version', { simple: true }) as number;
        return;
      }
      if (!db.open) return;
      const now = db.pragma('data_version', { simple: true }) as number;
      if (now === version) return;
      version = now;
      const hub = changeHub(db);
      for (const event of changesSince(db, hub.lastSeq)) hub.emit({ ...event, external: true, notes: new Map() });
    } catch {
      // A busy or closing database: the next tick tries again.
    }
  }, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}

/** What crosses to the renderer: the event without this process's notes. */
export function publicEvent(event: LocalChangeEvent): ChangeEvent {
  return {
    seq: event.seq,
    operation: event.operation,
    entities: event.entities,
    at: event.at,
    ...(event.external ? { external: true } : {}),
  };
}
