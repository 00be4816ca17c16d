import { describe, expect, it } from 'vitest';
import { storageError, storageProblemOf } from '../../../main/db/sqliteErrors';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('telling storage problems apart', () => {
  it.each([
    ['SQLITE_BUSY', 'database_locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'database_locked'],
    ['SQLITE_LOCKED', 'database_locked'],
    ['SQLITE_CORRUPT', 'database_corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'database_corrupt'],
    ['SQLITE_NOTADB', 'database_corrupt'],
    ['SQLITE_FULL', 'disk_full'],
    ['ENOSPC', 'disk_full'],
    ['EDQUOT', 'disk_full'],
    ['SQLITE_READONLY', 'database_read_only'],
    ['SQLITE_READONLY_DBMOVED', 'database_read_only'],
    ['SQLITE_PERM', 'database_read_only'],
    ['EROFS', 'database_read_only'],
    ['EACCES', 'database_read_only'],
    ['SQLITE_IOERR_WRITE', 'io_error'],
    ['SQLITE_IOERR', 'io_error'],
    ['SQLITE_CANTOPEN', 'io_error'],
    ['EIO', 'io_error'],
  ])('%s is %s', (code, problem) => {
    expect(storageProblemOf(withCode(code))).toBe(problem);
  });

  it('leaves everything else alone', () => {
    for (const error of [
      withCode('SQLITE_ERROR'),
      withCode('SQLITE_CONSTRAINT_UNIQUE'),
      new Error('x'),
      null,
      'SQLITE_FULL',
    ]) {
      expect(storageProblemOf(error)).toBeNull();
      expect(storageError(error, '/x.sqlite')).toBeNull();
    }
  });

  it('names the file and the cause, and says nothing was written', () => {
    const error = storageError(withCode('SQLITE_FULL'), '/data/sx.sqlite');
    expect(error?.code).toBe('disk_full');
    expect(error?.message).toBe(
      'The disk holding /data/sx.sqlite is full; nothing was written. Free up space and try again.',
    );
    expect(error?.details).toEqual({ file: '/data/sx.sqlite', cause: 'SQLITE_FULL' });
  });
});
