import { parseResponsesCsv } from '../../main/assessments/responsesCsv';
import { fieldIssues } from '../../shared/api/fieldIssues';
import type { ChangeEvent } from '../../shared/api/entities';
import type { OperationDef } from '../../shared/api/operation';
import { ChangeFeed } from '../../renderer/src/api/changeFeed';
import {
  type ApiTransport,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  operations,
  type ParsedInput,
} from '../../shared/api/operations';
import { type ErrorCode, fail, ok, type Result } from '../../shared/api/result';
import { type Branding, DEFAULT_BRANDING, type StoredLogo } from '../../shared/settings/branding';
import { inspectLogo } from '../../shared/settings/logo';
import { calendarDate } from '../../shared/domain/calendar';
import { roundHistory } from '../../shared/results/history';
import { managementReportFileName } from '../../shared/reports/management';
import type {
  Answer,
  Assessment,
  AssessmentSummary,
  AssessmentWorkspace,
  Respondent,
  ResponsesImportReport,
} from '../../shared/assessments/schemas';
import type { ResultsWithHistory } from '../../shared/results/schemas';
import { BLOCK_COUNT, benchmarkCsv, POOL_BLOCKS, type PoolRecord } from '../../shared/pool/benchmarkCsv';
import { checkRow } from '../../shared/pool/benchmarkRow';
import type {
  Comparison,
  ComparisonStatistics,
  PackSummary,
  PoolFilters,
  PoolImportReport,
  WiderGroup,
} from '../../shared/pool/schemas';
import { groupStatistics, percentileRank } from '../../shared/pool/statistics';
import type { FileProblem } from '../../shared/assessments/schemas';
import type { Language } from '../../shared/domain/identifiers';
import type { Client, ClientRow, Contact, Engagement, HomeSummary } from '../../shared/clients/schemas';
import type { AppInfo, Settings } from '../../shared/settings/schemas';
import type { FrameworkFile } from '../../shared/frameworks/schema';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { fileProblem } from '../../shared/files/fileProblem';
import { scoreAssessment, type ScoringAnswer } from '../../shared/results/results';

/**
 * Being replaced by the real backend (backend.ts); kept only until every component test has moved.
 * An in-memory workbench behind the API contract, for component tests. Inputs are validated with the
 * operations' own zod schemas (so `invalid_input` looks like the real one); every call is recorded.
 */

export interface RecordedCall {
  op: OperationName;
  input: unknown;
}

type Handlers = { [K in OperationName]?: (input: ParsedInput<K>) => OperationOutput<K> };

class Failure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
  }
}

type ShiftRow = { now: number | null; desired: number | null };

export interface FakeApiOptions {
  clients?: Array<Partial<Client> & { name: string }>;
  contacts?: Array<Partial<Contact> & { clientId: string; name: string }>;
  engagements?: Array<Partial<Engagement> & { clientId: string; title: string }>;
  assessments?: Array<Partial<Assessment> & { engagementId: string; mode: Assessment['mode'] }>;
  respondents?: Array<Partial<Respondent> & { assessmentId: string; code: string }>;
  answers?: Array<Partial<Answer> & { respondentId: string; questionId: string }>;
  shifts?: Array<{ assessmentId: string; id: string; now: number | null; desired: number | null }>;
  language?: Language | null;
  osLanguage?: Language;
  demo?: boolean;
  /** `ipc` to play the desktop app (reports are saved through its Save dialog), else the browser's bridge. */
  transport?: AppInfo['transport'];
  /** Benchmark pool records (scores in hundredths), each from `source` (a pack id; default the demo pack). */
  pool?: Array<PoolRecord & { source?: string }>;
  packs?: Array<Omit<PackSummary, 'records'>>;
  /** Rounds already in the pool: assessment id → record id. */
  contributions?: Record<string, string>;
  branding?: Partial<Branding>;
  logo?: StoredLogo | null;
}

type StoredRecord = PoolRecord & { source: string };
type Filters = PoolFilters | Comparison['filters'];

const matchesFilters = (r: PoolRecord, framework: string, f: Filters) =>
  r.framework === framework &&
  (f.sector.length === 0 || (f.sector as string[]).includes(r.sector)) &&
  (f.size.length === 0 || (f.size as string[]).includes(r.sizeBand)) &&
  (f.country.length === 0 || (f.country as string[]).includes(r.country)) &&
  (f.from === null || r.year >= f.from) &&
  (f.to === null || r.year <= f.to);

const sameRecord = (a: PoolRecord, b: PoolRecord) =>
  a.framework === b.framework &&
  a.sector === b.sector &&
  a.sizeBand === b.sizeBand &&
  a.country === b.country &&
  a.year === b.year &&
  a.synthetic === b.synthetic &&
  a.scores.every((x, i) => x === (b.scores[i] ?? null));

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;
const NOW = '2026-03-01T10:00:00.000Z';

export class FakeApi implements ApiTransport {
  readonly calls: RecordedCall[] = [];
  clients: Client[] = [];
  contacts: Contact[] = [];
  engagements: Engagement[] = [];
  assessments: Assessment[] = [];
  respondents: Respondent[] = [];
  /** Answers with the round they belong to. */
  answers: (Answer & { assessmentId: string })[] = [];
  shifts = new Map<string, Map<string, ShiftRow>>();
  readonly framework: FrameworkFile = sxDefault;
  settings: Settings;
  /** The report logo as the real service stores it (`branding.logo`). */
  logo: StoredLogo | null;
  readonly info: AppInfo;
  demo: boolean;
  /** Calls that answer with this failure instead (e.g. to test error toasts). */
  readonly failures = new Map<OperationName, { code: ErrorCode; details?: Record<string, unknown> }>();
  /** One-off failures: the next call of the operation answers with the first one queued. */
  readonly failOnce = new Map<OperationName, { code: ErrorCode; details?: Record<string, unknown> }[]>();
  pool: StoredRecord[] = [];
  packs: Array<Omit<PackSummary, 'records'>> = [];
  contributions = new Map<string, string>();
  /** When set, calls wait for this promise first (to observe loading states). */
  gate: Promise<void> | null = null;
  /** What the desktop app's Save dialog answers to `reports.save`: the chosen path, or null for Cancel. */
  savePath: string | null = '/home/consultant/Documents/report.docx';
  /** Warnings every report comes with (already in the report's language, as the service sends them). */
  reportWarnings: string[] = [];

  constructor(options: FakeApiOptions = {}) {
    this.settings = {
      language: options.language === undefined ? 'en' : options.language,
      benchmarkK: 5,
      branding: { ...DEFAULT_BRANDING, ...options.branding },
      workshopAutoAdvance: true,
      workshopProjectorTheme: false,
      colorScheme: 'system',
      firmCountry: 'NL',
    };
    this.logo = options.logo ?? null;
    this.info = {
      version: '0.1.0-test',
      databasePath: '/home/consultant/.config/sxw/workbench.sqlite',
      transport: options.transport ?? 'bridge',
      osLanguage: options.osLanguage ?? 'en',
    };
    this.demo = options.demo ?? false;
    for (const c of options.clients ?? []) {
      this.clients.push({
        id: c.id ?? nextId('client'),
        name: c.name,
        sector: c.sector ?? 'G',
        sizeBand: c.sizeBand ?? '50-249',
        country: c.country ?? 'NL',
        notes: c.notes ?? null,
        demo: c.demo ?? false,
        createdAt: NOW,
        updatedAt: c.updatedAt ?? NOW,
        archivedAt: c.archivedAt ?? null,
      });
    }
    for (const c of options.contacts ?? []) {
      this.contacts.push({
        id: c.id ?? nextId('contact'),
        clientId: c.clientId,
        name: c.name,
        role: c.role ?? null,
        email: c.email ?? null,
        phone: c.phone ?? null,
      });
    }
    for (const e of options.engagements ?? []) {
      this.engagements.push({
        id: e.id ?? nextId('engagement'),
        clientId: e.clientId,
        clientName: this.clients.find((c) => c.id === e.clientId)?.name ?? '',
        title: e.title,
        purpose: e.purpose ?? 'diagnosis',
        status: e.status ?? 'planned',
        startsOn: e.startsOn ?? null,
        endsOn: e.endsOn ?? null,
        lead: e.lead ?? null,
        notes: e.notes ?? null,
        benchmarkConsent: e.benchmarkConsent ?? false,
        createdAt: NOW,
        updatedAt: NOW,
      });
    }
    for (const a of options.assessments ?? []) {
      this.assessments.push({
        id: a.id ?? nextId('assessment'),
        engagementId: a.engagementId,
        frameworkId: 'sx-default',
        frameworkVersion: sxDefault.version,
        round: a.round ?? 'Baseline',
        mode: a.mode,
        status: a.status ?? 'open',
        heldOn: a.heldOn ?? null,
        createdAt: a.createdAt ?? NOW,
        updatedAt: NOW,
        finalizedAt: a.status === 'finalized' ? NOW : null,
      });
    }
    for (const r of options.respondents ?? []) {
      this.respondents.push({
        id: r.id ?? nextId('respondent'),
        assessmentId: r.assessmentId,
        code: r.code,
        role: r.role ?? 'management',
        name: r.name ?? null,
      });
    }
    for (const a of options.answers ?? []) {
      const respondent = this.respondents.find((r) => r.id === a.respondentId);
      if (!respondent) throw new Error(`fake: no respondent ${a.respondentId}`);
      this.answers.push({
        assessmentId: respondent.assessmentId,
        respondentId: a.respondentId,
        questionId: a.questionId,
        score: a.score ?? null,
        notApplicable: a.notApplicable ?? false,
        comment: a.comment ?? null,
        updatedAt: NOW,
      });
    }
    for (const s of options.shifts ?? []) this.shiftsOf(s.assessmentId).set(s.id, { now: s.now, desired: s.desired });
    this.pool = (options.pool ?? []).map((r) => ({ ...r, source: r.source ?? 'pk_demo' }));
    this.packs = options.packs ?? [];
    for (const [a, r] of Object.entries(options.contributions ?? {})) this.contributions.set(a, r);
  }

  /** The comparison group of a subject: records of its framework that match, its own record left out. */
  private group(assessmentId: string | undefined, framework: string, f: Filters): StoredRecord[] {
    const own = assessmentId ? this.contributions.get(assessmentId) : undefined;
    return this.pool.filter((r) => r.recordId !== own && matchesFilters(r, framework, f));
  }

  private compareWith(
    assessmentId: string | undefined,
    scores: (number | null)[],
    framework: string,
    filters: Comparison['filters'],
    k: number,
  ): Comparison {
    const group = this.group(assessmentId, framework, filters);
    const suppressed = group.length < k;
    const stats = (values: number[], score: number | null): ComparisonStatistics => {
      const g = groupStatistics(
        [...values].sort((a, b) => a - b),
        suppressed ? Number.POSITIVE_INFINITY : k,
      );
      return {
        score,
        ...g,
        percentileRank: g.suppressed || score === null ? null : percentileRank(values, score),
      };
    };
    const complete = scores.every((x) => x !== null);
    return {
      framework,
      filters,
      k,
      n: group.length,
      synthetic: group.filter((r) => r.synthetic).length,
      suppressed,
      blocks: POOL_BLOCKS.map((block, b) => ({
        block,
        ...stats(
          group.flatMap((r) => (r.scores[b] == null ? [] : [(r.scores[b] as number) / 100])),
          scores[b] ?? null,
        ),
      })),
      overall: stats(
        group
          .filter((r) => r.scores.every((x) => x !== null))
          .map((r) => (r.scores as number[]).reduce((a, x) => a + x, 0) / 100 / BLOCK_COUNT),
        complete ? (scores as number[]).reduce((a, x) => a + x, 0) / BLOCK_COUNT : null,
      ),
    };
  }

  private subjectScores(input: { assessmentId?: string; scores?: Record<string, number | null | undefined> }) {
    if (input.assessmentId) {
      const byId = new Map(this.score(input.assessmentId).blocks.map((b) => [b.id, b.score]));
      this.assessment(input.assessmentId);
      return POOL_BLOCKS.map((b) => byId.get(b) ?? null);
    }
    return POOL_BLOCKS.map((b) => input.scores?.[b] ?? null);
  }

  private countBy(key: (r: StoredRecord) => string | number, records = this.pool): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of records) out[String(key(r))] = (out[String(key(r))] ?? 0) + 1;
    return out;
  }

  /** A Benchmark CSV, checked row by row with the importer's own rule (packs are not needed in these tests). */
  private readCsv(bytes: Uint8Array) {
    let text = new TextDecoder().decode(bytes);
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    const lines = text.split(/\r?\n/);
    const header = (lines[0] ?? '').trim();
    const delimiter = header.includes(';') ? ';' : ',';
    const fatal: FileProblem[] = [];
    if (!header.startsWith(['record_id', 'framework'].join(delimiter))) {
      fatal.push(fileProblem(1, null, 'benchmark_header', { expected: 'record_id,framework,…', found: header }));
    }
    const rows: { record: PoolRecord; line: number; rounded: number }[] = [];
    const problems: FileProblem[] = [];
    let refused = 0;
    lines.slice(1).forEach((l, i) => {
      if (l.trim() === '') return;
      const checked = checkRow(l.split(delimiter), delimiter === ';');
      if (checked.ok) rows.push({ record: checked.record, line: i + 2, rounded: checked.rounded });
      else {
        refused++;
        for (const p of checked.problems) problems.push({ line: i + 2, ...p });
      }
    });
    return { fatal, rows, problems, refused };
  }

  /** The answer a respondent gave to a question, if any. */
  answerOf(respondentId: string, questionId: string) {
    return this.answers.find((a) => a.respondentId === respondentId && a.questionId === questionId);
  }

  callsOf(op: OperationName): unknown[] {
    return this.calls.filter((c) => c.op === op).map((c) => c.input);
  }

  private readonly feed = new ChangeFeed();
  private seq = 0;

  onChange(listener: (event: ChangeEvent) => void): () => void {
    return this.feed.subscribe(listener);
  }

  async call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
    this.calls.push({ op, input });
    if (this.gate) await this.gate;
    await Promise.resolve();
    const failure = this.failOnce.get(op)?.shift() ?? this.failures.get(op);
    if (failure) return fail(failure.code, `fake ${failure.code}`, failure.details);
    const parsed = operations[op].input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid_input', 'invalid input', { fields: fieldIssues(parsed.error) });
    const handler = this.handlers[op] as ((i: unknown) => OperationOutput<K>) | undefined;
    if (!handler) return fail('unknown_operation', `fake has no ${op}`);
    try {
      // Copies, so a screen can never mutate the fake's state by accident.
      const value = structuredClone(handler(parsed.data));
      const def: OperationDef = operations[op];
      if (def.kind === 'write' && def.writes.length > 0) {
        this.feed.deliver({ seq: ++this.seq, operation: op, entities: [...def.writes], at: NOW });
      }
      return ok(value);
    } catch (error) {
      if (error instanceof Failure) return fail(error.code, error.message, error.details);
      throw error;
    }
  }

  private client(id: string): Client {
    const client = this.clients.find((c) => c.id === id);
    if (!client) throw new Failure('not_found');
    return client;
  }

  private shiftsOf(assessmentId: string): Map<string, ShiftRow> {
    let map = this.shifts.get(assessmentId);
    if (!map) this.shifts.set(assessmentId, (map = new Map()));
    return map;
  }

  private assessment(id: string): Assessment {
    const a = this.assessments.find((x) => x.id === id);
    if (!a) throw new Failure('not_found');
    return a;
  }

  private editable(id: string): Assessment {
    const a = this.assessment(id);
    if (a.status === 'finalized') throw new Failure('conflict', { id, status: a.status });
    return a;
  }

  private engagement(id: string): Engagement {
    const e = this.engagements.find((x) => x.id === id);
    if (!e) throw new Failure('not_found');
    return e;
  }

  private summary(a: Assessment): AssessmentSummary {
    const respondents = this.respondents.filter((r) => r.assessmentId === a.id);
    return {
      ...a,
      respondentCount: respondents.length,
      answeredCount: this.answers.filter((x) => x.assessmentId === a.id && (x.score !== null || x.notApplicable))
        .length,
      questionCount: this.framework.questions.length,
    };
  }

  private score(id: string) {
    const answers: ScoringAnswer[] = this.answers
      .filter((x) => x.assessmentId === id && (x.score !== null || x.notApplicable))
      .map((x) => ({ respondentId: x.respondentId, questionId: x.questionId, score: x.score }));
    const shifts = [...this.shiftsOf(id)].map(([sid, s]) => ({ id: sid, ...s }));
    return scoreAssessment(
      this.framework,
      this.respondents.filter((r) => r.assessmentId === id),
      answers,
      shifts,
    );
  }

  private assertCodeFree(assessmentId: string, code: string, except?: string): void {
    if (this.respondents.some((r) => r.assessmentId === assessmentId && r.code === code && r.id !== except)) {
      throw new Failure('conflict', { fields: [{ path: 'code', code: 'duplicate', message: 'already used' }] });
    }
  }

  private setStatus(id: string, status: Assessment['status'], allowed: (a: Assessment) => boolean) {
    const a = this.assessment(id);
    if (!allowed(a)) throw new Failure('conflict', { id, status: a.status });
    a.status = status;
    a.finalizedAt = status === 'finalized' ? NOW : null;
    return { id };
  }

  /** A report's suggested name, as the service makes it (dated today). */
  private reportFileName(assessmentId: string, language: Language): string {
    const assessment = this.assessment(assessmentId);
    const engagement = this.engagement(assessment.engagementId);
    return managementReportFileName({
      language,
      generatedOn: calendarDate(new Date()),
      engagement,
      assessment,
    });
  }

  /** Not a real .docx: a zip signature and the request, enough for a test to check what was downloaded. */
  private reportBytes(assessmentId: string, language: Language): Uint8Array {
    return new TextEncoder().encode(`PK\u0003\u0004 fake report ${assessmentId} ${language}`);
  }

  private row(client: Client): ClientRow {
    const engagements = this.engagements.filter((e) => e.clientId === client.id);
    return {
      ...client,
      engagementCount: engagements.length,
      activeEngagementCount: engagements.filter((e) => e.status === 'active').length,
    };
  }

  private readonly handlers: Handlers = {
    'app.info': () => this.info,
    'settings.get': () => ({ ...this.settings, effectiveLanguage: this.settings.language ?? this.info.osLanguage }),
    'settings.update': (input) => {
      if (input.language !== undefined) this.settings = { ...this.settings, language: input.language };
      if (input.benchmarkK !== undefined) this.settings = { ...this.settings, benchmarkK: input.benchmarkK };
      if (input.branding) {
        const patch = Object.fromEntries(Object.entries(input.branding).filter(([, v]) => v !== undefined));
        this.settings = { ...this.settings, branding: { ...this.settings.branding, ...patch } };
      }
      return { ...this.settings, effectiveLanguage: this.settings.language ?? this.info.osLanguage };
    },
    'settings.logo': () => {
      if (!this.logo) return null;
      // Judged again, as the real service does: a stored logo may have been damaged since.
      const found = inspectLogo(fromBase64(this.logo.dataBase64));
      if (found.ok) return { ...this.logo, problem: null };
      return { ...this.logo, problem: found.problem === 'unsupported_type' ? found.problem : 'corrupt' };
    },
    'settings.setLogo': ({ fileName, contentBase64 }) => {
      // Judged as the real service does, so a refused file fails the same way.
      const found = inspectLogo(fromBase64(contentBase64));
      if (!found.ok) {
        throw new Failure('invalid_input', {
          fields: [{ path: 'contentBase64', code: `logo_${found.problem}`, message: found.problem }],
        });
      }
      const { type, width, height } = found;
      this.logo = { fileName, type, width, height, dataBase64: contentBase64 };
      return { fileName, type, width, height };
    },
    'settings.removeLogo': () => {
      const removed = this.logo !== null;
      this.logo = null;
      return { removed };
    },
    'home.summary': (q): HomeSummary => {
      const active = this.clients.filter((c) => !c.archivedAt);
      const inProgress = this.engagements
        .filter((e) => e.status === 'active' || e.status === 'planned')
        .map((engagement) => ({
          engagement,
          nextStep: engagement.status === 'planned' ? ('planEngagement' as const) : ('startAssessment' as const),
          round: null,
        }));
      return {
        inProgress: inProgress.slice(q.offset, q.offset + q.limit),
        inProgressTotal: inProgress.length,
        offset: q.offset,
        clientCount: active.length,
        engagementCount: this.engagements.length,
        demo: this.demo,
      };
    },
    'home.badge': () => ({
      demo: this.demo,
      clientCount: this.clients.filter((c) => !c.archivedAt).length,
      engagementCount: this.engagements.length,
    }),
    'clients.list': (q) => {
      const search = q.search?.trim().toLowerCase();
      let rows = this.clients
        .filter((c) =>
          q.archived === 'all' ? true : q.archived === 'archived' ? c.archivedAt !== null : c.archivedAt === null,
        )
        .filter((c) => !q.sectors?.length || q.sectors.includes(c.sector))
        .filter((c) => !q.sizeBands?.length || q.sizeBands.includes(c.sizeBand))
        .filter(
          (c) =>
            !q.engagementStatuses?.length ||
            this.engagements.some((e) => e.clientId === c.id && q.engagementStatuses?.includes(e.status)),
        )
        .filter(
          (c) =>
            !search ||
            c.name.toLowerCase().includes(search) ||
            (c.notes ?? '').toLowerCase().includes(search) ||
            this.contacts.some((p) => p.clientId === c.id && p.name.toLowerCase().includes(search)),
        )
        .map((c) => this.row(c));
      const key = q.sort;
      rows = rows.sort((a, b) => String(a[key]).localeCompare(String(b[key])) || a.name.localeCompare(b.name));
      if (q.direction === 'desc') rows.reverse();
      return { total: rows.length, offset: q.offset, rows: rows.slice(q.offset, q.offset + q.limit) };
    },
    'clients.get': ({ id }) => {
      const client = this.client(id);
      return {
        client,
        contacts: this.contacts.filter((p) => p.clientId === id),
        engagements: this.engagements.filter((e) => e.clientId === id),
      };
    },
    'clients.create': (input) => {
      const client: Client = {
        ...input,
        id: nextId('client'),
        demo: false,
        createdAt: NOW,
        updatedAt: NOW,
        archivedAt: null,
      };
      this.clients.push(client);
      return { id: client.id };
    },
    'clients.update': ({ id, ...input }) => {
      Object.assign(this.client(id), input);
      return { id };
    },
    'clients.archive': ({ id }) => {
      this.client(id).archivedAt = NOW;
      return { id };
    },
    'clients.restore': ({ id }) => {
      this.client(id).archivedAt = null;
      return { id };
    },
    'clients.delete': ({ id, confirm }) => {
      if (this.client(id).name !== confirm) throw new Failure('conflict');
      this.clients = this.clients.filter((c) => c.id !== id);
      return { id };
    },
    'contacts.create': (input) => {
      this.client(input.clientId);
      const contact = { ...input, id: nextId('contact') } as Contact;
      this.contacts.push(contact);
      return { id: contact.id };
    },
    'contacts.update': ({ id, ...input }) => {
      const contact = this.contacts.find((p) => p.id === id);
      if (!contact) throw new Failure('not_found');
      Object.assign(contact, input);
      return { id };
    },
    'contacts.delete': ({ id }) => {
      this.contacts = this.contacts.filter((p) => p.id !== id);
      return { id };
    },
    'engagements.create': (input) => {
      const client = this.client(input.clientId);
      const engagement: Engagement = {
        ...input,
        id: nextId('engagement'),
        clientName: client.name,
        createdAt: NOW,
        updatedAt: NOW,
      };
      this.engagements.push(engagement);
      return { id: engagement.id };
    },
    'engagements.get': ({ id }) => this.engagement(id),
    'engagements.list': ({ clientId, statuses }) =>
      this.engagements.filter(
        (e) => (!clientId || e.clientId === clientId) && (!statuses?.length || statuses.includes(e.status)),
      ),
    'engagements.update': ({ id, ...input }) => {
      const engagement = this.engagements.find((e) => e.id === id);
      if (!engagement) throw new Failure('not_found');
      Object.assign(engagement, input);
      return { id };
    },
    'engagements.delete': ({ id }) => {
      this.engagements = this.engagements.filter((e) => e.id !== id);
      return { id };
    },
    'frameworks.list': () => [
      {
        id: this.framework.id,
        version: this.framework.version,
        name: this.framework.name,
        builtin: true,
        assessments: this.assessments.length,
        blocks: this.framework.blocks.length,
        questions: this.framework.questions.length,
      },
    ],
    'frameworks.get': ({ id }) => {
      if (id !== this.framework.id) throw new Failure('not_found');
      return this.framework;
    },
    'assessments.list': ({ engagementId }) => {
      this.engagement(engagementId);
      return this.assessments.filter((a) => a.engagementId === engagementId).map((a) => this.summary(a));
    },
    'assessments.workspace': ({ id }): AssessmentWorkspace => {
      const assessment = this.assessment(id);
      const engagement = this.engagement(assessment.engagementId);
      return {
        assessment,
        engagement: {
          id: engagement.id,
          title: engagement.title,
          clientId: engagement.clientId,
          clientName: engagement.clientName,
        },
        framework: this.framework,
        respondents: this.respondents.filter((r) => r.assessmentId === id),
        answers: this.answers.filter((a) => a.assessmentId === id).map(({ assessmentId: _, ...a }) => a),
        shifts: [...this.shiftsOf(id)].map(([sid, s]) => ({ id: sid, ...s })),
      };
    },
    'assessments.create': (input) => {
      this.engagement(input.engagementId);
      const earlier = this.assessments.filter((a) => a.engagementId === input.engagementId).length;
      const assessment: Assessment = {
        id: nextId('assessment'),
        engagementId: input.engagementId,
        frameworkId: input.frameworkId,
        frameworkVersion: this.framework.version,
        round: input.round ?? (earlier === 0 ? 'Baseline' : `Follow-up ${earlier}`),
        mode: input.mode,
        status: 'draft',
        heldOn: input.heldOn ?? null,
        createdAt: NOW,
        updatedAt: NOW,
        finalizedAt: null,
      };
      this.assessments.push(assessment);
      return { id: assessment.id };
    },
    'assessments.update': ({ id, round, heldOn }) => {
      Object.assign(this.editable(id), { round, heldOn: heldOn ?? null });
      return { id };
    },
    'assessments.open': ({ id }) => this.setStatus(id, 'open', (a) => a.status === 'draft'),
    'assessments.finalize': ({ id }) => this.setStatus(id, 'finalized', (a) => a.status !== 'finalized'),
    'assessments.reopen': ({ id }) => this.setStatus(id, 'open', (a) => a.status === 'finalized'),
    'assessments.delete': ({ id }) => {
      this.assessment(id);
      this.assessments = this.assessments.filter((a) => a.id !== id);
      this.respondents = this.respondents.filter((r) => r.assessmentId !== id);
      this.answers = this.answers.filter((a) => a.assessmentId !== id);
      return { id };
    },
    'assessments.results': ({ id }): ResultsWithHistory => {
      const assessment = this.assessment(id);
      const results = this.score(id);
      const rounds = this.assessments.filter((a) => a.engagementId === assessment.engagementId);
      const previous = rounds
        .slice(0, rounds.indexOf(assessment))
        .filter((r) => r.status === 'finalized')
        .at(-1);
      const history = previous
        ? roundHistory(
            results,
            { assessmentId: previous.id, round: previous.round, heldOn: previous.heldOn },
            this.score(previous.id),
          )
        : null;
      return {
        ...results,
        assessmentId: id,
        framework: { id: assessment.frameworkId, version: assessment.frameworkVersion },
        previous: history,
      };
    },
    'assessments.importResponses': ({ assessmentId, contentBase64, fileName, replace }) => {
      this.editable(assessmentId);
      const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
      const parsed = parseResponsesCsv(
        bytes,
        this.framework.questions.map((q) => q.id),
      );
      if (!parsed.ok) throw new Failure('invalid_input', { file: fileName, problems: parsed.problems });
      const existing = new Map(this.respondents.filter((r) => r.assessmentId === assessmentId).map((r) => [r.code, r]));
      const clashes = parsed.rows.filter((r) => existing.has(r.code));
      if (clashes.length > 0 && !replace) {
        throw new Failure('conflict', {
          file: fileName,
          existing: clashes.map((r) => r.code),
          problems: clashes.map((r) => ({ line: r.line, column: 'respondent', message: 'already exists' })),
        });
      }
      const report: ResponsesImportReport = { added: 0, replaced: 0, answers: 0, notApplicable: 0, skipped: 0 };
      for (const row of parsed.rows) {
        const previous = existing.get(row.code);
        if (previous) {
          this.respondents = this.respondents.filter((r) => r.id !== previous.id);
          this.answers = this.answers.filter((a) => a.respondentId !== previous.id);
          report.replaced++;
        } else {
          report.added++;
        }
        const id = nextId('respondent');
        this.respondents.push({ id, assessmentId, code: row.code, role: row.role, name: null });
        for (const q of this.framework.questions) {
          const cell = row.cells.get(q.id);
          if (cell === undefined) {
            report.skipped++;
            continue;
          }
          const na = cell === 'na';
          this.answers.push({
            assessmentId,
            respondentId: id,
            questionId: q.id,
            score: na ? null : cell,
            notApplicable: na,
            comment: null,
            updatedAt: NOW,
          });
          if (na) report.notApplicable++;
          else report.answers++;
        }
      }
      return report;
    },
    'assessments.template': ({ assessmentId, delimiter }) => {
      this.assessment(assessmentId);
      const header = ['respondent', 'role', ...this.framework.questions.map((q) => q.id)].join(delimiter);
      return {
        fileName: `responses-template-${this.framework.id}-${this.framework.version}.csv`,
        csv: `${delimiter === ';' ? '\uFEFF' : ''}${header}\r\n`,
      };
    },
    'assessments.setShifts': ({ assessmentId, positions }) => {
      this.editable(assessmentId);
      const known = new Set(this.framework.shifts.map((s) => s.id));
      const unknown = Object.keys(positions).filter((id) => !known.has(id));
      if (unknown.length > 0) throw new Failure('invalid_input');
      for (const [id, p] of Object.entries(positions)) this.shiftsOf(assessmentId).set(id, { ...p });
      return { id: assessmentId };
    },
    'respondents.create': (input) => {
      this.editable(input.assessmentId);
      this.assertCodeFree(input.assessmentId, input.code);
      const respondent: Respondent = { ...input, id: nextId('respondent'), name: input.name ?? null };
      this.respondents.push(respondent);
      return { id: respondent.id };
    },
    'respondents.update': ({ id, ...input }) => {
      const respondent = this.respondents.find((r) => r.id === id);
      if (!respondent || respondent.assessmentId !== input.assessmentId) throw new Failure('not_found');
      this.editable(respondent.assessmentId);
      this.assertCodeFree(input.assessmentId, input.code, id);
      Object.assign(respondent, { code: input.code, role: input.role, name: input.name ?? null });
      return { id };
    },
    'respondents.delete': ({ id }) => {
      const respondent = this.respondents.find((r) => r.id === id);
      if (!respondent) throw new Failure('not_found');
      this.editable(respondent.assessmentId);
      this.respondents = this.respondents.filter((r) => r.id !== id);
      this.answers = this.answers.filter((a) => a.respondentId !== id);
      return { id };
    },
    'pool.contribution': ({ assessmentId }) => {
      const a = this.assessment(assessmentId);
      const recordId = this.contributions.get(assessmentId) ?? null;
      if (recordId) return { recordId, blocker: null };
      if (a.status !== 'finalized') return { recordId, blocker: 'not_finalized' as const };
      if (!this.engagement(a.engagementId).benchmarkConsent) return { recordId, blocker: 'no_consent' as const };
      return { recordId, blocker: null };
    },
    'pool.contribute': ({ assessmentId }) => {
      const a = this.assessment(assessmentId);
      const engagement = this.engagement(a.engagementId);
      if (this.contributions.has(assessmentId) || a.status !== 'finalized' || !engagement.benchmarkConsent) {
        throw new Failure('conflict');
      }
      const client = this.client(engagement.clientId);
      const recordId = `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;
      this.pool.push({
        recordId,
        framework: a.frameworkId,
        sector: client.sector,
        sizeBand: client.sizeBand,
        country: client.country,
        year: Number((a.heldOn ?? NOW).slice(0, 4)),
        scores: this.subjectScores({ assessmentId }).map((x) => (x === null ? null : Math.round(x * 100))),
        synthetic: false,
        source: 'own',
      });
      this.contributions.set(assessmentId, recordId);
      return { recordId };
    },
    'pool.withdraw': ({ assessmentId }) => {
      this.assessment(assessmentId);
      const recordId = this.contributions.get(assessmentId);
      if (!recordId) throw new Failure('not_found');
      this.contributions.delete(assessmentId);
      this.pool = this.pool.filter((r) => r.recordId !== recordId);
      return { recordId };
    },
    'pool.import': ({ contentBase64, fileName, skipInvalid }): PoolImportReport => {
      const parsed = this.readCsv(Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0)));
      if (parsed.fatal.length > 0) throw new Failure('invalid_input', { file: fileName, problems: parsed.fatal });
      const report: PoolImportReport = {
        added: 0,
        unchanged: 0,
        rounded: 0,
        conflicts: 0,
        refused: parsed.refused,
        problems: [...parsed.problems],
        pack: null,
      };
      const known = new Map(this.pool.map((r) => [r.recordId, r]));
      const fresh: PoolRecord[] = [];
      for (const { record, line, rounded } of parsed.rows) {
        report.rounded += rounded;
        const existing = known.get(record.recordId);
        if (!existing) {
          fresh.push(record);
          known.set(record.recordId, { ...record, source: '' });
          report.added++;
        } else if (sameRecord(existing, record)) report.unchanged++;
        else {
          report.conflicts++;
          report.problems.push(fileProblem(line, 'record_id', 'record_conflict_pool', { record: record.recordId }));
        }
      }
      if ((report.refused > 0 || report.conflicts > 0) && !skipInvalid) {
        throw new Failure('invalid_input', {
          file: fileName,
          problems: report.problems,
          refused: report.refused,
          conflicts: report.conflicts,
        });
      }
      if (fresh.length > 0) {
        const id = nextId('pk');
        this.packs.push({
          id,
          name: fileName,
          format: 'csv',
          framework: 'sx-default',
          sha256: 'f'.repeat(64),
          importedAt: NOW,
          added: fresh.length,
        });
        for (const r of fresh) this.pool.push({ ...r, source: id });
        report.pack = { id, name: fileName };
      }
      return report;
    },
    'pool.export': ({ format, delimiter, framework, filters, includeSynthetic }) => {
      const rows = this.pool.filter((r) => matchesFilters(r, framework, filters));
      const kept = includeSynthetic ? rows : rows.filter((r) => !r.synthetic);
      return {
        fileName: `benchmark-${framework}.${format === 'pack' ? 'sxwpack.json' : 'csv'}`,
        content: benchmarkCsv(kept, delimiter),
        exported: kept.length,
        generalised: 0,
        leftOut: 0,
        syntheticLeftOut: rows.length - kept.length,
        sha256: null,
      };
    },
    'pool.packs': () => this.packs.map((p) => ({ ...p, records: this.pool.filter((r) => r.source === p.id).length })),
    'pool.removePack': ({ packId }) => {
      if (!this.packs.some((p) => p.id === packId)) throw new Failure('not_found');
      const removed = this.pool.filter((r) => r.source === packId).length;
      this.packs = this.packs.filter((p) => p.id !== packId);
      this.pool = this.pool.filter((r) => r.source !== packId);
      return { id: packId, removed };
    },
    'pool.stats': () => ({
      total: this.pool.length,
      synthetic: this.pool.filter((r) => r.synthetic).length,
      byFramework: this.countBy((r) => r.framework),
      bySector: this.countBy((r) => r.sector),
      bySizeBand: this.countBy((r) => r.sizeBand),
      byCountry: this.countBy((r) => r.country),
      byYear: this.countBy((r) => r.year),
      bySource: this.countBy((r) => r.source),
    }),
    'pool.compare': (input) => {
      const framework = input.assessmentId ? this.assessment(input.assessmentId).frameworkId : input.framework;
      const k = input.k ?? this.settings.benchmarkK;
      return this.compareWith(input.assessmentId, this.subjectScores(input), framework, input.filters, k);
    },
    'pool.widen': (input): WiderGroup => {
      const framework = input.assessmentId ? this.assessment(input.assessmentId).frameworkId : input.framework;
      const size = (f: Filters) => this.group(input.assessmentId, framework, f).length;
      const k = input.k ?? this.settings.benchmarkK;
      const n = size(input.filters);
      if (n >= k) return { n, suggestion: null };
      let f: Comparison['filters'] = { ...input.filters };
      const dropped: NonNullable<WiderGroup['suggestion']>['dropped'] = [];
      const steps = [
        ['size', (x: Comparison['filters']) => ({ ...x, size: [] }), (x: Comparison['filters']) => x.size.length > 0],
        [
          'country',
          (x: Comparison['filters']) => ({ ...x, country: [] }),
          (x: Comparison['filters']) => x.country.length > 0,
        ],
        [
          'years',
          (x: Comparison['filters']) => ({ ...x, from: null, to: null }),
          (x: Comparison['filters']) => x.from !== null || x.to !== null,
        ],
        [
          'sector',
          (x: Comparison['filters']) => ({ ...x, sector: [] }),
          (x: Comparison['filters']) => x.sector.length > 0,
        ],
      ] as const;
      for (const [name, widen, applies] of steps) {
        if (!applies(f)) continue;
        f = widen(f);
        dropped.push(name);
        const wider = size(f);
        if (wider >= k) return { n, suggestion: { filters: f, n: wider, dropped: [...dropped] } };
      }
      return { n, suggestion: null };
    },
    'reports.build': ({ assessmentId, language }) => {
      const bytes = this.reportBytes(assessmentId, language);
      return {
        fileName: this.reportFileName(assessmentId, language),
        contentBase64: btoa(String.fromCharCode(...bytes)),
        size: bytes.length,
        warnings: [...this.reportWarnings],
      };
    },
    'reports.save': ({ assessmentId, language }) => {
      if (this.info.transport !== 'ipc') throw new Failure('unavailable');
      this.reportFileName(assessmentId, language);
      const path = this.savePath;
      if (path === null) return { saved: false as const };
      return {
        saved: true as const,
        path,
        fileName: path.split('/').at(-1) ?? path,
        size: this.reportBytes(assessmentId, language).length,
        warnings: [...this.reportWarnings],
      };
    },
    'files.showInFolder': () => {
      if (this.info.transport !== 'ipc') throw new Failure('unavailable');
      return { shown: true };
    },
    'answers.set': (input) => {
      const respondent = this.respondents.find(
        (r) => r.id === input.respondentId && r.assessmentId === input.assessmentId,
      );
      if (!respondent) throw new Failure('not_found');
      this.editable(input.assessmentId);
      if (!this.framework.questions.some((q) => q.id === input.questionId)) throw new Failure('invalid_input');
      const existing = this.answerOf(input.respondentId, input.questionId);
      const comment = input.comment === undefined ? (existing?.comment ?? null) : input.comment;
      this.answers = this.answers.filter((a) => a !== existing);
      if (input.score !== null || input.notApplicable || comment !== null) {
        this.answers.push({
          assessmentId: input.assessmentId,
          respondentId: input.respondentId,
          questionId: input.questionId,
          score: input.score,
          notApplicable: input.notApplicable,
          comment,
          updatedAt: NOW,
        });
      }
      return { updatedAt: NOW };
    },
  };
}
