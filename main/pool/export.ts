import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  benchmarkCsv,
  canonicalCsvLines,
  OTHER_COUNTRY,
  PACK_FORMAT,
  PACK_VERSION,
  type BenchmarkPack,
  type PoolRecord,
  toPackRecord,
} from '../../shared/pool/benchmarkCsv';
import type { ExportInput, PoolExport, PoolWorkbookExport, PoolWorkbookInput } from '../../shared/pool/schemas';
import { getSettings } from '../settings/settings';
import { xlsxBase64 } from './xlsx';
import { poolWorkbook } from './workbooks';
import type { ServiceContext } from '../api/context';
import { stmt } from '../db/statements';
import { minimumGroupSize } from './minimumGroupSize';
import * as repo from './repository';

type ExportArgs = z.output<typeof ExportInput>;

/**
 * Makes an export k-anonymous in its quasi-identifiers (sector, size band, country, year): every combination
 * in the file occurs at least k times.
 *
 * The Benchmark CSV's `year` is four digits and its `country` an ISO code, so generalisation must keep the
 * file importable: a year is never changed (a period would break the format, and moving a record to another
 * year would falsify it); the country of a record in a rare combination is written as `ZZ`, the ISO
 * user-assigned code this format reads as "another country". Records still in a combination below k after
 * that are left out. The export reports both numbers.
 */
export function kAnonymize(
  records: PoolRecord[],
  k: number,
): { kept: PoolRecord[]; generalised: number; leftOut: number } {
  const key = (r: PoolRecord, country = r.country) => `${r.sector}|${r.sizeBand}|${country}|${r.year}`;
  const counts = new Map<string, number>();
  for (const r of records) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  const kept: PoolRecord[] = [];
  const rare: PoolRecord[] = [];
  for (const r of records) ((counts.get(key(r)) as number) >= k ? kept : rare).push(r);
  const finalCounts = new Map<string, number>();
  for (const r of kept) finalCounts.set(key(r), (finalCounts.get(key(r)) ?? 0) + 1);
  for (const r of rare) {
    const g = key(r, OTHER_COUNTRY);
    finalCounts.set(g, (finalCounts.get(g) ?? 0) + 1);
  }
  let generalised = 0;
  let leftOut = 0;
  for (const r of rare) {
    if ((finalCounts.get(key(r, OTHER_COUNTRY)) as number) >= k) {
      kept.push(r.country === OTHER_COUNTRY ? r : { ...r, country: OTHER_COUNTRY });
      if (r.country !== OTHER_COUNTRY) generalised++;
    } else {
      leftOut++;
    }
  }
  return { kept, generalised, leftOut };
}

interface Selection {
  kept: PoolRecord[];
  counts: { exported: number; generalised: number; leftOut: number; syntheticLeftOut: number };
}

/** The records an export may hold: of one framework and kind, filtered, made k-anonymous. */
function exportable(
  ctx: ServiceContext,
  input: Pick<ExportArgs, 'framework' | 'filters' | 'records' | 'k'>,
): Selection {
  const k = minimumGroupSize(ctx, input.k);
  const f = input.filters;
  const where = ['framework = ?'];
  const params: unknown[] = [input.framework];
  const list = (column: string, values: readonly string[]) => {
    if (values.length === 0) return;
    where.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  };
  list('sector', f.sector);
  list('size_band', f.size);
  list('country', f.country);
  if (f.from !== null) {
    where.push('year >= ?');
    params.push(f.from);
  }
  if (f.to !== null) {
    where.push('year <= ?');
    params.push(f.to);
  }
  // Only the record's own columns are read: names, notes, respondents and the contribution link are never
  // joined, so they cannot reach a file.
  const rows = stmt<unknown[], unknown[]>(
    ctx.db,
    `SELECT ${repo.POOL_COLUMNS} FROM pool_records WHERE ${where.join(' AND ')}`,
  )
    .raw(true)
    .all(...params)
    .map(repo.toPoolRecord);
  // One kind per file: a real record among synthetic ones would stand out by its flag, and synthetic
  // records would fill its combination up to k (docs/anonymity.md "Exports and packs").
  const synthetic = input.records === 'synthetic';
  const wanted = rows.filter((r) => r.synthetic === synthetic);
  const { kept, generalised, leftOut } = kAnonymize(wanted, k);
  return {
    kept,
    counts: {
      exported: kept.length,
      generalised,
      leftOut,
      syntheticLeftOut: synthetic ? 0 : rows.length - wanted.length,
    },
  };
}

const baseName = (ctx: ServiceContext, framework: string) =>
  `benchmark-${framework}-${ctx.now().toISOString().slice(0, 10)}`;

/** The same records as the CSV export, as an Excel workbook (main/pool/workbooks.ts). */
export async function exportPoolWorkbook(
  ctx: ServiceContext,
  input: z.output<typeof PoolWorkbookInput>,
): Promise<PoolWorkbookExport> {
  const { kept, counts } = exportable(ctx, input);
  const sheets = poolWorkbook(kept, getSettings(ctx).effectiveLanguage);
  return { fileName: `${baseName(ctx, input.framework)}.xlsx`, contentBase64: await xlsxBase64(sheets), ...counts };
}

export function exportPool(ctx: ServiceContext, input: ExportArgs): PoolExport {
  const { kept, counts: result } = exportable(ctx, input);
  const base = baseName(ctx, input.framework);
  if (input.format === 'pack') {
    const hash = createHash('sha256');
    for (const line of canonicalCsvLines(kept)) hash.update(line);
    const sha256 = hash.digest('hex');
    const sorted = [...kept].sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
    const pack: BenchmarkPack = {
      format: PACK_FORMAT,
      version: PACK_VERSION,
      framework: input.framework,
      created: ctx.now().toISOString(),
      records: sorted.map(toPackRecord),
      sha256,
    };
    return { fileName: `${base}.sxwpack.json`, content: `${JSON.stringify(pack)}\n`, sha256, ...result };
  }
  return { fileName: `${base}.csv`, content: benchmarkCsv(kept, input.delimiter), sha256: null, ...result };
}
