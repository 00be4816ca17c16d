import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openWorkbenchDatabase } from '../../main/db/open';
import { createContext, type IdPrefix, type ServiceContext } from '../../main/api/context';

/** A fresh folder under the OS temp dir, removed after the test file. */
export function tempDir(prefix = 'sxw-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real database file in a temp folder, a fixed clock and readable sequential ids. */
export function testContext(
  options: { now?: string; file?: string } = {},
): ServiceContext & { db: Database; file: string } {
  const file = options.file ?? path.join(tempDir(), 'workbench.sqlite');
  const db = openWorkbenchDatabase(file);
  let seq = 0;
  const clock = new Date(options.now ?? '2026-11-22T10:00:00Z');
  const ctx = createContext({
    db,
    databasePath: file,
    transport: 'cli',
    now: () => clock,
    newId: (prefix: IdPrefix) => `${prefix}_${String(++seq).padStart(4, '0')}`,
    log: () => {},
  });
  return Object.assign(ctx, { file, db });
}
