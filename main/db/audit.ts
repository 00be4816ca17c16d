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
