import { type MessagePort, parentPort } from 'node:worker_threads';
import type { OperationName } from '../../shared/api/operations';
import type { Language } from '../../shared/domain/identifiers';
import type { JobPhase } from '../../shared/jobs/schemas';
import type { LocalChangeEvent } from '../api/changes';
import { createContext, type ServiceContext } from '../api/context';
import { type Dispatched, runJobWrite } from '../api/dispatch';
import { importBackup } from '../backup/beforeImport';
import { openWorkbenchDatabase } from '../db/open';
import { type PreparedReport, type RenderedReport, renderPreparedReport } from '../reports/reports';
import { cancelledError, isCancelled, type JobControl } from './control';

/**
 * The job worker's entry (main/jobs/host.ts starts it): takes one job at a time from the host and answers
 * on the job's own port. Built as its own file beside the app's main module (electron.vite.config.ts) and
 * the CLI's bundle (scripts/cliBuild.mjs).
 */

interface JobBase {
  port: MessagePort;
  /** The job's cancel flag in shared memory; null when it cannot be cancelled. */
  cancel: Int32Array | null;
}

/** What the host asks of a worker, without the job's port and cancel flag. */
export type JobRequest =
  | {
      kind: 'write';
      op: OperationName;
      input: unknown;
      at: string;
      databasePath: string;
      nativeBinding: string | null;
      transport: ServiceContext['transport'];
      version: string;
      osLanguage: Language;
      /** Whether the caller keeps backups (`ctx.backupBeforeImport`): this worker's context gets its own. */
      backups: boolean;
    }
  | { kind: 'render'; prepared: PreparedReport };

export type JobMessage = JobBase & JobRequest;

export type WorkerToHost =
  | { type: 'progress'; phase: JobPhase; done: number; total: number | null }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; details?: unknown }
  | { type: 'acquire' }
  | { type: 'result'; result: Dispatched; event: LocalChangeEvent | null; report?: RenderedReport; error?: string };

/** Progress is sent at most this often (and at every change of phase). */
const PROGRESS_EVERY_MS = 100;

function control(message: JobMessage): JobControl {
  const send = (m: WorkerToHost) => message.port.postMessage(m);
  let lastPhase: JobPhase | null = null;
  let lastSent = 0;
  return {
    check: () => {
      if (message.cancel && isCancelled(message.cancel)) throw cancelledError();
    },
    progress: (phase, done, total) => {
      const now = Date.now();
      if (phase === lastPhase && now - lastSent < PROGRESS_EVERY_MS) return;
      lastPhase = phase;
      lastSent = now;
      send({ type: 'progress', phase, done, total });
    },
  };
}

function log(port: MessagePort): ServiceContext['log'] {
  return (level, message, details) => {
    try {
      port.postMessage({ type: 'log', level, message, details } satisfies WorkerToHost);
    } catch {
      port.postMessage({ type: 'log', level, message, details: String(details) } satisfies WorkerToHost);
    }
  };
}

/** Waits for the host to grant the write gate of its connection. */
function acquire(port: MessagePort): Promise<() => void> {
  return new Promise((resolve) => {
    const onMessage = (m: { type?: string }) => {
      if (m.type !== 'granted') return;
      port.off('message', onMessage);
      resolve(() => {});
    };
    port.on('message', onMessage);
    port.postMessage({ type: 'acquire' } satisfies WorkerToHost);
  });
}

async function runWrite(message: Extract<JobMessage, { kind: 'write' }>): Promise<WorkerToHost> {
  const db = openWorkbenchDatabase(
    message.databasePath,
    message.nativeBinding ? { nativeBinding: message.nativeBinding } : {},
  );
  try {
    const ctx = createContext({
      db,
      databasePath: message.databasePath,
      transport: message.transport,
      version: message.version,
      osLanguage: message.osLanguage,
      now: () => new Date(message.at),
      log: log(message.port),
    });
    if (message.backups) ctx.backupBeforeImport = importBackup(ctx);
    // A big import may wait a while for another job's commit; the host's gate orders them, so a long wait
    // here is a queue, not a lock held by someone else.
    db.pragma('busy_timeout = 60000');
    const outcome = await runJobWrite(ctx, message.op, message.input, control(message), () => acquire(message.port));
    return { type: 'result', result: outcome.result, event: outcome.event };
  } finally {
    db.close();
  }
}

async function runRender(message: Extract<JobMessage, { kind: 'render' }>): Promise<WorkerToHost> {
  const job = control(message);
  job.progress('rendering', 0, null);
  const report = await renderPreparedReport(message.prepared, {}, log(message.port));
  return { type: 'result', result: { ok: true, value: null }, event: null, report };
}

async function run(message: JobMessage): Promise<void> {
  let answer: WorkerToHost;
  try {
    answer = message.kind === 'write' ? await runWrite(message) : await runRender(message);
  } catch (error) {
    answer = {
      type: 'result',
      result: { ok: false, error: { code: 'internal', message: 'The job failed in its worker.' } },
      event: null,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  message.port.postMessage(answer);
  message.port.close();
}

parentPort?.on('message', (message: JobMessage) => void run(message));
