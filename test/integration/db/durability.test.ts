import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbenchDatabase } from '../../../main/db/open';
import { tempDir } from '../support';

/** What makes a write the screen shows as saved survive a power cut (docs/architecture.md, "The store"). */
describe('a database opened by the workbench', () => {
  it('flushes every commit to the disk before answering: WAL with synchronous FULL', () => {
    const db = openWorkbenchDatabase(path.join(tempDir(), 'durable.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 is FULL: the log is synced at every commit, not only at checkpoints (NORMAL, 1).
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps the setting when it reopens a file it made before', () => {
    const file = path.join(tempDir(), 'again.sqlite');
    openWorkbenchDatabase(file).close();
    const db = openWorkbenchDatabase(file);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });
});
