import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { BackupSummary } from '../../shared/clients/erasure';
import type { Language } from '../../shared/domain/identifiers';
import { moveChangeHub } from './changes';
import type { JobHost } from '../jobs/host';
import type { TeamSecrets } from '../team/secrets';

/**
 * What every service needs from the outside world, passed in so the same service runs in Electron, the
 * CLI, the bridge and tests (where the clock and ids are fixed).
 */
export interface ServiceContext {
  /**
   * The open database. Replaced when a backup is restored (main/backup/restore.ts): read it from the
   * context at each use, never keep it.
   */
  db: Database;
  databasePath: string;
  /** The better-sqlite3 native binding the desktop app opens databases with (restores and checks need it). */
  nativeBinding?: string;
  now: () => Date;
  newId: (prefix: IdPrefix) => string;
  osLanguage: Language;
  transport: 'ipc' | 'bridge' | 'cli';
  version: string;
  log: (level: 'info' | 'warn' | 'error', message: string, details?: unknown) => void;
  /** The desktop's own dialogs and file manager; only the Electron app has them. */
  desktop?: DesktopShell;
  /**
   * Worker threads for long work (imports, reports), where a thread answers a UI: the desktop app and
   * `sxw serve`. Without it a job runs on the caller's thread (the CLI, tests).
   */
  jobs?: JobHost;
  /**
   * Where evidence files are stored (main/dossier/evidenceStore.ts); the `evidence` folder beside the
   * database when absent. Tests with a database in memory point it at a temporary folder.
   */
  evidenceFolder?: string;
  /** The backups an erasure makes, lists and deletes; absent where this installation keeps none. */
  erasureBackups?: ErasureBackups;
  /**
   * A verified backup of the whole database, made before a large import writes (main/backup/beforeImport.ts);
   * absent where this installation keeps no backups. A failure stops the import before it writes.
   */
  backupBeforeImport?: () => Promise<unknown>;
  /** Where the team server's password is kept (never the database); absent: it must be given each time. */
  teamSecrets?: TeamSecrets;
}

/**
 * What erasing a client needs of the backup feature (`main/backup/` provides it where backups are kept).
 * Each may answer at once or with a promise; a failure of `backupNow` stops the erasure before it starts.
 */
export interface ErasureBackups {
  /** A verified backup of the whole database, made just before a client is erased. */
  backupNow(reason: 'erasure'): BackupSummary | Promise<BackupSummary>;
  /** The backups that still hold this client (by its id), newest first. */
  holding(clientId: string): BackupSummary[] | Promise<BackupSummary[]>;
  /** Deletes one backup file that `holding` listed. */
  remove(file: string): void | Promise<void>;
}

export interface DesktopShell {
  /** The native Save dialog; null when the user cancels. */
  chooseSavePath(defaultName: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  /** The native Open dialog, starting in `folder`; null when the user cancels. */
  chooseOpenPath(folder: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  /** Whether the user chose this file in the Open dialog (only such files may be read from elsewhere). */
  wasOpened(path: string): boolean;
  /** Shows a file this app saved in the system's file manager; false for any other path. */
  showInFolder(path: string): boolean;
}

export type IdPrefix = 'cl' | 'ct' | 'en' | 'as' | 'rs' | 'pk' | 'in' | 'ms' | 'sm' | 'ev' | 'kr';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** `cl_` + 14 base-32 characters (70 random bits): short enough to type in the CLI, never reused. */
export function randomId(prefix: IdPrefix): string {
  const bytes = randomBytes(14);
  let s = '';
  for (const b of bytes) s += ALPHABET[b & 31];
  return `${prefix}_${s}`;
}

export function createContext(
  parts: Pick<ServiceContext, 'db' | 'databasePath' | 'transport'> & Partial<ServiceContext>,
): ServiceContext {
  return {
    now: () => new Date(),
    newId: randomId,
    osLanguage: 'en',
    version: '0.0.0',
    log: () => {},
    ...parts,
  };
}

/**
 * Puts a new connection in the context in place of the open one (a restored backup), which is closed.
 * Everything keyed by the connection starts afresh with it — cached statements, the pool's index, the
 * write-scope and transaction runners, its health — except the change hub, which moves along so every
 * window and stream keeps receiving events.
 */
export function replaceConnection(ctx: ServiceContext, next: Database): void {
  const previous = ctx.db;
  moveChangeHub(previous, next);
  ctx.db = next;
  if (previous.open) previous.close();
}
