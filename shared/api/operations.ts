import { z } from 'zod';
import {
  type AppInfo,
  type ClientDetail,
  ClientInput,
  ClientListQuery,
  type ClientPage,
  ContactInput,
  type Engagement,
  EngagementInput,
  EngagementStatus,
  EngagementUpdate,
  type HomeSummary,
  Id,
} from '../clients/schemas';
import { type ResolvedSettings, SettingsPatch } from '../settings/schemas';
import { type LogoPreview, LogoUpload, type StoredLogo } from '../settings/branding';
import {
  AnswerInput,
  type AssessmentSummary,
  AssessmentInput,
  AssessmentUpdate,
  type AssessmentWorkspace,
  type FrameworkSummary,
  RespondentInput,
  type ResponsesImportReport,
  type ResultsWithHistory,
  ShiftPositionsInput,
} from '../assessments/schemas';
import type { FrameworkFile } from '../frameworks/schema';
import {
  type Comparison,
  CompareInput,
  type ContributionStatus,
  ExportInput,
  ImportInput,
  type PackSummary,
  type PoolExport,
  type PoolImportReport,
  type PoolStats,
  type WiderGroup,
} from '../pool/schemas';
import { type BuiltReport, ReportRequest, type SavedReport, ShowInFolderInput } from '../reports/schemas';
import type { ErrorCode, Result } from './result';

/**
 * The one API of the workbench. Every operation is declared here once — name, input schema, result type,
 * the errors it may return — and served unchanged over Electron IPC, the loopback bridge and the CLI.
 */

export interface OperationDef<I extends z.ZodType, O, E extends ErrorCode> {
  input: I;
  errors: readonly E[];
  /** Phantom: carries the result type; never read at run time. */
  output?: O;
  /** Reads only; a transport may cache or retry it. */
  query: boolean;
  /** Answers with a promise (it writes a file); only the asynchronous dispatcher can serve it. */
  async: boolean;
}

const op =
  <O>() =>
  <I extends z.ZodType, E extends ErrorCode>(def: {
    input: I;
    errors: readonly E[];
    query?: boolean;
    async?: boolean;
  }) =>
    ({ ...def, query: def.query ?? false, async: def.async ?? false }) as OperationDef<
      I,
      O,
      E | 'invalid_input' | 'internal'
    >;

const ById = z.object({ id: Id });
const Nothing = z.object({}).strict().default({});

export const operations = {
  'app.info': op<AppInfo>()({ input: Nothing, errors: [], query: true }),
  'settings.get': op<ResolvedSettings>()({ input: Nothing, errors: [], query: true }),
  'settings.update': op<ResolvedSettings>()({ input: SettingsPatch, errors: [] }),
  /** The report logo with its bytes, for the Settings page's preview; null when none is set. */
  'settings.logo': op<LogoPreview | null>()({ input: Nothing, errors: [], query: true }),
  /**
   * A PNG, JPEG or SVG of at most 2 MB, judged by its content; a refused file is `invalid_input` with a
   * `contentBase64` field problem `logo_<problem>` (e.g. `logo_unsupported_type`), and the stored logo stays.
   */
  'settings.setLogo': op<Omit<StoredLogo, 'dataBase64'>>()({ input: LogoUpload, errors: [] }),
  'settings.removeLogo': op<{ removed: boolean }>()({ input: Nothing, errors: [] }),
  'home.summary': op<HomeSummary>()({ input: Nothing, errors: [], query: true }),

  'clients.list': op<ClientPage>()({ input: ClientListQuery, errors: [], query: true }),
  'clients.get': op<ClientDetail>()({ input: ById, errors: ['not_found'], query: true }),
  'clients.create': op<{ id: string }>()({ input: ClientInput, errors: [] }),
  'clients.update': op<{ id: string }>()({ input: ClientInput.extend({ id: Id }), errors: ['not_found'] }),
  'clients.archive': op<{ id: string }>()({ input: ById, errors: ['not_found'] }),
  'clients.restore': op<{ id: string }>()({ input: ById, errors: ['not_found'] }),
  /** Hard delete of a client with its contacts and engagements; `confirm` must repeat the client's name. */
  'clients.delete': op<{ id: string }>()({
    input: z.object({ id: Id, confirm: z.string() }),
    errors: ['not_found', 'conflict'],
  }),

  'contacts.create': op<{ id: string }>()({ input: ContactInput, errors: ['not_found'] }),
  'contacts.update': op<{ id: string }>()({ input: ContactInput.extend({ id: Id }), errors: ['not_found'] }),
  'contacts.delete': op<{ id: string }>()({ input: ById, errors: ['not_found'] }),

  'engagements.list': op<Engagement[]>()({
    input: z.object({ clientId: Id.optional(), statuses: z.array(EngagementStatus).optional() }).default({}),
    errors: [],
    query: true,
  }),
  'engagements.get': op<Engagement>()({ input: ById, errors: ['not_found'], query: true }),
  'engagements.create': op<{ id: string }>()({ input: EngagementInput, errors: ['not_found'] }),
  'engagements.update': op<{ id: string }>()({
    input: EngagementUpdate,
    errors: ['not_found'],
  }),
  'engagements.delete': op<{ id: string }>()({
    input: z.object({ id: Id, confirm: z.literal(true) }),
    errors: ['not_found'],
  }),

  'frameworks.list': op<FrameworkSummary[]>()({ input: Nothing, errors: [], query: true }),
  'frameworks.get': op<FrameworkFile>()({
    input: z.object({ id: Id, version: z.string().max(32).optional() }),
    errors: ['not_found'],
    query: true,
  }),
  /** A framework file's JSON text; refused with every problem's path when it does not validate. */
  'frameworks.import': op<{ id: string; version: string; added: boolean }>()({
    input: z.object({ content: z.string().max(20_000_000), fileName: z.string().max(260).optional() }),
    errors: ['conflict'],
  }),

  'assessments.list': op<AssessmentSummary[]>()({
    input: z.object({ engagementId: Id }),
    errors: ['not_found'],
    query: true,
  }),
  'assessments.workspace': op<AssessmentWorkspace>()({ input: ById, errors: ['not_found'], query: true }),
  'assessments.create': op<{ id: string }>()({ input: AssessmentInput, errors: ['not_found'] }),
  'assessments.update': op<{ id: string }>()({ input: AssessmentUpdate, errors: ['not_found', 'conflict'] }),
  'assessments.open': op<{ id: string }>()({ input: ById, errors: ['not_found', 'conflict'] }),
  'assessments.finalize': op<{ id: string }>()({ input: ById, errors: ['not_found', 'conflict'] }),
  'assessments.reopen': op<{ id: string }>()({
    input: z.object({ id: Id, reason: z.string().trim().min(3).max(1000) }),
    errors: ['not_found', 'conflict'],
  }),
  'assessments.delete': op<{ id: string }>()({
    input: z.object({ id: Id, confirm: z.literal(true) }),
    errors: ['not_found'],
  }),
  'assessments.results': op<ResultsWithHistory>()({ input: ById, errors: ['not_found'], query: true }),
  /** A Responses CSV as base64 (so a broken encoding reaches the validator intact). */
  'assessments.importResponses': op<ResponsesImportReport>()({
    input: z.object({
      assessmentId: Id,
      contentBase64: z.string().max(70_000_000),
      fileName: z.string().max(260).default('responses.csv'),
      replace: z.boolean().default(false),
    }),
    errors: ['not_found', 'conflict'],
  }),
  'assessments.template': op<{ fileName: string; csv: string }>()({
    input: z.object({ assessmentId: Id, delimiter: z.enum([',', ';']).default(',') }),
    errors: ['not_found'],
    query: true,
  }),
  'assessments.setShifts': op<{ id: string }>()({ input: ShiftPositionsInput, errors: ['not_found', 'conflict'] }),

  'respondents.create': op<{ id: string }>()({ input: RespondentInput, errors: ['not_found', 'conflict'] }),
  'respondents.update': op<{ id: string }>()({
    input: RespondentInput.extend({ id: Id }),
    errors: ['not_found', 'conflict'],
  }),
  'respondents.delete': op<{ id: string }>()({ input: ById, errors: ['not_found', 'conflict'] }),

  /** One answer of the workshop screen; committed when the call returns. */
  'answers.set': op<{ updatedAt: string }>()({ input: AnswerInput, errors: ['not_found', 'conflict'] }),

  /** Whether a round is in the benchmark pool, and why it cannot join yet (not finalized, no consent). */
  'pool.contribution': op<ContributionStatus>()({
    input: z.object({ assessmentId: Id }),
    errors: ['not_found'],
    query: true,
  }),
  /** A finalized round of a consenting client joins the pool as one anonymized record. */
  'pool.contribute': op<{ recordId: string }>()({
    input: z.object({ assessmentId: Id }),
    errors: ['not_found', 'conflict'],
  }),
  'pool.withdraw': op<{ recordId: string }>()({ input: z.object({ assessmentId: Id }), errors: ['not_found'] }),
  /** A Benchmark CSV or JSON pack as base64; refused whole on any problem unless skipInvalid. */
  'pool.import': op<PoolImportReport>()({ input: ImportInput, errors: [] }),
  'pool.export': op<PoolExport>()({ input: ExportInput, errors: [], query: true }),
  'pool.packs': op<PackSummary[]>()({ input: Nothing, errors: [], query: true }),
  'pool.removePack': op<{ id: string; removed: number }>()({
    input: z.object({ packId: Id }),
    errors: ['not_found'],
  }),
  'pool.stats': op<PoolStats>()({ input: Nothing, errors: [], query: true }),
  /** The client (a round, or given scores) against a comparison group; suppressed below k. */
  'pool.compare': op<Comparison>()({ input: CompareInput, errors: ['not_found'], query: true }),
  /** For a suppressed group: the nearest wider group with at least k records, and its n. */
  'pool.widen': op<WiderGroup>()({ input: CompareInput, errors: ['not_found'], query: true }),

  /** A Word report of a round, built in memory and returned for a download (the browser over the bridge). */
  'reports.build': op<BuiltReport>()({ input: ReportRequest, errors: ['not_found'], async: true }),
  /**
   * The desktop app's export: the native Save dialog, then the report written through a temporary file.
   * `unavailable` elsewhere; `file_locked` when the file is open in Word, `folder_not_writable` for a
   * read-only or vanished folder — in every failure the chosen file is left as it was.
   */
  'reports.save': op<SavedReport>()({
    input: ReportRequest,
    errors: ['not_found', 'unavailable', 'file_locked', 'folder_not_writable'],
    async: true,
  }),
  /** Shows a report this app saved in the system's file manager (desktop only). */
  'files.showInFolder': op<{ shown: boolean }>()({ input: ShowInFolderInput, errors: ['unavailable'] }),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
/** The phantom's `undefined` removed, a declared `null` kept (e.g. `settings.logo` when there is none). */
export type OperationOutput<K extends OperationName> = Exclude<Operations[K]['output'], undefined>;
export type OperationErrors<K extends OperationName> = Operations[K]['errors'][number];

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

/** What a transport exposes: the same shape in Electron's preload, the bridge client and tests. */
export interface ApiTransport {
  call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>>;
}
