import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { OperationName } from '../../shared/api/operations';
import { fail } from '../../shared/api/result';
import type { Language } from '../../shared/domain/identifiers';
import type { LocalChangeEvent } from '../api/changes';
import type { ServiceContext } from '../api/context';
import type { JobWriteOutcome } from '../api/dispatch';
import type { PreparedReport, RenderedReport } from '../reports/reports';
import type { JobControl } from './control';
import type { RunningJob } from './registry';
import type { JobMessage, JobRequest, WorkerToHost } from './worker';

/**
 * Worker threads for long work, so the thread that answers the UI (Electron's main process, the bridge of
 * `sxw serve`) stays free while a file is imported or a report drawn (docs/architecture.md "Jobs").
 *
 * A writing job runs whole in a worker, on the worker's own connection to the same file, through the
 * dispatcher's own code (`runJobWrite`): the file is read and checked, then — once this thread grants the
 * write gate — committed with its audit entry and change-log row. Reads on this thread meanwhile see the
 * last committed state (WAL), and this thread's writes wait at the gate instead of in SQLite. A report is
 * drawn in a worker from what this thread read for it.
 *
 * One idle worker is kept (a report's chart libraries load once); more start when jobs overlap. An idle
 * worker never keeps the process alive.
 */

export interface WriteJobRequest {
  op: OperationName;
  input: unknown;
  /** The operation's time, from the caller's clock. */
  at: string;
  job: RunningJob;
  /** Waits for the write gate of the caller's connection and holds it until the returned release. */
  acquire: () => Promise<() => void>;
  /** Whether the caller keeps backups: the worker then backs up before a large import, as the caller would. */
  backups: boolean;
}

export interface JobHost {
  runWrite(request: WriteJobRequest): Promise<JobWriteOutcome>;
  renderReport(prepared: PreparedReport, job: JobControl & { cancelFlag?: Int32Array }): Promise<RenderedReport>;
  /** Stops every worker; jobs still running answer `internal`. */
  close(): Promise<void>;
}

export interface JobHostOptions {
  /** The worker's module: the built file beside the app's (out/main/worker.js, out/cli/worker-….mjs) or its source. */
  workerFile: string;
  databasePath: string;
  /** better-sqlite3 built for Electron (main/electron/nativeBinding.ts); absent under Node. */
  nativeBinding?: string;
  transport: ServiceContext['transport'];
  version: string;
  osLanguage: Language;
  log: ServiceContext['log'];
  /** How long an idle worker waits for the next job before it ends. */
  idleMs?: number;
}

interface Slot {
  worker: Worker;
  /** The job it runs, told when the worker dies under it. */
  fail: ((message: string) => void) | null;
  idleTimer: NodeJS.Timeout | null;
}

export function createJobHost(options: JobHostOptions): JobHost {
  const idleMs = options.idleMs ?? 60_000;
  const idle: Slot[] = [];
  const all = new Set<Slot>();
  let closed = false;

  function spawn(): Slot {
    const worker = startWorker(options.workerFile);
    const slot: Slot = { worker, fail: null, idleTimer: null };
    const died = (message: string) => {
      all.delete(slot);
      const i = idle.indexOf(slot);
      if (i >= 0) idle.splice(i, 1);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.fail?.(message);
      slot.fail = null;
    };
    worker.on('error', (error) => {
      options.log('error', 'A job worker failed', { message: error.message, stack: error.stack });
      died(error.message);
    });
    worker.on('exit', (code) => died(`The job worker stopped (exit code ${code}).`));
    all.add(slot);
    return slot;
  }

  function take(): Slot {
    if (closed) throw new Error('The job host is closed.');
    const slot = idle.pop() ?? spawn();
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.worker.ref();
    return slot;
  }

  function give(slot: Slot): void {
    slot.fail = null;
    if (!all.has(slot)) return;
    if (closed || idle.length >= 1) {
      all.delete(slot);
      void slot.worker.terminate();
      return;
    }
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => {
      const i = idle.indexOf(slot);
      if (i >= 0) idle.splice(i, 1);
      all.delete(slot);
      void slot.worker.terminate();
    }, idleMs);
    slot.idleTimer.unref();
    idle.push(slot);
  }

  /** Sends one job to a worker and follows its port until the worker answers (or dies). */
  function run<T>(
    message: JobRequest,
    job: { cancelFlag?: Int32Array; progress: JobControl['progress'] },
    onAcquire: (() => Promise<() => void>) | null,
    settle: (answer: Extract<WorkerToHost, { type: 'result' }>) => T,
    failed: (message: string) => T,
  ): Promise<T> {
    const slot = take();
    const { port1, port2 } = new MessageChannel();
    return new Promise<T>((resolve) => {
      let release: (() => void) | null = null;
      const finish = (value: T) => {
        release?.();
        release = null;
        port1.close();
        give(slot);
        resolve(value);
      };
      slot.fail = (reason) => finish(failed(reason));
      port1.on('message', (m: WorkerToHost) => {
        if (m.type === 'progress') job.progress(m.phase, m.done, m.total);
        else if (m.type === 'log') options.log(m.level, m.message, m.details);
        else if (m.type === 'acquire' && onAcquire) {
          void onAcquire().then((r) => {
            release = r;
            port1.postMessage({ type: 'granted' });
          });
        } else if (m.type === 'result') finish(settle(m));
      });
      const full = { ...message, port: port2, cancel: job.cancelFlag ?? null } as JobMessage;
      slot.worker.postMessage(full, [port2 as unknown as MessagePort]);
    });
  }

  return {
    runWrite(request) {
      return run<JobWriteOutcome>(
        {
          kind: 'write',
          op: request.op,
          input: request.input,
          at: request.at,
          databasePath: options.databasePath,
          nativeBinding: options.nativeBinding ?? null,
          transport: options.transport,
          version: options.version,
          osLanguage: options.osLanguage,
          backups: request.backups,
        },
        request.job,
        request.acquire,
        (answer) => ({
          result: answer.result,
          event: answer.event ? reviveEvent(answer.event) : null,
        }),
        (reason) => {
          options.log('error', `Job ${request.op} ended with its worker`, { reason });
          return {
            result: fail('internal', 'Something went wrong; nothing was changed. The log file has the details.', {
              op: request.op,
            }),
            event: null,
          };
        },
      );
    },
    async renderReport(prepared, job) {
      const answer = await run<{ report?: RenderedReport; error?: string }>(
        { kind: 'render', prepared },
        job,
        null,
        (m) => (m.report ? { report: m.report } : { error: m.error ?? 'The report could not be drawn.' }),
        (reason) => ({ error: reason }),
      );
      if (!answer.report) throw new Error(answer.error);
      return answer.report;
    },
    async close() {
      closed = true;
      const workers = [...all].map((slot) => slot.worker);
      all.clear();
      idle.length = 0;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** A change event as the worker sent it: a structured clone keeps the notes' Map. */
function reviveEvent(event: LocalChangeEvent): LocalChangeEvent {
  return { ...event, notes: event.notes instanceof Map ? event.notes : new Map() };
}

/**
 * A worker on the built module, or — in a development checkout and in the tests, where only the TypeScript
 * exists — on its source through tsx, which the worker registers before it imports it.
 */
function startWorker(file: string): Worker {
  if (!file.endsWith('.ts')) return new Worker(file);
  // tsx's ESM API (the `import` condition of `tsx/esm/api`); require.resolve answers with the CommonJS twin.
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const source = pathToFileURL(file).href;
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); })`,
    { eval: true },
  );
}
