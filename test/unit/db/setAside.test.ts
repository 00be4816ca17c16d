import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAsideDatabase, setAsidePath } from '../../../main/db/setAside';

describe('setAsidePath', () => {
  it('appends .damaged-<UTC timestamp> without characters Windows refuses', () => {
    expect(setAsidePath('/data/sx-workbench.sqlite', new Date('2025-03-14T09:26:53.987Z'))).toBe(
      '/data/sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z',
    );
  });
});

describe('setAsideDatabase', () => {
  let dir: string;
  let db: string;
  let backup: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sxw-set-aside-'));
    db = join(dir, 'sx-workbench.sqlite');
    backup = setAsidePath(db, new Date('2025-03-14T09:26:53Z'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('renames the file and its WAL and shared-memory files, deleting nothing', () => {
    writeFileSync(db, 'garbage');
    writeFileSync(`${db}-wal`, 'wal');
    writeFileSync(`${db}-shm`, 'shm');
    expect(setAsideDatabase(db, backup)).toEqual([backup, `${backup}-wal`, `${backup}-shm`]);
    expect(readdirSync(dir).sort()).toEqual(
      [
        'sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z',
        'sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z-shm',
        'sx-workbench.sqlite.damaged-2025-03-14T09-26-53Z-wal',
      ].sort(),
    );
    expect(readFileSync(backup, 'utf8')).toBe('garbage');
  });

  it('moves only the files that exist', () => {
    writeFileSync(db, 'garbage');
    expect(setAsideDatabase(db, backup)).toEqual([backup]);
  });

  it('refuses to overwrite an earlier backup of the same name', () => {
    writeFileSync(db, 'new garbage');
    writeFileSync(backup, 'earlier backup');
    expect(() => setAsideDatabase(db, backup)).toThrow(/already exists/);
    expect(readFileSync(backup, 'utf8')).toBe('earlier backup');
    expect(readFileSync(db, 'utf8')).toBe('new garbage');
  });
});
