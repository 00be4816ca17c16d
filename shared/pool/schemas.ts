import { z } from 'zod';
import { fileContent, IMPORT_LIMITS, oneFileContent } from '../api/limits';
import { jobInput } from '../jobs/schemas';
import type { FileProblem } from '../assessments/schemas';
import { COUNTRIES, LANGUAGES, SECTORS, SIZE_BANDS } from '../domain/identifiers';
import { Id } from '../domain/primitives';
import { OTHER_COUNTRY, POOL_BLOCKS, type PoolBlock } from './benchmarkCsv';
import { MAX_K, MIN_K } from './statistics';

/** The API of the benchmark pool (contribute, import, export, compare, stats): schemas and result types. */

export const POOL_COUNTRIES = [...COUNTRIES, OTHER_COUNTRY] as const;
export const PoolCountry = z.enum(POOL_COUNTRIES);
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;
export const PoolYear = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
export const FrameworkId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
export const DEFAULT_FRAMEWORK = 'sx-default';

/**
 * Anonymity threshold (docs/anonymity.md "Benchmark groups and blocks: k"). Optional in every input: without
 * it the `benchmarkK` setting applies (default 5). A call may raise k above the setting, never lower it: a k
 * below the setting is refused as invalid input (main/pool/minimumGroupSize.ts); below 3 it is never valid.
 */
export const MinimumGroupSize = z.number().int().min(MIN_K).max(MAX_K).optional();

/** Repeatable filters mean "any of"; an empty list means "all". Years inclusive. */
export const PoolFilters = z
  .object({
    sector: z.array(z.enum(SECTORS)).max(SECTORS.length).default([]),
    size: z.array(z.enum(SIZE_BANDS)).max(SIZE_BANDS.length).default([]),
    country: z.array(PoolCountry).max(POOL_COUNTRIES.length).default([]),
    from: PoolYear.nullable().default(null),
    to: PoolYear.nullable().default(null),
  })
  .strict()
  .default({ sector: [], size: [], country: [], from: null, to: null });
export type PoolFilters = z.output<typeof PoolFilters>;

const BlockScore = z.number().min(1).max(5).nullable();
export const ClientScores = z
  .object(
    Object.fromEntries(POOL_BLOCKS.map((b) => [b, BlockScore.optional()])) as Record<
      PoolBlock,
      z.ZodOptional<typeof BlockScore>
    >,
  )
  .strict();

const CompareFields = z.object({
  /** Compare this round's block scores; its own pool record never counts. */
  assessmentId: Id.optional(),
  /** Or compare these scores (`{"B1": 3.2, …}`) within `framework`. */
  scores: ClientScores.optional(),
  framework: FrameworkId.default(DEFAULT_FRAMEWORK),
  filters: PoolFilters,
  k: MinimumGroupSize,
});
const oneSubject: [
  (x: { assessmentId?: string | undefined; scores?: unknown }) => boolean,
  { path: string[]; message: string },
] = [
  (x) => (x.assessmentId === undefined) !== (x.scores === undefined),
  { path: ['assessmentId'], message: 'Give either an assessment or scores, not both.' },
];

export const CompareInput = CompareFields.refine(...oneSubject);

/** A comparison as an Excel workbook, in the language of its headers and names (default: the workbench's). */
export const ComparisonExportInput = CompareFields.extend({ language: z.enum(LANGUAGES).optional() }).refine(
  ...oneSubject,
);

/** The pool (or a filtered part), k-anonymous like every export, as an Excel workbook. */
export const PoolWorkbookInput = z.object({
  framework: FrameworkId.default(DEFAULT_FRAMEWORK),
  filters: PoolFilters,
  records: z.enum(['real', 'synthetic']).default('real'),
  k: MinimumGroupSize,
});

/** A workbook built in memory for a download or for the CLI to write. */
export interface PoolWorkbook {
  fileName: string;
  contentBase64: string;
}

/** The pool's workbook with what the export left out or generalised to keep every group at k or more. */
export type PoolWorkbookExport = PoolWorkbook & Omit<PoolExport, 'fileName' | 'content' | 'sha256'>;

export interface ComparisonStatistics {
  score: number | null;
  /** Records the figures come from: always the comparison's n. Null when fewer than k: never told. */
  n: number | null;
  mean: number | null;
  sd: number | null;
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  percentileRank: number | null;
  suppressed: boolean;
}

export interface Comparison {
  framework: string;
  filters: { sector: string[]; size: string[]; country: string[]; from: number | null; to: number | null };
  k: number;
  /**
   * Records in the group: of the basis, with all nine blocks, matching the filters, none contributed by the
   * compared client. Null when fewer than k: a suppressed group's size is never told.
   */
  n: number | null;
  /**
   * True when the group is drawn from synthetic (demo) records, because the framework holds fewer than k
   * real records besides the client's own; false when from real records. Never a mix of the two.
   */
  synthetic: boolean;
  /** Fewer than k records: no statistic and no n. */
  suppressed: boolean;
  blocks: (ComparisonStatistics & { block: string })[];
  overall: ComparisonStatistics;
}

export interface WiderGroup {
  /**
   * For a suppressed group, the nearest wider group with at least k records and its n; null when the group
   * is not suppressed or even the whole framework has fewer. The suppressed group's own n is never given.
   */
  suggestion: {
    filters: Comparison['filters'];
    n: number;
    dropped: ('size' | 'country' | 'years' | 'sector')[];
  } | null;
}

export const ImportInput = z
  .object({
    ...fileContent(IMPORT_LIMITS.benchmarkFileBytes),
    fileName: z.string().max(260).default('benchmark.csv'),
    skipInvalid: z.boolean().default(false),
    ...jobInput,
  })
  .refine(oneFileContent.check, oneFileContent.params);

export interface PoolImportReport {
  /** Records written. */
  added: number;
  /** Records already in the pool with the same values (or repeated identically in the file). */
  unchanged: number;
  /** Scores with more than two decimals, rounded half away from zero. */
  rounded: number;
  /** Records whose record_id is already in the pool with different values: reported, never overwritten. */
  conflicts: number;
  /** Invalid rows left out (only with skipInvalid; otherwise the whole file is refused). */
  refused: number;
  /** Every refused row and conflict, by line (header = line 1) and column. */
  problems: FileProblem[];
  pack: { id: string; name: string } | null;
}

export const ExportInput = z.object({
  format: z.enum(['csv', 'pack']).default('csv'),
  /** `;` writes decimal commas, a BOM and CRLF for Dutch Excel; packs are always canonical. */
  delimiter: z.enum([',', ';']).default(','),
  framework: FrameworkId.default(DEFAULT_FRAMEWORK),
  filters: PoolFilters,
  /** Real records (the default) or the synthetic (demo) ones: never both in one file. */
  records: z.enum(['real', 'synthetic']).default('real'),
  k: MinimumGroupSize,
});

export interface PoolExport {
  fileName: string;
  content: string;
  /** Records in the file. */
  exported: number;
  /** Records whose country was written as ZZ ("another country") to reach k. */
  generalised: number;
  /** Records left out because even generalised they stood in a group below k. */
  leftOut: number;
  /** Synthetic records matching the filters, left out of an export of real records (0 in a synthetic one). */
  syntheticLeftOut: number;
  sha256: string | null;
}

export interface PoolStats {
  total: number;
  synthetic: number;
  byFramework: Record<string, number>;
  bySector: Record<string, number>;
  bySizeBand: Record<string, number>;
  byCountry: Record<string, number>;
  byYear: Record<string, number>;
  /** "own" or a pack id. */
  bySource: Record<string, number>;
}

export interface PackSummary {
  id: string;
  name: string;
  format: 'csv' | 'pack' | 'demo';
  framework: string | null;
  sha256: string;
  importedAt: string;
  /** Records the file brought in when imported. */
  added: number;
  /** Records of this pack in the pool now. */
  records: number;
}

export interface ContributionStatus {
  recordId: string | null;
  /** Why the round cannot be contributed now; null when it can (or already is). */
  blocker: 'not_finalized' | 'no_consent' | null;
}
