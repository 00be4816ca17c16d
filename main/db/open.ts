import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/result';
import { backupBeforeMigration } from '../backup/beforeMigration';
import { type FreeSpace, freeSpaceOnDisk } from '../files/freeSpace';
import { checkNow, setHealth } from './health';
import { assertNotNewer, migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { storageError } from './sqliteErrors';

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 native binding. The desktop app passes the Electron-ABI build here so the
   * Node build in node_modules (tests, CLI, bridge) and the Electron build never overwrite each other.
   */
  nativeBinding?: string;
  /** Clock for backup file names. */
  now?: () => Date;
  /**
   * When to look for damage (`quick_check`), always before the first write is accepted:
   * - `first-write` (default): the first writing operation checks (see main/db/health.ts), so a command
   *   that only reads never waits for it;
   * - `now`: before this returns — the desktop app and `serve` for a file of ordinary size;
   * - `trusted`: not at all, for a copy that has just passed `integrity_check` (a restore).
   * A pending migration is a write, so a file about to be migrated is always checked first.
   */
  check?: 'first-write' | 'now' | 'trusted';
  /**
   * Opens a damaged file for reading only, to look at it before restoring a backup: nothing is migrated or
   * switched, every write is refused (`database_corrupt`), the file's bytes stay as they are.
   */
  readOnly?: boolean;
  /** Free bytes on a disk, for the check before the backup a migration makes; tests inject a full disk. */
  freeSpace?: FreeSpace;
  /** Whether a migration of a database with data is preceded by a backup (default). Off for a copy being restored. */
  backupBeforeMigration?: boolean;
  appVersion?: string;
}

const BUSY_TIMEOUT_MS = 5000;
const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Opens (creating when absent) and migrates the workbench database, and tells apart everything that can
 * stand in the way, each as its own AppError for the shells to explain with its own ways out:
 * `database_newer`, `database_corrupt` (not a database, truncated, or damaged as `quick_check` confirms;
 * `details.readable` says whether it can be opened read-only), `database_locked`, `disk_full`,
 * `database_read_only` (read-only disk, no permission) and `io_error`. Never deletes or rewrites a file it
 * refuses: the refusals happen before the first write.
 *
 * Durability: WAL with `synchronous = FULL` — every commit is flushed to the disk before the write is
 * answered, so what the screen shows as saved survives a power cut, not only a crash of the process.
 */
export function openWorkbenchDatabase(file: string, options: OpenOptions = {}): Database {
  if (file === ':memory:') return configure(new BetterSqlite3(file), file, options, true);
  const existing = inspectBytes(file);
  if (!options.readOnly) prepareFolder(file, existing);
  let db: Database;
  try {
    db = new BetterSqlite3(file, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.readOnly ? { readonly: true, fileMustExist: true } : {}),
    });
  } catch (error) {
    throw classifyOpenError(error, file);
  }
  try {
    return configure(db, file, options, !existing);
  } catch (error) {
    db.close();
    throw classifyOpenError(error, file);
  }
}

function configure(db: Database, file: string, options: OpenOptions, isNew: boolean): Database {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Reading the schema version is the first real read: a damaged header fails here, untouched, and a newer
  // file is refused before WAL mode rewrites its header.
  const version = db.pragma('user_version', { simple: true }) as number;
  assertNotNewer(version, LATEST_SCHEMA_VERSION, file);
  if (options.readOnly) {
    const health = checkNow(db);
    setHealth(db, health.state === 'ok' ? { state: 'corrupt', problems: ['opened read-only'] } : health);
    return db;
  }
  const pending = version < LATEST_SCHEMA_VERSION;
  const check = options.check ?? 'first-write';
  if (!isNew && check !== 'trusted' && (check === 'now' || (pending && version > 0))) {
    const health = checkNow(db);
    if (health.state === 'corrupt') throw damaged(file, health.problems, true);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON'); // deleted content is zeroed, never left readable in free space
  // Temporary storage (statement journals, sorts, temporary tables) in memory: set once here, because it
  // cannot change inside the transaction every write runs in.
  db.pragma('temp_store = MEMORY');
  const now = options.now ?? (() => new Date());
  const backup =
    options.backupBeforeMigration === false || file === ':memory:'
      ? null
      : (source: Database, fromVersion: number) =>
          backupBeforeMigration(source, file, {
            now: now(),
            fromVersion,
            freeSpace: options.freeSpace ?? freeSpaceOnDisk,
            appVersion: options.appVersion,
            nativeBinding: options.nativeBinding,
          });
  migrate(db, file, backup);
  // A new or just-checked file is known good; any other waits for its check before the first write.
  if (isNew || check === 'trusted' || check === 'now' || (pending && version > 0)) setHealth(db, { state: 'ok' });
  else setHealth(db, { state: 'unchecked' });
  return db;
}

/**
 * What the file's first bytes say before SQLite opens it. SQLite takes a file shorter than its 100-byte
 * header for an empty database and would create a schema over it; a file that does not start with the
 * SQLite header, or whose length is not a whole number of pages (cut short), is refused here instead.
 * Returns whether a file with content exists. (An empty file is a database not written yet: in WAL mode
 * the first writes may still be in the -wal file.)
 */
function inspectBytes(file: string): boolean {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw storageError(error, file) ?? error;
  }
  if (size === 0) return fs.existsSync(`${file}-wal`);
  const header = Buffer.alloc(100);
  let read: number;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      read = fs.readSync(fd, header, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw storageError(error, file) ?? error;
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new AppError(
      'database_corrupt',
      `${file} is not an SX Workbench database (no SQLite header); it has not been changed.`,
      {
        file,
        reason: 'not_a_database',
        readable: false,
      },
    );
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0 || size % pageSize !== 0) {
    throw new AppError(
      'database_corrupt',
      `The database ${file} is cut short (${size} bytes is not a whole number of pages); it has not been changed.`,
      {
        file,
        reason: 'truncated',
        readable: false,
      },
    );
  }
  return true;
}

/**
 * The folder must exist and, like the file, be writable: SQLite keeps its -wal and -shm files beside the
 * database, and opening read-write over a read-only file would only fail at the first save.
 */
function prepareFolder(file: string, exists: boolean): void {
  const folder = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
    if (exists || fs.existsSync(file)) fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw storageError(error, file) ?? error;
  }
}

function damaged(file: string, problems: string[], readable: boolean): AppError {
  return new AppError(
    'database_corrupt',
    `The database ${file} is damaged (SQLite's check: ${problems[0] ?? 'failed'}); it has not been changed.`,
    { file, reason: 'damaged', readable, problems: problems.slice(0, 5) },
  );
}

function classifyOpenError(error: unknown, file: string): unknown {
  if (error instanceof AppError) return error;
  const classified = storageError(error, file);
  if (!classified) return error;
  if (classified.code === 'database_corrupt') {
    const notADatabase = (error as { code?: string }).code === 'SQLITE_NOTADB';
    return new AppError('database_corrupt', `${classified.message}`, {
      ...classified.details,
      reason: notADatabase ? 'not_a_database' : 'damaged',
      readable: false,
    });
  }
  return classified;
}
