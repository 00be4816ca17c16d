import { z } from 'zod';
import { command, query } from '../api/operation';
import { Id, Nothing } from '../domain/primitives';
import {
  type Comparison,
  CompareInput,
  ComparisonExportInput,
  type PoolWorkbook,
  type PoolWorkbookExport,
  PoolWorkbookInput,
  type ContributionStatus,
  ExportInput,
  ImportInput,
  type PackSummary,
  type PoolExport,
  type PoolImportReport,
  type PoolStats,
  type WiderGroup,
} from './schemas';

const ByAssessment = z.object({ assessmentId: Id });
/** A comparison reads the pool, the round's own scores and the k setting. */
const COMPARISON = ['pool', 'settings', 'assessments', 'respondents', 'answers'] as const;

export const poolOperations = {
  /** Whether a round is in the benchmark pool, and why it cannot join yet (not finalized, no consent). */
  'pool.contribution': query<ContributionStatus>()({
    input: ByAssessment,
    reads: ['pool', 'assessments', 'engagements'],
    errors: ['not_found'],
  }),
  /** A finalized round of a consenting client joins the pool as one anonymized record. */
  'pool.contribute': command<{ recordId: string }>()({
    input: ByAssessment,
    writes: ['pool'],
    audit: 'assessment',
    errors: ['not_found', 'conflict'],
  }),
  'pool.withdraw': command<{ recordId: string }>()({
    input: ByAssessment,
    writes: ['pool'],
    audit: 'assessment',
    errors: ['not_found'],
  }),
  /** A Benchmark CSV or JSON pack; refused whole on any problem unless skipInvalid. A job: progress, cancel. */
  'pool.import': command<PoolImportReport>()({
    input: ImportInput,
    writes: ['pool', 'packs'],
    audit: 'pool',
    errors: ['cancelled'],
    job: true,
  }),
  'pool.export': query<PoolExport>()({ input: ExportInput, reads: ['pool', 'settings'] }),
  'pool.packs': query<PackSummary[]>()({ input: Nothing, reads: ['pool', 'packs'] }),
  'pool.removePack': command<{ id: string; removed: number }>()({
    input: z.object({ packId: Id }),
    writes: ['pool', 'packs'],
    audit: 'pack',
    errors: ['not_found'],
  }),
  'pool.stats': query<PoolStats>()({ input: Nothing, reads: ['pool'] }),
  /** The client (a round, or given scores) against a comparison group; suppressed below k. */
  'pool.compare': query<Comparison>()({ input: CompareInput, reads: COMPARISON, errors: ['not_found'] }),
  /** For a suppressed group: the nearest wider group with at least k records, and its n. */
  'pool.widen': query<WiderGroup>()({ input: CompareInput, reads: COMPARISON, errors: ['not_found'] }),
  /**
   * The pool (or a filtered part) as an Excel workbook: the same k-anonymous records as the CSV export,
   * scores as numbers with two decimals shown.
   */
  'pool.exportWorkbook': query<PoolWorkbookExport>()({
    input: PoolWorkbookInput,
    reads: ['pool', 'settings'],
    async: true,
  }),
  /**
   * The comparison as an Excel workbook: the group's definition, its n (or only that it has fewer than k), and
   * per block the client's score against the group's statistics.
   */
  'pool.exportComparison': query<PoolWorkbook>()({
    input: ComparisonExportInput,
    reads: [...COMPARISON, 'frameworks'],
    errors: ['not_found'],
    async: true,
  }),
};
