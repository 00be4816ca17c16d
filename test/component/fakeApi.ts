import { fieldIssues } from '../../shared/api/fieldIssues';
import {
  type ApiTransport,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  operations,
  type ParsedInput,
} from '../../shared/api/operations';
import { type ErrorCode, fail, ok, type Result } from '../../shared/api/result';
import type { Language } from '../../shared/domain/identifiers';
import type {
  AppInfo,
  Client,
  ClientRow,
  Contact,
  Engagement,
  HomeSummary,
  Settings,
} from '../../shared/domain/schemas';

/**
 * An in-memory workbench behind the API contract, for component tests. Inputs are validated with the
 * operations' own zod schemas (so `invalid_input` looks like the real one); every call is recorded.
 */

export interface RecordedCall {
  op: OperationName;
  input: unknown;
}

type Handlers = { [K in OperationName]?: (input: ParsedInput<K>) => OperationOutput<K> };

class Failure extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

export interface FakeApiOptions {
  clients?: Array<Partial<Client> & { name: string }>;
  contacts?: Array<Partial<Contact> & { clientId: string; name: string }>;
  engagements?: Array<Partial<Engagement> & { clientId: string; title: string }>;
  language?: Language | null;
  osLanguage?: Language;
  demo?: boolean;
}

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;
const NOW = '2026-03-01T10:00:00.000Z';

export class FakeApi implements ApiTransport {
  readonly calls: RecordedCall[] = [];
  clients: Client[] = [];
  contacts: Contact[] = [];
  engagements: Engagement[] = [];
  settings: Settings;
  readonly info: AppInfo;
  demo: boolean;
  /** Calls that answer with this failure instead (e.g. to test error toasts). */
  readonly failures = new Map<OperationName, { code: ErrorCode; details?: Record<string, unknown> }>();
  /** When set, calls wait for this promise first (to observe loading states). */
  gate: Promise<void> | null = null;

  constructor(options: FakeApiOptions = {}) {
    this.settings = { language: options.language === undefined ? 'en' : options.language };
    this.info = {
      version: '0.1.0-test',
      databasePath: '/home/consultant/.config/sxw/workbench.sqlite',
      transport: 'bridge',
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
  }

  callsOf(op: OperationName): unknown[] {
    return this.calls.filter((c) => c.op === op).map((c) => c.input);
  }

  async call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
    this.calls.push({ op, input });
    if (this.gate) await this.gate;
    await Promise.resolve();
    const failure = this.failures.get(op);
    if (failure) return fail(failure.code, `fake ${failure.code}`, failure.details);
    const parsed = operations[op].input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid_input', 'invalid input', { fields: fieldIssues(parsed.error) });
    const handler = this.handlers[op] as ((i: unknown) => OperationOutput<K>) | undefined;
    if (!handler) return fail('unknown_operation', `fake has no ${op}`);
    try {
      // Copies, so a screen can never mutate the fake's state by accident.
      return ok(structuredClone(handler(parsed.data)));
    } catch (error) {
      if (error instanceof Failure) return fail(error.code, error.message);
      throw error;
    }
  }

  private client(id: string): Client {
    const client = this.clients.find((c) => c.id === id);
    if (!client) throw new Failure('not_found');
    return client;
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
      return { ...this.settings, effectiveLanguage: this.settings.language ?? this.info.osLanguage };
    },
    'home.summary': (): HomeSummary => {
      const active = this.clients.filter((c) => !c.archivedAt);
      const inProgress = this.engagements
        .filter((e) => e.status === 'active' || e.status === 'planned')
        .map((engagement) => ({
          engagement,
          nextStep: engagement.status === 'planned' ? ('planEngagement' as const) : ('startAssessment' as const),
        }));
      return { inProgress, clientCount: active.length, engagementCount: this.engagements.length, demo: this.demo };
    },
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
  };
}
