import { describe, expect, it } from 'vitest';
import { BLOCK_COUNT, InvalidRelease, type PulledReleases, ReleaseReader } from '../../../main/team/releases';

const ID1 = '00000000-0000-4000-8000-000000000001';
const ID2 = '00000000-0000-4000-8000-000000000002';
const ID3 = '00000000-0000-4000-8000-000000000003';
const ANNA = 'a0000000-0000-4000-8000-00000000000a';
const BRAM = 'b0000000-0000-4000-8000-00000000000b';

const released = (id: string, who: string, fields = 'K,10-49,NL,2025,300,,250,400,100,500,320,210,199,sx-default') =>
  `(${id},${who},t,${fields})`;
const tombstone = (id: string, who: string) => `(${id},${who},f,,,,,,,,,,,,,,)`;

/** Reads whole pages, as a pull does page by page, and trims what was read to its length. */
function readReleases(pages: readonly { lines: string; count: number }[]): PulledReleases {
  const reader = new ReleaseReader();
  for (const page of pages) reader.read(page.lines, page.count);
  const v = reader.view();
  const n = v.length;
  return {
    length: n,
    recordIds: v.recordIds.slice(0, n),
    contributors: v.contributors.slice(0, n),
    shown: v.shown.subarray(0, n),
    frameworks: v.frameworks.slice(0, n),
    sectors: v.sectors.slice(0, n),
    sizeBands: v.sizeBands.slice(0, n),
    countries: v.countries.slice(0, n),
    years: v.years.subarray(0, n),
    scores: v.scores.subarray(0, n * BLOCK_COUNT),
  };
}

/** One page per text, each counted as its lines unless a count is given. */
const pages = (texts: string[], count?: number) =>
  texts.map((lines) => ({ lines, count: count ?? lines.split('\n').length }));

function refusal(texts: string[], count?: number): InvalidRelease {
  try {
    readReleases(pages(texts, count));
  } catch (error) {
    if (error instanceof InvalidRelease) return error;
    throw error;
  }
  throw new Error('expected the releases to be refused');
}

describe('reading a pull’s releases', () => {
  it('reads released records and tombstones over several pages into columns', () => {
    const r = readReleases(
      pages([
        `${released(ID1, ANNA)}\n${tombstone(ID2, ANNA)}`,
        released(ID3, BRAM, 'C,1-9,ZZ,1999,,,,,,,,,,own.fw-2'),
      ]),
    );
    expect(r.length).toBe(3);
    expect(r.recordIds).toEqual([ID1, ID2, ID3]);
    expect(r.contributors).toEqual([ANNA, ANNA, BRAM]);
    expect([...r.shown]).toEqual([1, 0, 1]);
    expect(r.frameworks).toEqual(['sx-default', '', 'own.fw-2']);
    expect(r.sectors).toEqual(['K', '', 'C']);
    expect(r.sizeBands).toEqual(['10-49', '', '1-9']);
    expect(r.countries).toEqual(['NL', '', 'ZZ']);
    expect([...r.years]).toEqual([2025, 0, 1999]);
    expect([...r.scores.subarray(0, 9)]).toEqual([300, 0, 250, 400, 100, 500, 320, 210, 199]);
    expect([...r.scores.subarray(18, 27)]).toEqual(Array(9).fill(0));
  });

  it('reads an empty pull', () => {
    expect(readReleases([]).length).toBe(0);
  });

  it.each([
    ['a score above the range', released(ID1, ANNA, 'K,10-49,NL,2025,501,,,,,,,,,sx-default')],
    ['a score below the range', released(ID1, ANNA, 'K,10-49,NL,2025,99,,,,,,,,,sx-default')],
    ['a score that is not a number', released(ID1, ANNA, 'K,10-49,NL,2025,3e2,,,,,,,,,sx-default')],
    ['a sector outside the list', released(ID1, ANNA, 'Z,10-49,NL,2025,300,,,,,,,,,sx-default')],
    ['an unknown size band', released(ID1, ANNA, 'K,10-50,NL,2025,300,,,,,,,,,sx-default')],
    ['an unknown country', released(ID1, ANNA, 'K,10-49,XX,2025,300,,,,,,,,,sx-default')],
    ['a year out of range', released(ID1, ANNA, 'K,10-49,NL,2100,300,,,,,,,,,sx-default')],
    ['a comma in the framework id', released(ID1, ANNA, 'K,10-49,NL,2025,300,,,,,,,,,sx,default')],
    ['a missing block', released(ID1, ANNA, 'K,10-49,NL,2025,300,,,,,,,,sx-default')],
    ['a record id that is not a UUID', released('not-a-uuid-0000-4000-8000-000000000001', ANNA)],
    ['a contributor that is not a UUID', released(ID1, 'nobody')],
    ['a tombstone with values', tombstone(ID1, ANNA).replace(',f,,', ',f,K,')],
    ['a flag other than t or f', released(ID1, ANNA).replace(`${ANNA},t,`, `${ANNA},1,`)],
    ['a quoted framework id', released(ID1, ANNA, 'K,10-49,NL,2025,300,,,,,,,,,"sx default"')],
    ['a line that is not a row', released(ID1, ANNA).slice(1)],
  ])('refuses %s', (_, line) => {
    expect(refusal([line]).id).toBe(line.slice(1, 37));
  });

  it('reads many pages into one set of columns', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const r = readReleases(
      Array.from({ length: 30 }, (_, p) => ({
        lines: ids
          .slice(p * 10, p * 10 + 10)
          .map((id) => released(id, p % 2 ? ANNA : BRAM))
          .join('\n'),
        count: 10,
      })),
    );
    expect(r.recordIds).toEqual(ids);
    expect(r.contributors[299]).toBe(ANNA);
    expect(r.scores.length).toBe(300 * 9);
    expect(r.scores[299 * 9 + 8]).toBe(199);
  });

  it('refuses a newline inside a field: more lines than the server sent', () => {
    const split = released(ID1, ANNA, 'K,10-49,NL,2025,300,,,,,,,,,sx-default').replace('sx-default', 'sx-\ndefault');
    expect(refusal([split], 1)).toBeInstanceOf(InvalidRelease);
  });

  it('refuses fewer lines than the server said it sent', () => {
    expect(refusal([released(ID1, ANNA)], 2).id).toBe('1/2');
  });
});
