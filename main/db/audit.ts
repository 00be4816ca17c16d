import type { Database } from 'better-sqlite3';
import { stmt } from './statements';

export interface AuditEntry {
  at: string;
  action: string;
  entity: string;
  entityId: string;
  details?: Record<string, unknown>;
}

/** Who-did-what trail of the consequential changes (create, archive, delete, status); not of keystrokes. */
export function appendAudit(db: Database, e: AuditEntry): void {
  stmt(db, 'INSERT INTO audit_log (at, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?)').run(
    e.at,
    e.action,
    e.entity,
    e.entityId,
    e.details ? JSON.stringify(e.details) : null,
  );
}

export function auditTrail(db: Database, entity: string, entityId: string): AuditEntry[] {
  return stmt<
    [string, string],
    { at: string; action: string; entity: string; entity_id: string; details: string | null }
  >(db, 'SELECT at, action, entity, entity_id, details FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id')
    .all(entity, entityId)
    .map((r) => ({
      at: r.at,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      ...(r.details ? { details: JSON.parse(r.details) as Record<string, unknown> } : {}),
    }));
}

/** The shape of a record id (`cl_…`, `en_…`; `main/api/context.ts`), as opposed to subjects like "benchmarkK". */
const RECORD_ID = /^[a-z]{2}_[0-9a-z]+$/;

/**
 * Removes every audit entry about the given records, and — following what the removed entries name — about
 * records deleted under them before (a round deleted last year named its engagement in its own entry, and
 * its later entries name only the round). What is left says nothing about them: an erasure keeps only its
 * own entry. Returns how many entries went.
 */
export function forgetInAudit(db: Database, ids: ReadonlySet<string>): number {
  const entries = (
    db.prepare('SELECT id, entity_id, details FROM audit_log').all() as {
      id: number;
      entity_id: string;
      details: string | null;
    }[]
  ).map((r) => ({ id: r.id, subject: r.entity_id, named: r.details ? stringsIn(JSON.parse(r.details)) : [] }));
  const known = new Set(ids);
  const doomed = new Set<number>();
  for (let grew = true; grew;) {
    grew = false;
    for (const e of entries) {
      if (doomed.has(e.id) || !(known.has(e.subject) || e.named.some((s) => known.has(s)))) continue;
      doomed.add(e.id);
      grew = true;
      if (RECORD_ID.test(e.subject)) known.add(e.subject);
    }
  }
  const remove = db.prepare('DELETE FROM audit_log WHERE id IN (SELECT value FROM json_each(?))');
  const list = [...doomed];
  for (let i = 0; i < list.length; i += 10_000) remove.run(JSON.stringify(list.slice(i, i + 10_000)));
  return doomed.size;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
