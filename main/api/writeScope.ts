import type { Database } from 'better-sqlite3';

/**
 * What a writing operation may tell the dispatcher while it runs, beside its result: details for its audit
 * entry, the id the entry is about when the result does not carry it, and notes for in-process listeners
 * of its change event. All optional: the dispatcher writes the audit entry and the change log either way.
 */
export interface WriteScope {
  subject: string | null;
  details: Record<string, unknown>;
  notes: Map<string, unknown[] | null>;
}

const scopes = new WeakMap<Database, WriteScope>();

export function openScope(db: Database): WriteScope {
  const scope: WriteScope = { subject: null, details: {}, notes: new Map() };
  scopes.set(db, scope);
  return scope;
}

export function closeScope(db: Database): void {
  scopes.delete(db);
}

/** Adds facts to this operation's audit entry (statuses, counts, reasons — never names or free text). */
export function auditDetails(db: Database, details: Record<string, unknown>): void {
  const scope = scopes.get(db);
  if (scope) Object.assign(scope.details, details);
}

/** The audit entry's subject when it is not the result's or the input's id (e.g. "benchmarkK"). */
export function auditSubject(db: Database, subject: string): void {
  const scope = scopes.get(db);
  if (scope) scope.subject = subject;
}

/**
 * Leaves a note for in-process listeners of this write's change event (the pool index takes the records
 * a small write added or removed, instead of rebuilding). `null` says "too much to carry": listeners then
 * refresh from the database. Notes are an optimisation; a write that leaves none is still correct.
 */
export function noteChange(db: Database, key: string, items: unknown[] | null): void {
  const scope = scopes.get(db);
  if (!scope) return;
  if (items === null) {
    scope.notes.set(key, null);
    return;
  }
  const earlier = scope.notes.get(key);
  if (earlier === null) return;
  scope.notes.set(key, earlier ? [...earlier, ...items] : items);
}
