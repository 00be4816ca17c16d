import { describe, expect, it } from 'vitest';
import { PullStaging } from '../../../main/team/pullStaging';
import { ReleaseReader } from '../../../main/team/releases';
import { testContext } from '../support';

const ANNA = 'a0000000-0000-4000-8000-00000000000a';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const released = (n: number, country = 'NL') =>
  `(${id(n)},${ANNA},t,K,10-49,${country},2025,${200 + (n % 300)},,300,,,,,,,sx-default)`;
const tombstone = (n: number) => `(${id(n)},${ANNA},f,,,,,,,,,,,,,,)`;

const stagingTables = (db: ReturnType<typeof testContext>['db']) =>
  db.prepare("SELECT count(*) FROM temp.sqlite_schema WHERE name LIKE 'team_pull_%'").pluck().get();

/** Reads each page and sets it aside, as a sync does while the server makes the next page. */
function stage(db: ReturnType<typeof testContext>['db'], pages: string[][]): PullStaging {
  const reader = new ReleaseReader();
  const staging = new PullStaging(db);
  for (const lines of pages) {
    const from = reader.count;
    reader.read(lines.join('\n'), lines.length);
    staging.add(reader.view(), from, reader.count);
  }
  return staging;
}

describe('a pull set aside page by page', () => {
  it('takes every page into the pool in one step: records added, changed ones updated, tombstones removed', () => {
    const { db } = testContext();
    // 250 records over pages of 120, 120 and 10: full statements of a hundred rows and partial ones.
    const first = Array.from({ length: 250 }, (_, i) => released(i));
    const staging = stage(db, [first.slice(0, 120), first.slice(120, 240), first.slice(240)]);
    expect(db.prepare('SELECT count(*) FROM pool_records').pluck().get()).toBe(0);
    db.transaction(() => expect(staging.take('server-1')).toEqual({ changed: 250, conflicts: 0, dropped: 0 }))();
    staging.drop();
    expect(stagingTables(db)).toBe(0);
    expect(
      db
        .prepare(
          'SELECT record_id, country, b1, b2, b3, team_server, team_contributor FROM pool_records WHERE record_id = ?',
        )
        .get(id(7)),
    ).toEqual({
      record_id: id(7),
      country: 'NL',
      b1: 207,
      b2: null,
      b3: 300,
      team_server: 'server-1',
      team_contributor: ANNA,
    });

    // The next pull: one record generalised, one withdrawn, one unchanged, one of an imported pack's id.
    db.prepare(
      `INSERT INTO pool_records (record_id, framework, sector, size_band, country, year, b1, source)
       VALUES (?, 'sx-default', 'K', '10-49', 'NL', 2025, 300, 'pack-1')`,
    ).run(id(900));
    const next = stage(db, [
      [released(1, 'ZZ'), tombstone(2)],
      [released(3), released(900)],
    ]);
    db.transaction(() => expect(next.take('server-1')).toEqual({ changed: 1, conflicts: 1, dropped: 1 }))();
    next.drop();
    expect(db.prepare('SELECT country FROM pool_records WHERE record_id = ?').pluck().get(id(1))).toBe('ZZ');
    expect(db.prepare('SELECT count(*) FROM pool_records WHERE record_id = ?').pluck().get(id(2))).toBe(0);
    expect(db.prepare('SELECT source FROM pool_records WHERE record_id = ?').pluck().get(id(900))).toBe('pack-1');
    expect(db.prepare("SELECT count(*) FROM pool_records WHERE source = 'team'").pluck().get()).toBe(249);
  });

  it('keeps two pulls on one connection apart, and leaves no table behind once dropped', () => {
    const { db } = testContext();
    const one = stage(db, [[released(1)]]);
    const two = stage(db, [[released(2)]]);
    expect(stagingTables(db)).toBe(2);
    db.transaction(() => expect(two.take('server-1')).toMatchObject({ changed: 1 }))();
    expect(db.prepare('SELECT record_id FROM pool_records').pluck().all()).toEqual([id(2)]);
    one.drop();
    two.drop();
    two.drop();
    expect(stagingTables(db)).toBe(0);
  });
});
