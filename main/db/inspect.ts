import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import BetterSqlite3, { type Database } from 'better-sqlite3';

/**
 * What SQLite's own check and a few counts say about a database file, found off the thread that answers
 * the UI: `integrity_check` of a 1 GB backup takes tens of seconds, `quick_check` of a large live file
 * several. The file is opened read-only by its own connection in a worker thread.
 */
export interface FileInspection {
  /** False when SQLite cannot read the file as a database at all (`cause` says why). */
  readable: boolean;
  cause: string | null;
  schemaVersion: number | null;
  pageSize: number | null;
  /** SQLite's findings, at most 20; empty when the check passed. */
  problems: string[];
  /** Null when the file is unreadable or damaged (counting a damaged table proves nothing). */
  counts: { clients: number; engagements: number; rounds: number } | null;
}

export type CheckKind = 'quick' | 'integrity';

/*
 * The worker's source is plain JavaScript evaluated from a string, so the same code runs from the
 * TypeScript sources (tests, tsx), the CLI's esbuild bundle and the Electron build without a separate
 * entry file for each bundler. It loads better-sqlite3 from the path resolved here (and the Electron build
 * of its native part when the desktop app passes one). Kept small: the logic worth testing is here, in
 * `inspectionOf`, which the worker's answer goes through.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { modulePath, file, check, nativeBinding } = workerData;
let db;
const answer = { readable: false, cause: null, schemaVersion: null, pageSize: null, problems: [], counts: null };
try {
  const Database = require(modulePath);
  db = new Database(file, nativeBinding ? { readonly: true, fileMustExist: true, nativeBinding } : { readonly: true, fileMustExist: true });
  answer.schemaVersion = db.pragma('user_version', { simple: true });
  answer.pageSize = db.pragma('page_size', { simple: true });
  answer.readable = true;
  try {
    answer.problems = db.pragma(check + '_check(20)').map((row) => String(Object.values(row)[0])).filter((v) => v !== 'ok');
  } catch (error) {
    answer.problems = [String(error && error.message)];
    answer.cause = error && error.code ? String(error.code) : null;
  }
  if (answer.problems.length === 0) {
    const has = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck();
    const count = (table) => (has.get(table) ? db.prepare('SELECT count(*) FROM ' + table).pluck().get() : 0);
    answer.counts = { clients: count('clients'), engagements: count('engagements'), rounds: count('assessments') };
  }
} catch (error) {
  answer.cause = error && error.code ? String(error.code) : String(error && error.message);
  if (answer.readable) answer.problems = [String(error && error.message)];
} finally {
  try { if (db) db.close(); } catch (ignored) {}
}
parentPort.postMessage(answer);
`;

const requireHere = createRequire(import.meta.url);

/** Inspects `file` in a worker thread; never throws for what it finds, only if the worker cannot run. */
export function inspectInWorker(
  file: string,
  options: { check: CheckKind; nativeBinding?: string },
): Promise<FileInspection> {
  const { modulePath, nativeBinding } = workerModule(
    requireHere.resolve('better-sqlite3'),
    options.nativeBinding,
    fs.existsSync,
  );
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { modulePath, file, check: options.check, nativeBinding: nativeBinding ?? null },
    });
    let answered = false;
    worker.once('message', (message: unknown) => {
      answered = true;
      resolve(inspectionOf(message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The database check stopped without an answer (exit code ${code}).`));
    });
  });
}

/**
 * Where the worker loads better-sqlite3 from. In a packaged desktop app the module resolves inside
 * `app.asar`, which a worker thread cannot be relied on to read; electron-builder unpacks better-sqlite3
 * (electron-builder.yml, `asarUnpack`), so the worker loads that copy, with its binary named explicitly
 * (its default lookup goes through a helper package that stays inside the archive).
 */
export function workerModule(
  resolved: string,
  nativeBinding: string | undefined,
  exists: (file: string) => boolean,
): { modulePath: string; nativeBinding: string | undefined } {
  const unpacked = resolved.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  if (unpacked === resolved || !exists(unpacked)) return { modulePath: resolved, nativeBinding };
  const marker = unpacked.lastIndexOf('better-sqlite3');
  const moduleDir = unpacked.slice(0, marker + 'better-sqlite3'.length);
  return {
    modulePath: unpacked,
    nativeBinding: nativeBinding ?? path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node'),
  };
}

/** The worker's answer, checked: anything malformed counts as "could not read". */
export function inspectionOf(message: unknown): FileInspection {
  const m = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const counts = m.counts as Record<string, unknown> | null | undefined;
  const countOf = (key: string) => num(counts?.[key]) ?? 0;
  return {
    readable: m.readable === true,
    cause: typeof m.cause === 'string' ? m.cause : null,
    schemaVersion: num(m.schemaVersion),
    pageSize: num(m.pageSize),
    problems: Array.isArray(m.problems) ? m.problems.map(String) : [],
    counts:
      counts && typeof counts === 'object'
        ? { clients: countOf('clients'), engagements: countOf('engagements'), rounds: countOf('rounds') }
        : null,
  };
}

/** The same inspection on this thread, for small files and for the open path, which cannot wait. */
export function inspectFile(file: string, check: CheckKind, nativeBinding?: string): FileInspection {
  const answer: FileInspection = {
    readable: false,
    cause: null,
    schemaVersion: null,
    pageSize: null,
    problems: [],
    counts: null,
  };
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    answer.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    answer.pageSize = db.pragma('page_size', { simple: true }) as number;
    answer.readable = true;
    Object.assign(answer, checkConnection(db, check));
  } catch (error) {
    answer.cause = codeOf(error);
    if (answer.readable) answer.problems = [messageOf(error)];
  } finally {
    db?.close();
  }
  return answer;
}

/** SQLite's check on an open connection, and the counts when it passed. */
export function checkConnection(db: Database, check: CheckKind): Pick<FileInspection, 'problems' | 'counts' | 'cause'> {
  let problems: string[];
  try {
    problems = (db.pragma(`${check}_check(20)`) as Record<string, unknown>[])
      .map((row) => String(Object.values(row)[0]))
      .filter((v) => v !== 'ok');
  } catch (error) {
    return { problems: [messageOf(error)], counts: null, cause: codeOf(error) };
  }
  if (problems.length > 0) return { problems, counts: null, cause: null };
  return { problems, counts: countsOf(db), cause: null };
}

/** Clients, engagements and rounds; 0 for a table an older schema does not have yet. */
export function countsOf(db: Database): NonNullable<FileInspection['counts']> {
  const has = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck();
  const count = (table: string) =>
    has.get(table) ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0;
  return { clients: count('clients'), engagements: count('engagements'), rounds: count('assessments') };
}

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : messageOf(error);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
