import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FastRowReader } from '../../../main/pool/benchmarkRowBytes';
import { kAnonymize } from '../../../main/pool/export';
import {
  benchmarkCsv,
  canonicalCsv,
  canonicalCsvLines,
  canonicalLinesOfCells,
  csvRow,
  formatHundredths,
  parseScore,
  parseScoreNumber,
  type PoolRecord,
} from '../../../shared/pool/benchmarkCsv';
import { benchmarkRowSchema, checkRow, rowObject } from '../../../shared/pool/benchmarkRow';
import { syntheticRecords } from '../../../shared/pool/synthetic';

const rec = (recordId: string, scores: (number | null)[], patch: Partial<PoolRecord> = {}): PoolRecord => ({
  recordId,
  framework: 'sx-default',
  sector: 'K',
  sizeBand: '50-249',
  country: 'NL',
  year: 2024,
  scores,
  synthetic: false,
  ...patch,
});

describe('Benchmark CSV: scores on the 0.01 grid', () => {
  it('rounds more than two decimals half away from zero on the digits, not through a float', () => {
    expect(parseScore('2.345')).toEqual({ ok: true, hundredths: 235, rounded: true });
    expect(parseScore('2.3449999')).toEqual({ ok: true, hundredths: 234, rounded: true });
    expect(parseScore('1.005')).toEqual({ ok: true, hundredths: 101, rounded: true });
    expect(parseScore('3.250')).toEqual({ ok: true, hundredths: 325, rounded: false });
    expect(parseScore('0.995')).toEqual({ ok: true, hundredths: 100, rounded: true });
    expect(parseScore('5')).toEqual({ ok: true, hundredths: 500, rounded: false });
    expect(parseScore('')).toEqual({ ok: true, hundredths: null, rounded: false });
    expect(parseScore('3,5', true)).toEqual({ ok: true, hundredths: 350, rounded: false });
    for (const bad of ['5.005', '7', '0.99', '3,5', '-1', '3.', 'abc', '1e0', '3.2.1'])
      expect(parseScore(bad).ok, bad).toBe(false);
    expect(parseScoreNumber(2.345)).toEqual({ ok: true, hundredths: 235, rounded: true });
    expect(parseScoreNumber(3.4666666666666668)).toEqual({ ok: true, hundredths: 347, rounded: true });
  });

  it('formats hundredths with exactly two decimals', () => {
    expect([100, 105, 350, 499, 500].map((h) => formatHundredths(h))).toEqual(['1.00', '1.05', '3.50', '4.99', '5.00']);
    expect(formatHundredths(325, ',')).toBe('3,25');
    expect(formatHundredths(null)).toBe('');
  });
});

describe('Benchmark CSV: the canonical writer and the pack checksum', () => {
  const a = rec('bbbbbbbb-0000-4000-8000-000000000000', [100, 250, 333, 400, 500, null, 120, 130, 140]);
  const b = rec('aaaaaaaa-0000-4000-8000-000000000000', [300, 300, 300, 300, 300, 300, 300, 300, 300], {
    synthetic: true,
    country: 'ZZ',
  });

  it('writes the header, rows sorted by record_id, \\n line ends, no BOM', () => {
    expect(canonicalCsv([a, b])).toBe(
      'record_id,framework,sector,size_band,country,year,B1,B2,B3,B4,B5,B6,B7,B8,B9,synthetic\n' +
        'aaaaaaaa-0000-4000-8000-000000000000,sx-default,K,50-249,ZZ,2024,3.00,3.00,3.00,3.00,3.00,3.00,3.00,3.00,3.00,true\n' +
        'bbbbbbbb-0000-4000-8000-000000000000,sx-default,K,50-249,NL,2024,1.00,2.50,3.33,4.00,5.00,,1.20,1.30,1.40,false\n',
    );
    expect(benchmarkCsv([a], ';')).toBe(
      '\uFEFFrecord_id;framework;sector;size_band;country;year;B1;B2;B3;B4;B5;B6;B7;B8;B9;synthetic\r\n' +
        'bbbbbbbb-0000-4000-8000-000000000000;sx-default;K;50-249;NL;2024;1,00;2,50;3,33;4,00;5,00;;1,20;1,30;1,40;false\r\n',
    );
  });

  it('gives the same checksum whatever the order of the records, from records or from text cells', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...syntheticRecords(30, { seed: 5 })], { minLength: 1 }), (subset) => {
        const sha = (lines: Iterable<string>) => {
          const h = createHash('sha256');
          for (const l of lines) h.update(l);
          return h.digest('hex');
        };
        const reversed = [...subset].reverse();
        const cells = subset.map((r) => csvRow(r).split(','));
        expect(sha(canonicalCsvLines(reversed))).toBe(sha(canonicalCsvLines(subset)));
        expect(sha(canonicalLinesOfCells(cells))).toBe(sha(canonicalCsvLines(subset)));
      }),
      { numRuns: 50 },
    );
  });
});

// Cells near the valid ones, so the properties explore both sides of every rule.
const cell = (valid: string[], invalid: string[]) => fc.constantFrom(...valid, ...invalid);
const rowCells = fc.tuple(
  cell(
    ['0f8fad5b-d9cb-469f-a165-70867728950e', '0F8FAD5B-D9CB-469F-A165-70867728950E'],
    ['0f8fad5b', '', ' 0f8fad5b-d9cb-469f-a165-70867728950e', 'g0f8fad5-d9cb-469f-a165-70867728950e'],
  ),
  cell(['sx-default', 'My.Framework_2'], ['', '-x', 'sx default', 'a'.repeat(65)]),
  cell(['K', 'A', 'U', 'k'], ['V', 'KK', '', '1']),
  cell(['1-9', '10-49', '50-249', '250-999', '1000+'], ['1000', '10 - 49', '']),
  cell(['NL', 'BE', 'ZZ', 'nl'], ['XX', 'N', 'NLD', '']),
  cell(['2024', '1900', '2099'], ['1899', '2100', '24', '20x4', ' 2024']),
  ...Array.from({ length: 9 }, () =>
    cell(
      ['', '1', '1.00', '3.25', '3.255', '2.345', '5', '5.004', '4.999'],
      ['0', '5.005', '7', '3,25', '3.', ' 3', 'x', '-3'],
    ),
  ),
  cell(['', 'true', 'false', 'TRUE'], ['yes', '1', 't']),
);

describe('Benchmark CSV: row validation', () => {
  it('checkRow accepts exactly the rows the zod schema accepts', () => {
    const schema = benchmarkRowSchema();
    fc.assert(
      fc.property(rowCells, (fields) => {
        expect(checkRow(fields).ok).toBe(schema.safeParse(rowObject(fields)).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('the byte-level fast path answers like checkRow wherever it answers', () => {
    const reader = new FastRowReader(44, 16, false);
    fc.assert(
      fc.property(rowCells, (fields) => {
        const line = Buffer.from(fields.join(','));
        const fast = reader.read(line, 0, line.length);
        const slow = checkRow(fields);
        if (fast !== null) {
          expect(slow.ok).toBe(true);
          if (slow.ok) {
            expect(fast).toEqual(slow.record);
            expect(reader.rounded).toBe(slow.rounded);
          }
        }
      }),
      { numRuns: 2000 },
    );
    // and it does answer for the canonical form
    for (const r of syntheticRecords(50, { seed: 9 })) {
      const line = Buffer.from(csvRow(r));
      expect(reader.read(line, 0, line.length)).toEqual(r);
    }
  });
});

describe('k-anonymous exports', () => {
  it('leaves every (sector, size, country, year) combination with at least k records', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sector: fc.constantFrom('K', 'Q'),
            sizeBand: fc.constantFrom('1-9', '10-49'),
            country: fc.constantFrom('NL', 'BE', 'DE', 'ZZ'),
            year: fc.constantFrom(2023, 2024),
          }),
          { maxLength: 120 },
        ),
        fc.integer({ min: 3, max: 8 }),
        (qis, k) => {
          const input = qis.map((q, i) => rec(`r${i}`, [300, 300, 300, 300, 300, 300, 300, 300, 300], q));
          const { kept, generalised, leftOut } = kAnonymize(input, k);
          expect(kept.length + leftOut).toBe(input.length);
          const counts = new Map<string, number>();
          for (const r of kept) {
            const key = `${r.sector}|${r.sizeBand}|${r.country}|${r.year}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(k);
          expect(kept.filter((r) => r.country === 'ZZ').length).toBeGreaterThanOrEqual(generalised);
        },
      ),
      { numRuns: 300 },
    );
  });
});
