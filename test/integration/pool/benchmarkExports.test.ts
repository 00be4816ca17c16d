import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { call, callAsync } from '../../../main/api/dispatch';
import { comparisonWorkbook, poolWorkbook } from '../../../main/pool/workbooks';
import { csvHeader, csvRow, type PoolRecord } from '../../../shared/pool/benchmarkCsv';
import type { Comparison } from '../../../shared/pool/schemas';
import { sxw } from '../cliRunner';
import { tempDir, testContext } from '../support';

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const K = 5;
const scores = { B1: 3.1, B2: 2.4, B3: 3.9, B4: 3, B5: 2.2, B6: 4.1, B7: 3.3, B8: 2.8, B9: 3.6 };

/** Six insurers (sector K) and two hospitals (sector Q) of 250–999 employees in the Netherlands, 2025. */
function poolRecords(): PoolRecord[] {
  return Array.from({ length: 8 }, (_, i) => ({
    recordId: randomUUID(),
    framework: 'sx-default',
    sector: i < 6 ? 'K' : 'Q',
    sizeBand: '250-999',
    country: 'NL',
    year: 2025,
    scores: Array.from({ length: 9 }, (_, b) => 150 + ((i * 37 + b * 23) % 300)),
    synthetic: false,
  }));
}

function seedPool(ctx: Ctx): PoolRecord[] {
  const records = poolRecords();
  const csv = `${csvHeader()}\n${records.map((r) => csvRow(r)).join('\n')}\n`;
  must(call(ctx, 'pool.import', { contentBase64: Buffer.from(csv).toString('base64'), fileName: 'pool.csv' }));
  return records;
}

async function readBack(base64: string, dir = tempDir()) {
  const file = path.join(dir, 'read.xlsx');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return readXlsxFile(file);
}

const cells = (rows: unknown[][]) => rows.flat();

describe('the benchmark comparison as an Excel workbook', () => {
  it('gives the group’s n and every statistic as numbers when the group has k or more', async () => {
    const ctx = testContext();
    seedPool(ctx);
    const input = { scores, filters: { sector: ['K'] }, k: K };
    const comparison = must(call(ctx, 'pool.compare', input));
    const file = must(await callAsync(ctx, 'pool.exportComparison', { ...input, language: 'en' }));
    expect(file.fileName).toBe('benchmark-comparison-scores.xlsx');
    const [sheet] = await readBack(file.contentBase64);
    expect(sheet?.sheet).toBe('Benchmark');
    const rows = sheet?.data ?? [];
    expect(rows.find((r) => r[0] === 'Organisations in the group')?.[1]).toBe(6);
    const header = rows.findIndex((r) => r[0] === 'Block');
    expect(rows[header]).toEqual([
      'Block',
      'Name',
      'Client',
      'Mean',
      'SD',
      'P10',
      'P25',
      'Median',
      'P75',
      'P90',
      'Percentile rank',
    ]);
    const b1 = rows[header + 1] ?? [];
    const expected = comparison.blocks[0];
    expect(b1.slice(0, 2)).toEqual(['B1', 'Service excellence vision, mission and strategy']);
    // Unrounded, as numbers: the display format rounds, the cell does not.
    expect(b1.slice(2)).toEqual([
      expected?.score,
      expected?.mean,
      expected?.sd,
      expected?.p10,
      expected?.p25,
      expected?.median,
      expected?.p75,
      expected?.p90,
      expected?.percentileRank,
    ]);
    expect(b1.slice(2).every((v) => typeof v === 'number')).toBe(true);
    expect(rows.at(-1)?.[1]).toBe('Overall');
  });

  it('says only “fewer than k” for a group below k: no n and no statistic anywhere in the file', async () => {
    const ctx = testContext();
    seedPool(ctx);
    const file = must(
      await callAsync(ctx, 'pool.exportComparison', { scores, filters: { sector: ['Q'] }, k: K, language: 'nl' }),
    );
    const rows = (await readBack(file.contentBase64))[0]?.data ?? [];
    expect(rows.find((r) => r[0] === 'Organisaties in de groep')?.[1]).toBe('minder dan 5 organisaties');
    const header = rows.findIndex((r) => r[0] === 'Bouwsteen');
    for (const row of rows.slice(header + 1)) {
      // The client's own score, then only the words; every statistic's cell is empty.
      expect(row[3]).toBe('minder dan 5 organisaties');
      expect(row.slice(4).every((v) => v === null)).toBe(true);
    }
    // The group has 2 records: the number appears nowhere (the client's own scores are not 2).
    expect(cells(rows)).not.toContain(2);
  });

  it('is written by sxw benchmark compare --out FILE.xlsx, and --out of another kind is refused', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.sqlite');
    const poolCsv = path.join(dir, 'pool.csv');
    fs.writeFileSync(
      poolCsv,
      `${csvHeader()}\n${poolRecords()
        .map((r) => csvRow(r))
        .join('\n')}\n`,
    );
    expect((await sxw(['--db', db, 'benchmark', 'import', poolCsv])).code).toBe(0);
    const scoresFile = path.join(dir, 'scores.json');
    fs.writeFileSync(scoresFile, JSON.stringify(scores));
    const out = path.join(dir, 'comparison.xlsx');
    const r = await sxw([
      '--db',
      db,
      'benchmark',
      'compare',
      '--scores',
      scoresFile,
      '--sector',
      'K',
      '--k',
      String(K),
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Wrote ${out}`);
    const rows = (await readXlsxFile(out))[0]?.data ?? [];
    expect(rows.find((row) => row[0] === 'Organisations in the group')?.[1]).toBe(6);
    const bad = await sxw(['--db', db, 'benchmark', 'compare', '--scores', scoresFile, '--out', 'x.csv']);
    expect(bad.code).toBe(2);
  });
});

describe('the benchmark pool as an Excel workbook and as CSV for Dutch Excel', () => {
  it('writes the k-anonymous records with scores as numbers, read back by read-excel-file', async () => {
    const ctx = testContext();
    const records = seedPool(ctx);
    const file = must(await callAsync(ctx, 'pool.exportWorkbook', { k: K }));
    // The two hospitals stand in a group below k, even with their country generalised: left out.
    expect([file.exported, file.leftOut]).toEqual([6, 2]);
    const rows = (await readBack(file.contentBase64))[0]?.data ?? [];
    expect(rows[0]?.slice(0, 7)).toEqual(['Record', 'Framework', 'Sector', 'Size band', 'Country', 'Year', 'B1']);
    expect(rows).toHaveLength(7);
    const insurers = records.filter((r) => r.sector === 'K');
    for (const row of rows.slice(1)) {
      const record = insurers.find((r) => r.recordId === row[0]);
      expect(record).toBeDefined();
      expect(row[2]).toBe('K — Financial and insurance activities');
      expect(row[5]).toBe(2025);
      expect(row.slice(6, 15)).toEqual(record?.scores.map((h) => (h === null ? null : h / 100)));
    }
  });

  it('writes the CSV with ; decimal commas and a BOM that a plain parse reads back', () => {
    const ctx = testContext();
    seedPool(ctx);
    const csv = must(call(ctx, 'pool.export', { delimiter: ';', k: K })).content;
    expect(csv.startsWith('\uFEFFrecord_id;framework;')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(7);
    for (const line of lines.slice(1)) {
      const fields = line.split(';');
      const values = fields.slice(6, 15).map((v) => Number(v.replace(',', '.')));
      expect(values.every((v) => Number.isFinite(v) && v >= 1 && v <= 5)).toBe(true);
      expect(fields.every((f) => !/^[=+\-@\t\r]/.test(f))).toBe(true);
    }
  });
});

describe('text cells of the benchmark workbooks', () => {
  it('are neutralised when they start with = + - @ a tab or a carriage return', async () => {
    const comparison: Comparison = {
      framework: '=cmd',
      filters: { sector: [], size: [], country: [], from: null, to: null },
      k: 3,
      n: 10,
      synthetic: false,
      suppressed: false,
      blocks: ['B1', 'B2', 'B3', 'B4', 'B5'].map((block) => ({
        block,
        score: 3,
        n: 10,
        mean: 3,
        sd: 1,
        p10: 2,
        p25: 2.5,
        median: 3,
        p75: 3.5,
        p90: 4,
        percentileRank: 50,
        suppressed: false,
      })),
      overall: {
        score: 3,
        n: 10,
        mean: 3,
        sd: 1,
        p10: 2,
        p25: 2.5,
        median: 3,
        p75: 3.5,
        p90: 4,
        percentileRank: 50,
        suppressed: false,
      },
    };
    const names = new Map([
      ['B1', '=HYPERLINK("http://example.invalid","x")'],
      ['B2', '+1+2'],
      ['B3', '-2'],
      ['B4', '@SUM(A1)'],
      ['B5', '\tTab'],
    ]);
    const record: PoolRecord = {
      recordId: '=1+1',
      framework: '@fw',
      sector: 'K',
      sizeBand: '250-999',
      country: 'NL',
      year: 2025,
      scores: [300, null, null, null, null, null, null, null, null],
      synthetic: false,
    };
    const dir = tempDir();
    const file = path.join(dir, 'n.xlsx');
    const sheets = [...comparisonWorkbook(comparison, names, 'en'), ...poolWorkbook([record], 'en')];
    fs.writeFileSync(file, await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0]).toBuffer());
    const [compared, pool] = await readXlsxFile(file);
    const texts = cells([...(compared?.data ?? []), ...(pool?.data ?? [])]).filter(
      (v): v is string => typeof v === 'string',
    );
    expect(texts.filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
    expect(texts).toEqual(
      expect.arrayContaining([
        '\'=HYPERLINK("http://example.invalid","x")',
        "'+1+2",
        "'-2",
        "'@SUM(A1)",
        "'\tTab",
        "'=1+1",
        "'@fw",
        "'=cmd",
      ]),
    );
  });
});
