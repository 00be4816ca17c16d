import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * The name a damaged database is kept under: `<name>.damaged-<UTC timestamp>`, e.g.
 * `sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z`. No colons, so the name is valid on Windows.
 */
export function setAsidePath(databasePath: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `${databasePath}.damaged-${stamp}`;
}

/** SQLite keeps uncommitted pages next to the database; they belong to that file and move with it. */
const COMPANION_SUFFIXES = ['', '-wal', '-shm', '-journal'] as const;

/**
 * Moves a damaged database (and its -wal/-shm/-journal companions) aside so a new one can be created
 * at the same path. Only renames — user data is never deleted — and refuses to replace an existing file.
 * A stale -wal left behind would be replayed into the new, empty database; that is why it moves too.
 * Returns the names the files now have.
 */
export function setAsideDatabase(databasePath: string, backupPath: string): string[] {
  for (const suffix of COMPANION_SUFFIXES) {
    if (existsSync(`${backupPath}${suffix}`)) {
      throw new Error(`Will not replace ${basename(backupPath)}${suffix}: it already exists`);
    }
  }
  const moved: string[] = [];
  for (const suffix of COMPANION_SUFFIXES) {
    const from = `${databasePath}${suffix}`;
    if (!existsSync(from)) continue;
    renameSync(from, `${backupPath}${suffix}`);
    moved.push(`${backupPath}${suffix}`);
  }
  return moved;
}
