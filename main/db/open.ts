import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import { assertNotNewer, migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 native binding. The desktop app passes the Electron-ABI build here so the
   * Node build in node_modules (tests, CLI, bridge) and the Electron build never overwrite each other.
   */
  nativeBinding?: string;
  /** Clock for backup file names. */
  now?: () => Date;
}

const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating when absent) and migrates the workbench database. Refuses — with an AppError the
 * shells turn into a clear message — a file from a newer app, a file that is not a readable database,
 * and a file locked beyond the busy timeout. Never deletes or rewrites a file it cannot read.
 */
export function openWorkbenchDatabase(file: string, options: OpenOptions = {}): Database {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Database;
  try {
    db = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw classifyOpenError(error, file);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Reading the schema version is the first real read: a non-database file fails here, untouched, and
    // a newer file is refused before WAL mode rewrites its header.
    assertNotNewer(db.pragma('user_version', { simple: true }) as number, LATEST_SCHEMA_VERSION, file);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a crash or kill of the process; only a power
    // cut may lose the last commits. FULL would fsync every keystroke of the workshop screen.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON'); // deleted content is zeroed, never left readable in free space
    // Temporary tables (an import's staging table) in memory: set once here, because it cannot change
    // inside the transaction every write runs in.
    db.pragma('temp_store = MEMORY');
    migrate(db, file, options.now ?? (() => new Date()));
    return db;
  } catch (error) {
    db.close();
    throw classifyOpenError(error, file);
  }
}

function classifyOpenError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('database_locked', `The database ${file} is locked by another program.`, { file });
  }
  if (
    code === 'SQLITE_NOTADB' ||
    code === 'SQLITE_CORRUPT' ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_IOERR'
  ) {
    return new AppError('database_unreadable', `The database ${file} cannot be read: ${message}`, {
      file,
      sqlite: code,
    });
  }
  return new AppError('database_unreadable', `The database ${file} cannot be opened: ${message}`, {
    file,
    sqlite: code,
  });
}
