import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupInFolder, backupName, backupsFolder, parseBackupName } from '../../../main/backup/folder';

const db = '/home/ann/.config/SX Workbench/sx-workbench.sqlite';

describe('backup names', () => {
  it('puts backups in backups/ beside the database, named after it, the moment and the reason', () => {
    expect(backupsFolder(db)).toBe('/home/ann/.config/SX Workbench/backups');
    const name = backupName(db, new Date('2026-11-22T10:00:00.123Z'), 'before-erasure');
    expect(name).toBe('sx-workbench.backup-2026-11-22T10-00-00-123Z-before-erasure.sqlite');
    expect(name).not.toMatch(/[:\\/]/);
    expect(parseBackupName(db, name)).toEqual({ createdAt: '2026-11-22T10:00:00.123Z', reason: 'before-erasure' });
  });

  it("does not take another database's backups or a file put there by hand for its own", () => {
    expect(parseBackupName(db, 'other.backup-2026-11-22T10-00-00-123Z-daily.sqlite')).toBeNull();
    expect(parseBackupName(db, 'sx-workbench.backup-2026-11-22T10-00-00-123Z-whatever.sqlite')).toBeNull();
    expect(parseBackupName(db, 'copy of sx-workbench.sqlite')).toBeNull();
  });

  it('reaches only plain names inside the folder', () => {
    expect(backupInFolder(db, 'a.sqlite')).toBe(path.join(backupsFolder(db), 'a.sqlite'));
    for (const outside of ['../sx-workbench.sqlite', '/etc/passwd', 'sub/a.sqlite', '..\\a.sqlite', '..', '.']) {
      expect(backupInFolder(db, outside)).toBeNull();
    }
  });
});
