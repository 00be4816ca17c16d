import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { BackupSummary } from '../../shared/clients/erasure';
import type { Language } from '../../shared/domain/identifiers';

/**
 * What every service needs from the outside world, passed in so the same service runs in Electron, the
 * CLI, the bridge and tests (where the clock and ids are fixed).
 */
export interface ServiceContext {
  db: Database;
  databasePath: string;
  now: () => Date;
  newId: (prefix: IdPrefix) => string;
  osLanguage: Language;
  transport: 'ipc' | 'bridge' | 'cli';
  version: string;
  log: (level: 'info' | 'warn' | 'error', message: string, details?: unknown) => void;
  /** The desktop's own dialogs and file manager; only the Electron app has them. */
  desktop?: DesktopShell;
  /** The backups an erasure makes, lists and deletes; absent where this installation keeps none. */
  erasureBackups?: ErasureBackups;
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
  /** Shows a file this app saved in the system's file manager; false for any other path. */
  showInFolder(path: string): boolean;
}

export type IdPrefix = 'cl' | 'ct' | 'en' | 'as' | 'rs' | 'pk';

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
