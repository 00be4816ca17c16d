import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/result';
import { backupBeforeMigration } from '../../main/backup/beforeMigration';
import { readSidecar } from '../../main/backup/sidecar';
import { migrate } from '../../main/db/migrate';
import { freeSpaceOnDisk } from '../../main/files/freeSpace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../main/db/migrations';
import type { Migration } from '../../main/db/migrations/types';
import { openWorkbenchDatabase } from '../../main/db/open';
import { tempDir } from './support';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function openError(file: string): AppError {
  try {
    openWorkbenchDatabase(file).close();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the database to be refused');
}

describe('database migrations', () => {
  it('numbers migrations 1, 2, 3 … in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('creates a fresh database at the latest version with WAL, foreign keys and STRICT tables', () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const db = openWorkbenchDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'client_search%' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT(, WITHOUT ROWID)?$/);
    db.close();
  });

  it('opening an up-to-date database twice changes nothing and makes no backup', () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    openWorkbenchDatabase(file).close();
    openWorkbenchDatabase(file).close();
    expect(fs.readdirSync(dir).filter((f) => f.includes('backup'))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuses a database from a newer app version and leaves the file untouched', () => {
    const file = path.join(tempDir(), 'future.sqlite');
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (42);');
    raw.pragma('user_version = 999');
    raw.close();
    const before = sha(file);

    const error = openError(file);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('database_newer');
    expect(error.message).toMatch(/newer version of SX Workbench/);
    expect(error.details).toMatchObject({ fileVersion: 999, appVersion: LATEST_SCHEMA_VERSION });
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not a database without changing or deleting it', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'These are my meeting notes, not a database.\n'.repeat(200));
    const before = sha(file);
    const error = openError(file);
    expect(error.code).toBe('database_corrupt');
    expect(error.details).toMatchObject({ reason: 'not_a_database', readable: false });
    expect(fs.existsSync(file)).toBe(true);
    expect(sha(file)).toBe(before);
  });

  it('backs the file up before migrating a database that holds data, and the backup keeps that data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'db.sqlite');
    const db = openWorkbenchDatabase(file);
    db.prepare(
      "INSERT INTO clients (id, name, sector, size_band, country, created_at, updated_at) VALUES ('cl_1', 'Kept', 'K', '1-9', 'NL', 'x', 'x')",
    ).run();
    const next: Migration = {
      version: 2,
      name: 'add-column',
      up: (d) => d.exec('ALTER TABLE clients ADD COLUMN extra TEXT'),
    };
    const backup = migrate(
      db,
      file,
      (source, fromVersion) =>
        backupBeforeMigration(source, file, {
          now: new Date('2026-11-22T10:00:00Z'),
          fromVersion,
          freeSpace: freeSpaceOnDisk,
        }),
      [...migrations, next],
    );
    expect(backup).toBe(path.join(dir, 'backups', 'db.backup-2026-11-22T10-00-00-000Z-before-migration.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
    const copy = new BetterSqlite3(backup as string, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(copy.prepare('SELECT name FROM clients').all()).toEqual([{ name: 'Kept' }]);
    copy.close();
    expect(readSidecar(backup as string)).toMatchObject({
      reason: 'before-migration',
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: { clients: 1, engagements: 0, rounds: 0 },
      verification: { ok: true, problems: [] },
    });
  });

  it('rolls a failing migration back completely: schema version and data as before', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const db = openWorkbenchDatabase(file);
    const broken: Migration[] = [
      ...migrations,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'ok-step',
        up: (d) => d.exec('CREATE TABLE half_done (x INTEGER) STRICT'),
      },
      {
        version: LATEST_SCHEMA_VERSION + 2,
        name: 'bad-step',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, file, null, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('upgrades a version-1 database with clients to the latest schema, keeping them and backing up first', () => {
    const dir = tempDir();
    const file = path.join(dir, 'v1.sqlite');
    const v1 = new BetterSqlite3(file);
    migrate(v1, file, null, migrations.slice(0, 1));
    v1.prepare(
      "INSERT INTO clients (id, name, sector, size_band, country, created_at, updated_at) VALUES ('cl_1', 'Old client', 'K', '1-9', 'NL', 'x', 'x')",
    ).run();
    v1.close();

    const db = openWorkbenchDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT name FROM clients').all()).toEqual([{ name: 'Old client' }]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'assessments'").get()).toEqual({ n: 1 });
    db.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups.filter((f) => /^v1\.backup-.*-before-migration\.sqlite$/.test(f))).toHaveLength(1);
  });

  it('moves a pulled record’s provenance into its pool row and drops team_records (migration 12)', () => {
    const file = path.join(tempDir(), 'v11.sqlite');
    const v11 = new BetterSqlite3(file);
    migrate(v11, file, null, migrations.slice(0, 11));
    const row = (id: string, source: string) =>
      v11
        .prepare(
          `INSERT INTO pool_records (record_id, framework, sector, size_band, country, year, b1, source)
           VALUES (?, 'sx-default', 'K', '10-49', 'NL', 2025, 300, ?)`,
        )
        .run(id, source);
    row('00000000-0000-4000-8000-000000000001', 'team');
    row('00000000-0000-4000-8000-000000000002', 'own');
    v11
      .prepare("INSERT INTO team_records (record_id, server_id, contributor) VALUES (?, 'server-1', 'anna-id')")
      .run('00000000-0000-4000-8000-000000000001');
    v11.close();

    const db = openWorkbenchDatabase(file);
    expect(
      db.prepare('SELECT record_id, source, team_server, team_contributor FROM pool_records ORDER BY record_id').all(),
    ).toEqual([
      {
        record_id: '00000000-0000-4000-8000-000000000001',
        source: 'team',
        team_server: 'server-1',
        team_contributor: 'anna-id',
      },
      { record_id: '00000000-0000-4000-8000-000000000002', source: 'own', team_server: null, team_contributor: null },
    ]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'team_records'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps every answer when it drops the answers’ copy of their round (migration 13), and a round’s deletion still takes them', () => {
    const file = path.join(tempDir(), 'v12.sqlite');
    const v12 = new BetterSqlite3(file);
    v12.pragma('foreign_keys = ON');
    migrate(v12, file, null, migrations.slice(0, 12));
    const at = '2026-11-01T10:00:00.000Z';
    v12.exec(`
      INSERT INTO frameworks (id, version, content, sha256, imported_at) VALUES ('fw', '1', '{}', 'x', '${at}');
      INSERT INTO clients (id, name, sector, size_band, country, created_at, updated_at)
        VALUES ('cl_1', 'Client', 'K', '10-49', 'NL', '${at}', '${at}');
      INSERT INTO engagements (id, client_id, title, purpose, status, created_at, updated_at)
        VALUES ('en_1', 'cl_1', 'E', 'diagnosis', 'active', '${at}', '${at}');
      INSERT INTO assessments (id, engagement_id, framework_id, framework_version, round, mode, status, created_at, updated_at)
        VALUES ('as_1', 'en_1', 'fw', '1', 'Baseline', 'survey', 'open', '${at}', '${at}'),
               ('as_2', 'en_1', 'fw', '1', 'Second', 'survey', 'open', '${at}', '${at}');
      INSERT INTO respondents (id, assessment_id, code, role, created_at)
        VALUES ('rs_1', 'as_1', 'R1', 'staff', '${at}'), ('rs_2', 'as_2', 'R1', 'staff', '${at}');
      INSERT INTO answers (respondent_id, question_id, assessment_id, score, not_applicable, comment, updated_at)
        VALUES ('rs_1', 'B1.Q1', 'as_1', 4, 0, 'goed', '${at}'), ('rs_1', 'B1.Q2', 'as_1', NULL, 1, NULL, '${at}'),
               ('rs_2', 'B1.Q1', 'as_2', 2, 0, NULL, '${at}');
    `);
    v12.close();

    const db = openWorkbenchDatabase(file);
    expect(db.prepare('SELECT * FROM answers ORDER BY respondent_id, question_id').all()).toEqual([
      { respondent_id: 'rs_1', question_id: 'B1.Q1', score: 4, not_applicable: 0, comment: 'goed', updated_at: at },
      { respondent_id: 'rs_1', question_id: 'B1.Q2', score: null, not_applicable: 1, comment: null, updated_at: at },
      { respondent_id: 'rs_2', question_id: 'B1.Q1', score: 2, not_applicable: 0, comment: null, updated_at: at },
    ]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'answers_by_assessment'").get()).toEqual({
      n: 0,
    });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.prepare("DELETE FROM assessments WHERE id = 'as_1'").run();
    expect(db.prepare('SELECT respondent_id FROM answers').pluck().all()).toEqual(['rs_2']);
    db.close();
  });
});
