import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { changeHub, publicEvent } from '../../main/api/changes';
import { createContext, type DesktopShell, type IdPrefix, type ServiceContext } from '../../main/api/context';
import { dispatch, dispatchSync } from '../../main/api/dispatch';
import { openWorkbenchDatabase } from '../../main/db/open';
import { ChangeFeed } from '../../renderer/src/api/changeFeed';
import type { ApiTransport, OperationInput, OperationName, OperationOutput } from '../../shared/api/operations';
import { type ErrorCode, fail, type Result } from '../../shared/api/result';

/**
 * The real workbench behind the renderer in component tests: the dispatcher over an in-memory SQLite
 * database, with a fixed clock and readable ids, reached through a transport that behaves like the wire
 * (inputs and answers cross as JSON; change events arrive with the answer and from the hub). Only
 * failures and delays can be injected; everything else is the real thing.
 */
export interface TestBackend extends ApiTransport {
  ctx: ServiceContext;
  readonly db: Database;
  /** Every call the screens made, in order, with the input as sent. */
  readonly calls: { op: OperationName; input: unknown }[];
  callsOf(op: OperationName): unknown[];
  /** Calls of these operations answer with this failure instead (error toasts, locked database …). */
  readonly failures: Map<OperationName, { code: ErrorCode; details?: Record<string, unknown> }>;
  /** One-off failures: the next call of the operation answers with the first one queued. */
  readonly failOnce: Map<OperationName, { code: ErrorCode; details?: Record<string, unknown> }[]>;
  /** When set, calls wait for it first (to observe loading states). */
  gate: Promise<void> | null;
  /** Runs an operation directly, as another window or the CLI would: for seeding and for checking. */
  run<K extends OperationName>(op: K, input: OperationInput<K>): OperationOutput<K>;
  runAsync<K extends OperationName>(op: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
}

export const TEST_NOW = '2026-11-22T10:00:00.000Z';

export interface TestBackendOptions {
  now?: string;
  osLanguage?: 'nl' | 'en';
  /**
   * Plays the desktop app: `app.info` says `ipc`, and `reports.save` / `files.showInFolder` go through this
   * shell (its Save dialog answers what the test says). Without it the backend is the browser's bridge.
   */
  desktop?: DesktopShell;
  /** A database file (in a temp folder) instead of memory: for what needs one, such as backups. */
  file?: string;
}

export function createTestBackend(options: TestBackendOptions = {}): TestBackend {
  const db = openWorkbenchDatabase(options.file ?? ':memory:');
  const counters = new Map<string, number>();
  const clock = new Date(options.now ?? TEST_NOW);
  const ctx = createContext({
    db,
    databasePath: options.file ?? '/home/consultant/.config/SX Workbench/sx-workbench.sqlite',
    transport: options.desktop ? 'ipc' : 'bridge',
    osLanguage: options.osLanguage ?? 'en',
    version: '0.1.0-test',
    now: () => clock,
    newId: (prefix: IdPrefix) => {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}_${n}`;
    },
    log: () => {},
    ...(options.desktop ? { desktop: options.desktop } : {}),
    // A database in memory has no folder beside it: evidence files go to a temporary one (made on first use).
    ...(options.file ? {} : { evidenceFolder: path.join(os.tmpdir(), `sxw-evidence-${randomUUID()}`) }),
  });
  const feed = new ChangeFeed();
  changeHub(db).subscribe((event) => feed.deliver(publicEvent(event)));
  const wire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

  const backend: TestBackend = {
    ctx,
    // The context's connection: a restore replaces it.
    get db() {
      return ctx.db;
    },
    calls: [],
    callsOf: (op) => backend.calls.filter((c) => c.op === op).map((c) => c.input),
    failures: new Map(),
    failOnce: new Map(),
    gate: null,
    async call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
      const sent = wire(input);
      backend.calls.push({ op, input: sent });
      if (backend.gate) await backend.gate;
      const failure = backend.failOnce.get(op)?.shift() ?? backend.failures.get(op);
      if (failure) return fail(failure.code, `Injected ${failure.code}`, failure.details);
      const answer = wire(await dispatch(ctx, op, sent));
      if (answer.ok && answer.change) feed.deliver(answer.change);
      return answer as Result<OperationOutput<K>>;
    },
    onChange: (listener) => feed.subscribe(listener),
    run: (op, input) => runSync(ctx, op, input),
    async runAsync(op, input) {
      const answer = await dispatch(ctx, op, input);
      if (!answer.ok) throw new Error(`${op} failed: ${answer.error.code} ${answer.error.message}`);
      return answer.value as OperationOutput<typeof op>;
    },
  };
  return backend;
}

function runSync<K extends OperationName>(ctx: ServiceContext, op: K, input: unknown): OperationOutput<K> {
  const answer = dispatchSync(ctx, op, input);
  if (!answer.ok) throw new Error(`${op} failed: ${answer.error.code} ${answer.error.message}`);
  return answer.value as OperationOutput<K>;
}
