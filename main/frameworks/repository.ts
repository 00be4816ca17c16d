import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements';

export interface StoredFramework {
  id: string;
  version: string;
  content: string;
  sha256: string;
  builtin: boolean;
  importedAt: string;
  assessments: number;
}

export function findFramework(db: Database, id: string, version: string): StoredFramework | undefined {
  return listStored(db).find((f) => f.id === id && f.version === version);
}

export function listStored(db: Database): StoredFramework[] {
  return stmt<[], Omit<StoredFramework, 'builtin'> & { builtin: number }>(
    db,
    `SELECT f.id, f.version, f.content, f.sha256, f.builtin, f.imported_at AS importedAt,
       (SELECT count(*) FROM assessments a WHERE a.framework_id = f.id AND a.framework_version = f.version) AS assessments
     FROM frameworks f ORDER BY f.builtin DESC, f.id, f.version`,
  )
    .all()
    .map((r) => ({ ...r, builtin: r.builtin === 1 }));
}

export function insertFramework(db: Database, f: Omit<StoredFramework, 'assessments'>): void {
  stmt(
    db,
    'INSERT INTO frameworks (id, version, content, sha256, builtin, imported_at) VALUES (@id, @version, @content, @sha256, @builtin, @importedAt)',
  ).run({ ...f, builtin: f.builtin ? 1 : 0 });
}

export function replaceUnusedFramework(db: Database, f: Omit<StoredFramework, 'assessments'>): void {
  stmt(
    db,
    'UPDATE frameworks SET content = @content, sha256 = @sha256, imported_at = @importedAt WHERE id = @id AND version = @version',
  ).run(f);
}
