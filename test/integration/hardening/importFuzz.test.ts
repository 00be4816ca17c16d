import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import {
  type BenchmarkPack,
  canonicalCsvLines,
  csvHeader,
  csvRow,
  PACK_FORMAT,
  PACK_VERSION,
  toPackRecord,
} from '../../../shared/pool/benchmarkCsv';
import { syntheticRecords } from '../../../shared/pool/synthetic';
import { testContext } from '../support';

/**
 * The import fuzzer: valid Responses CSVs, Benchmark CSVs and Benchmark packs, each damaged by one to three
 * random mutations (bytes flipped, inserted or cut, lines repeated, swapped or cut short, fields replaced by
 * edge values, line endings and BOMs changed), are imported through the dispatcher. Every outcome must be a
 * whole import or a refusal that names a line or position and leaves the database exactly as it was: no
 * crash (`internal`, a thrown error, an error in the log), no partial write.
 *
 * CI size: 1,000 files of each kind (SXW_FUZZ_FILES raises it, e.g. SXW_FUZZ_FILES=20000; the seed is fixed,
 * SXW_FUZZ_SEED changes it).
 */

const FILES = Math.max(1, Number(process.env.SXW_FUZZ_FILES ?? 1000));
const SEED = Number(process.env.SXW_FUZZ_SEED ?? 10);
const QUESTIONS = sxDefault.questions.map((q) => q.id);
type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDGE_VALUES = [
  '',
  ' ',
  '0',
  '-1',
  '6',
  '3.5',
  '3,5',
  '1e309',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '"',
  '""',
  '"4"',
  '=1+1',
  '@SUM(A1)',
  '+31',
  '\u0000',
  '\u001b[31m',
  '\uFEFF',
  'é',
  '\u{1F600}',
  'x'.repeat(5000),
  'null',
  'true',
  '[]',
  '{}',
  'n/a',
  'N/A',
  '-',
  'ZZ',
  'K',
  '1000+',
  '2026',
  '1899',
  '2100',
];
const INSERTS = [
  '\u0000',
  '\r',
  '\n',
  '\r\n',
  '"',
  ',',
  ';',
  '\t',
  '\uFEFF',
  '\u00e9',
  '\ud800',
  '{',
  '}',
  '[',
  ']',
  ':',
];

/** One to three mutations of a valid file; every kind of damage a copy, an editor or an attacker makes. */
function mutate(file: Buffer, rand: () => number): Buffer {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let bytes = Buffer.from(file);
  const times = 1 + Math.floor(rand() * 3);
  for (let m = 0; m < times; m++) {
    const at = Math.floor(rand() * (bytes.length + 1));
    const text = () => bytes.toString('latin1');
    const lines = () => text().split('\n');
    const joinLines = (ls: string[]) => Buffer.from(ls.join('\n'), 'latin1');
    switch (Math.floor(rand() * 11)) {
      case 0: // a byte changed
        if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = Math.floor(rand() * 256);
        break;
      case 1: // bytes inserted
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(INSERTS)), bytes.subarray(at)]);
        break;
      case 2: // a range cut out
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + Math.floor(rand() * 40))]);
        break;
      case 3: // cut short
        bytes = bytes.subarray(0, at);
        break;
      case 4: {
        // a line repeated
        const ls = lines();
        const i = Math.floor(rand() * ls.length);
        ls.splice(i, 0, ls[i] as string);
        bytes = joinLines(ls);
        break;
      }
      case 5: {
        // two lines swapped
        const ls = lines();
        const i = Math.floor(rand() * ls.length);
        const j = Math.floor(rand() * ls.length);
        [ls[i], ls[j]] = [ls[j] as string, ls[i] as string];
        bytes = joinLines(ls);
        break;
      }
      case 6: {
        // a field replaced by an edge value
        const t = text();
        const separators = [...t.matchAll(/[,;:\n]/g)].map((x) => x.index);
        if (separators.length < 2) break;
        const k = Math.floor(rand() * (separators.length - 1));
        const from = (separators[k] as number) + 1;
        const to = separators[k + 1] as number;
        bytes = Buffer.concat([bytes.subarray(0, from), Buffer.from(pick(EDGE_VALUES)), bytes.subarray(to)]);
        break;
      }
      case 7: // line endings changed throughout
        bytes = Buffer.from(rand() < 0.5 ? text().replace(/\r\n/g, '\n') : text().replace(/\r?\n/g, '\r\n'), 'latin1');
        break;
      case 8: // a BOM added or the first bytes dropped
        bytes =
          rand() < 0.5
            ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])
            : bytes.subarray(1 + Math.floor(rand() * 3));
        break;
      case 9: // an empty line in the middle
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from('\n\n'), bytes.subarray(at)]);
        break;
      default: {
        // the delimiter of one line changed
        const ls = lines();
        const i = Math.floor(rand() * ls.length);
        ls[i] = (ls[i] as string).replace(/,/g, ';');
        bytes = joinLines(ls);
      }
    }
  }
  return bytes;
}

/** Everything an import could leave behind. */
function footprint(ctx: Ctx) {
  const count = (sql: string) => ctx.db.prepare(sql).pluck().get() as number;
  return {
    respondents: count('SELECT count(*) FROM respondents'),
    answers: count('SELECT count(*) FROM answers'),
    records: count('SELECT count(*) FROM pool_records'),
    packs: count('SELECT count(*) FROM packs'),
    audit: count('SELECT count(*) FROM audit_log'),
    changes: count('SELECT count(*) FROM change_log'),
  };
}

interface Tally {
  imported: number;
  refused: number;
}

/** A refusal names where the file went wrong: a line, a line and character, or a path into the pack. */
function namesAPlace(error: { message: string; details?: Record<string, unknown> }): boolean {
  const problems = (error.details?.problems ?? []) as { line: number | null; path?: string; message: string }[];
  if (problems.length === 0) return /line \d+|character \d+|position \d+/.test(error.message);
  return problems.every((p) => p.line !== null || p.path !== undefined || /line \d+|character \d+/.test(p.message));
}

function fuzzed(
  ctx: Ctx,
  op: 'pool.import' | 'assessments.importResponses',
  input: Record<string, unknown>,
  tally: Tally,
) {
  const before = footprint(ctx);
  const r = call(ctx, op, input);
  const after = footprint(ctx);
  if (!r.ok) {
    expect(r.error.code, r.error.message).not.toBe('internal');
    expect(namesAPlace(r.error), `${r.error.message} ${JSON.stringify(r.error.details)}`).toBe(true);
    expect(after, 'a refused file writes nothing').toEqual(before);
    tally.refused++;
    return;
  }
  tally.imported++;
  // A whole import: exactly what its report says, with one audit entry and one change-log row.
  expect(after.changes).toBe(before.changes + 1);
  expect(after.audit).toBe(before.audit + 1);
  if (op === 'pool.import') {
    const report = r.value as { added: number };
    expect(after.records - before.records).toBe(report.added);
  } else {
    const report = r.value as { added: number; answers: number; notApplicable: number };
    expect(after.respondents - before.respondents).toBe(report.added);
  }
}

function crashFree(): Ctx & { errors: unknown[] } {
  const ctx = testContext();
  const errors: unknown[] = [];
  ctx.log = (level, message, details) => {
    if (level === 'error') errors.push({ message, details });
  };
  return Object.assign(ctx, { errors });
}

describe(`the import fuzzer (${FILES} files of each kind, seed ${SEED})`, () => {
  it(
    'survives mutated Responses CSVs: whole imports or refusals that name a line, nothing in part',
    () => {
      const ctx = crashFree();
      const { id: clientId } = must(
        call(ctx, 'clients.create', { name: 'Fuzz', sector: 'K', sizeBand: '10-49', country: 'NL' }),
      );
      const { id: engagementId } = must(
        call(ctx, 'engagements.create', { clientId, title: 'F', purpose: 'diagnosis' }),
      );
      const { id: assessmentId } = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' }));
      const rand = mulberry32(SEED);
      const tally: Tally = { imported: 0, refused: 0 };
      for (let i = 0; i < FILES; i++) {
        const delimiter = i % 3 === 0 ? ';' : ',';
        const rows = Array.from({ length: 4 }, (_, r) => [
          `F${i}x${r}`,
          ['staff', 'management', 'frontline', 'customer'][r] as string,
          ...QUESTIONS.map((_, q) => ((i + r + q) % 7 === 0 ? 'n/a' : String(((i * 3 + r + q) % 5) + 1))),
        ]);
        const valid = `${[['respondent', 'role', ...QUESTIONS], ...rows].map((row) => row.join(delimiter)).join('\r\n')}\r\n`;
        const content = mutate(Buffer.from(valid), rand);
        fuzzed(ctx, 'assessments.importResponses', { assessmentId, content, fileName: `f${i}.csv` }, tally);
      }
      expect(ctx.errors).toEqual([]);
      expect(tally.imported + tally.refused).toBe(FILES);
      console.info(
        `import fuzzer, Responses CSV: ${FILES} files, ${tally.imported} imported, ${tally.refused} refused`,
      );
    },
    120_000 + FILES * 100,
  );

  it(
    'survives mutated Benchmark CSVs and packs: whole imports or refusals that name a line or path',
    () => {
      const ctx = crashFree();
      const rand = mulberry32(SEED + 1);
      const tally: Tally = { imported: 0, refused: 0 };
      for (let i = 0; i < FILES; i++) {
        const records = [...syntheticRecords(12, { seed: SEED * 1_000_000 + i })].map((r) => ({
          ...r,
          synthetic: false,
        }));
        let valid: string;
        let fileName: string;
        if (i % 3 === 2) {
          const hash = createHash('sha256');
          for (const line of canonicalCsvLines(records)) hash.update(line);
          const pack: BenchmarkPack = {
            format: PACK_FORMAT,
            version: PACK_VERSION,
            framework: 'sx-default',
            created: '2026-11-22T10:00:00.000Z',
            records: [...records].sort((a, b) => (a.recordId < b.recordId ? -1 : 1)).map(toPackRecord),
            sha256: hash.digest('hex'),
          };
          valid = `${JSON.stringify(pack, null, i % 2 === 0 ? 2 : 0)}\n`;
          fileName = `f${i}.sxwpack.json`;
        } else {
          const delimiter = i % 3 === 1 ? ';' : ',';
          valid = `${csvHeader(delimiter)}\n${records.map((r) => csvRow(r, delimiter)).join('\n')}\n`;
          fileName = `f${i}.csv`;
        }
        const content = mutate(Buffer.from(valid), rand);
        fuzzed(ctx, 'pool.import', { content, fileName }, tally);
      }
      expect(ctx.errors).toEqual([]);
      expect(tally.imported + tally.refused).toBe(FILES);
      console.info(
        `import fuzzer, Benchmark CSV and packs: ${FILES} files, ${tally.imported} imported, ${tally.refused} refused`,
      );
    },
    120_000 + FILES * 100,
  );
});
