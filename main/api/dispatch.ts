import type { Database } from 'better-sqlite3';
import type { ChangeEvent } from '../../shared/api/entities';
import { fieldIssues } from '../../shared/api/fieldIssues';
import { COMMON_ERRORS, type OperationDef } from '../../shared/api/operation';
import { isOperationName, type OperationName, type OperationOutput, operations } from '../../shared/api/operations';
import { AppError, type ErrorCode, fail, ok, type Result } from '../../shared/api/result';
import { appendAudit } from '../db/audit';
import { markCorrupt, writeRefusal } from '../db/health';
import { storageError } from '../db/sqliteErrors';
import { type JobControl, NO_JOB } from '../jobs/control';
import { jobRegistry, type RunningJob } from '../jobs/registry';
import { appendChange, changeHub, type LocalChangeEvent, publicEvent } from './changes';
import type { ServiceContext } from './context';
import { handlers } from './handlers';
import { isPreparedWrite, type PreparedWrite } from './preparedWrite';
import { writeGate } from './writeGate';
import { closeScope, openScope, type WriteScope } from './writeScope';

/**
 * The single entry to the services for every transport: checks the operation name, validates the raw
 * input with the operation's schema, runs the handler, and turns every outcome — including a bug — into a
 * Result. Nothing is written when validation fails, because handlers only ever see parsed input.
 *
 * A writing operation runs in one IMMEDIATE transaction opened here, never by the services: its changes,
 * its audit entry and its change-log row commit together or not at all. After the commit the connection's
 * change hub emits one event naming what changed, and a success carries that event (`change`) so the
 * caller's transport can refresh its screens before it hands back the result.
 *
 * No write starts on a database that may be damaged: the connection's health (main/db/health.ts) is asked
 * first, and an unchecked file is checked then. An `async` writing operation, and a writing job, prepares
 * first, outside any transaction, and answers with a prepared write (`./preparedWrite.ts`) whose `commit`
 * runs in that same kind of transaction; the connection is read from the context when the write starts,
 * so a restore that replaced it is honoured.
 *
 * Operations the table marks `job` (imports, reports) are registered for `jobs.progress` and `jobs.cancel`
 * while they run; where the context has a job host they run off this thread (docs/architecture.md "Jobs").
 */

export type Dispatched<T = unknown> = Result<T> & { change?: ChangeEvent };

export interface DispatchOptions {
  /** Aborted when the caller is gone (the bridge: the request's connection closed); cancels a job. */
  signal?: AbortSignal;
}

export async function dispatch(
  ctx: ServiceContext,
  op: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Dispatched> {
  const started = start(ctx, op, rawInput, options);
  if (!('pending' in started)) return started;
  try {
    const settled = await started.pending;
    return 'done' in settled ? settled.done : ok(settled.value);
  } catch (error) {
    return toFailure(ctx, op, error);
  }
}

/**
 * For callers that cannot wait (the CLI's synchronous commands, tests): every operation except those the
 * table marks `async` (reports), which answer `internal` here and must go through `dispatch`.
 */
export function dispatchSync(ctx: ServiceContext, op: string, rawInput: unknown): Dispatched {
  // Refused before it starts: a report half-run in the background would write a file nobody waits for.
  if (isOperationName(op) && operations[op].async) {
    return fail('internal', `Operation ${op} is asynchronous; call it through dispatch.`, { op });
  }
  const started = start(ctx, op, rawInput, null);
  return 'pending' in started ? fail('internal', `Operation ${op} answered with a promise.`, { op }) : started;
}

/** A settled operation: a handler's value, or a whole answer (a write carries its change event). */
type Settled = { value: unknown } | { done: Dispatched };
type Started = Dispatched | { pending: Promise<Settled> };
type Handler = (input: unknown, ctx: ServiceContext, job: JobControl) => unknown;

/** `options` null: the synchronous path (`dispatchSync`), which must not wait for anything. */
function start(ctx: ServiceContext, op: string, rawInput: unknown, options: DispatchOptions | null): Started {
  if (!isOperationName(op)) return fail('unknown_operation', `Unknown operation: ${op}`, { op });
  const def: OperationDef = operations[op];
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const fields = fieldIssues(parsed.error);
    const named = fields.map((f) => f.path || '(input)').join(', ');
    return fail('invalid_input', `Invalid input for ${op}: ${named}`, { fields });
  }
  const handler = handlers[op] as Handler;
  try {
    if (def.job) return startJob(ctx, op, def, parsed.data, handler, options);
    if (writesDatabase(def)) {
      if (def.async) {
        const input = parsed.data;
        return { pending: prepareThenWrite(ctx, op, def, input, handler).then((done) => ({ done })) };
      }
      // A job writing from another thread holds the gate: wait for it here, not in SQLite's busy handler.
      const gate = writeGate(ctx.db);
      if (options && !gate.open) {
        return { pending: gate.whenOpen().then(() => ({ done: runWrite(ctx, op, def, parsed.data, handler) })) };
      }
      return runWrite(ctx, op, def, parsed.data, handler);
    }
    const value = handler(parsed.data, ctx, NO_JOB);
    return value instanceof Promise ? { pending: value.then((v: unknown) => ({ value: v })) } : ok(value);
  } catch (error) {
    return toFailure(ctx, op, error);
  }
}

const writesDatabase = (def: OperationDef): def is Extract<OperationDef, { kind: 'write' }> =>
  def.kind === 'write' && def.writes.length > 0;

/**
 * A job: registered while it runs (progress, cancel). A writing job prepares outside the transaction and
 * commits through the dispatcher; with a job host (the desktop app, `sxw serve`) all of it runs in a worker
 * thread on that thread's own connection, and its change event is emitted here once it has committed.
 */
function startJob(
  ctx: ServiceContext,
  op: OperationName,
  def: OperationDef,
  input: unknown,
  handler: Handler,
  options: DispatchOptions | null,
): Started {
  const registry = jobRegistry(ctx.db);
  const jobId = (input as { jobId?: unknown }).jobId;
  const job = registry.start(op, typeof jobId === 'string' ? jobId : undefined);
  if (!options) {
    try {
      if (writesDatabase(def)) return runJobWriteSync(ctx, op, def, input, handler, job);
      const value = handler(input, ctx, job);
      if (value instanceof Promise) throw new Error(`Operation ${op} answered with a promise.`);
      return ok(value);
    } finally {
      registry.end(job);
    }
  }
  const cancel = () => registry.cancel(job.id);
  options.signal?.addEventListener('abort', cancel, { once: true });
  const run = async (): Promise<Settled> => {
    if (!writesDatabase(def)) return { value: await handler(input, ctx, job) };
    if (ctx.jobs) {
      const outcome = await ctx.jobs.runWrite({
        op,
        input,
        at: ctx.now().toISOString(),
        job,
        acquire: () => writeGate(ctx.db).acquire(),
        backups: ctx.backupBeforeImport !== undefined,
      });
      // The worker committed on its own connection; this connection's listeners (screens, the pool's index)
      // hear it now — unless the watcher for other connections' writes already passed it on.
      const hub = changeHub(ctx.db);
      if (outcome.event && outcome.event.seq > hub.lastSeq) hub.emit(outcome.event);
      return { done: outcome.result };
    }
    return { done: (await runJobWrite(ctx, op, input, job, () => writeGate(ctx.db).acquire())).result };
  };
  const pending = run().finally(() => {
    options.signal?.removeEventListener('abort', cancel);
    registry.end(job);
  });
  return { pending };
}

/** What a writing job answers, with the event to emit where its caller listens. */
export interface JobWriteOutcome {
  result: Dispatched;
  event: LocalChangeEvent | null;
}

/**
 * A writing job from start to commit on `ctx`'s connection: the handler checks and prepares outside any
 * transaction; then, once `acquire` lets it (no other job is committing), the part it left to commit runs
 * in the operation's transaction. Used by the dispatcher and by the job worker (main/jobs/worker.ts).
 */
export async function runJobWrite(
  ctx: ServiceContext,
  op: OperationName,
  input: unknown,
  job: JobControl,
  acquire: () => Promise<() => void>,
): Promise<JobWriteOutcome> {
  const def: OperationDef = operations[op];
  if (!writesDatabase(def)) throw new Error(`Operation ${op} writes nothing.`);
  let prepared: PreparedWrite<unknown> | null = null;
  try {
    prepared = expectPrepared(op, await (handlers[op] as Handler)(input, ctx, job));
    job.check();
  } catch (error) {
    prepared?.release();
    return { result: toFailure(ctx, op, error), event: null };
  }
  let outcome: JobWriteOutcome;
  let letGo: (() => void) | null = null;
  try {
    letGo = await acquire();
    job.progress('writing', 0, null);
    const write = prepared;
    outcome = commitWrite(ctx, op, def, input, () => write.commit(), write.foreignKeys);
  } catch (error) {
    return { result: toFailure(ctx, op, error), event: null };
  } finally {
    letGo?.();
    prepared.release();
  }
  return { result: await settle(ctx, op, prepared, outcome.result), event: outcome.event };
}

function runJobWriteSync(
  ctx: ServiceContext,
  op: OperationName,
  def: Extract<OperationDef, { kind: 'write' }>,
  input: unknown,
  handler: Handler,
  job: RunningJob,
): Dispatched {
  const answer = handler(input, ctx, job);
  if (answer instanceof Promise) {
    // Its preparation waits (a backup before a large import): nothing was written; the caller must wait.
    void answer.then(
      (p: unknown) => isPreparedWrite(p) && p.release(),
      () => {},
    );
    return fail('internal', `Operation ${op} prepares asynchronously here; call it through dispatch.`, { op });
  }
  const prepared = expectPrepared(op, answer);
  let committed: Dispatched;
  try {
    job.check();
    committed = commitWrite(ctx, op, def, input, () => prepared.commit(), prepared.foreignKeys).result;
  } finally {
    prepared.release();
  }
  if (!committed.ok) return committed;
  const value = prepared.settle(committed.value);
  if (value instanceof Promise) throw new Error(`Operation ${op} settles with a promise; call it through dispatch.`);
  return { ...committed, value };
}

function expectPrepared(op: OperationName, answer: unknown): PreparedWrite<unknown> {
  if (!isPreparedWrite(answer)) {
    throw new Error(`Operation ${op} writes the database after preparing; its handler must answer a prepared write.`);
  }
  return answer;
}

/**
 * An `async` write: the handler prepares (awaited here, outside any transaction); once no job holds the
 * write gate its prepared write is committed exactly as a synchronous handler's write, then settled.
 */
async function prepareThenWrite(
  ctx: ServiceContext,
  op: OperationName,
  def: Extract<OperationDef, { kind: 'write' }>,
  input: unknown,
  handler: Handler,
): Promise<Dispatched> {
  const prepared = expectPrepared(op, await handler(input, ctx, NO_JOB));
  let committed: Dispatched;
  try {
    const gate = writeGate(ctx.db);
    while (!gate.open) await gate.whenOpen();
    committed = commitWrite(ctx, op, def, input, () => prepared.commit(), prepared.foreignKeys).result;
  } finally {
    prepared.release();
  }
  return settle(ctx, op, prepared, committed);
}

/** The work after a commit; a failure there is reported, but the write stands and its event is kept. */
async function settle(
  ctx: ServiceContext,
  op: string,
  prepared: PreparedWrite<unknown>,
  committed: Dispatched,
): Promise<Dispatched> {
  if (!committed.ok) return committed;
  try {
    return { ...committed, value: await prepared.settle(committed.value) };
  } catch (error) {
    ctx.log(
      'error',
      `Operation ${op} committed, then failed`,
      error instanceof Error ? { message: error.message, stack: error.stack } : error,
    );
    return {
      ...fail('internal', 'The change was saved, but what should follow it failed. The log file has the details.', {
        op,
      }),
      ...(committed.change ? { change: committed.change } : {}),
    };
  }
}

function runWrite(
  ctx: ServiceContext,
  op: OperationName,
  def: Extract<OperationDef, { kind: 'write' }>,
  input: unknown,
  handler: Handler,
): Dispatched {
  return commitWrite(ctx, op, def, input, () => handler(input, ctx, NO_JOB)).result;
}

/** Runs `body` in the operation's IMMEDIATE transaction with its audit entry and change-log row, then emits. */
function commitWrite(
  ctx: ServiceContext,
  op: OperationName,
  def: Extract<OperationDef, { kind: 'write' }>,
  input: unknown,
  body: () => unknown,
  foreignKeys: PreparedWrite<unknown>['foreignKeys'] = 'enforced',
): JobWriteOutcome {
  const db = ctx.db;
  const refusal = writeRefusal(db, ctx.databasePath);
  if (refusal) throw refusal;
  // Only outside a transaction does SQLite take this switch; inside one the checks simply stay on.
  const unchecked =
    foreignKeys === 'checkedByTheWrite' && !db.inTransaction && db.pragma('foreign_keys', { simple: true }) === 1;
  const scope = openScope(db);
  let event: LocalChangeEvent;
  let value: unknown;
  if (unchecked) db.pragma('foreign_keys = OFF');
  try {
    value = inTransaction(db, () => {
      const result = body();
      const at = ctx.now().toISOString();
      const seq = appendChange(db, { at, operation: op, entities: def.writes });
      if (def.audit) {
        appendAudit(db, {
          at,
          action: op.slice(op.indexOf('.') + 1),
          entity: def.audit,
          entityId: subjectOf(scope, result, input),
          ...(Object.keys(scope.details).length > 0 ? { details: scope.details } : {}),
        });
      }
      event = { seq, operation: op, entities: [...def.writes], at, notes: scope.notes };
      return result;
    });
  } finally {
    closeScope(db);
    if (unchecked) db.pragma('foreign_keys = ON');
  }
  changeHub(db).emit(event!);
  return { result: { ok: true, value, change: publicEvent(event!) }, event: event! };
}

/** One cached transaction wrapper per connection: building one per call costs as much as a small write. */
const runners = new WeakMap<Database, { immediate: (fn: () => unknown) => unknown }>();

function inTransaction<T>(db: Database, fn: () => T): T {
  let runner = runners.get(db);
  if (!runner) {
    runner = db.transaction((body: () => unknown) => body());
    runners.set(db, runner);
  }
  return runner.immediate(fn) as T;
}

function subjectOf(scope: WriteScope, result: unknown, input: unknown): string {
  if (scope.subject) return scope.subject;
  for (const source of [result, input]) {
    if (typeof source !== 'object' || source === null) continue;
    for (const key of ['id', 'assessmentId', 'recordId', 'packId'] as const) {
      const v = (source as Record<string, unknown>)[key];
      if (typeof v === 'string') return v;
    }
  }
  return '-';
}

/** Typed convenience for in-process callers (CLI, tests). */
export function call<K extends OperationName>(ctx: ServiceContext, op: K, input: unknown): Result<OperationOutput<K>> {
  return dispatchSync(ctx, op, input) as Result<OperationOutput<K>>;
}

/** The same for every operation, including the asynchronous ones. */
export async function callAsync<K extends OperationName>(
  ctx: ServiceContext,
  op: K,
  input: unknown,
): Promise<Result<OperationOutput<K>>> {
  return (await dispatch(ctx, op, input)) as Result<OperationOutput<K>>;
}

function declared(op: string, code: ErrorCode): boolean {
  if ((COMMON_ERRORS as readonly string[]).includes(code)) return true;
  return isOperationName(op) && (operations[op].errors as readonly string[]).includes(code);
}

function toFailure(ctx: ServiceContext, op: string, error: unknown): Result<never> {
  if (error instanceof AppError) {
    if (declared(op, error.code)) return { ok: false, error: error.toBody() };
    // A service answered with an error its operation does not declare: a bug in the contract, not the input.
    ctx.log('error', `Operation ${op} returned the undeclared error ${error.code}`, { message: error.message });
    return fail('internal', 'Something went wrong; nothing was changed. The log file has the details.', { op });
  }
  const storage = sqliteProblem(error) ? storageError(error, ctx.databasePath) : null;
  if (storage) {
    // Damage SQLite tripped over: no later write may pile onto it, and the screens offer a restore.
    if (storage.code === 'database_corrupt')
      markCorrupt(ctx.db, error instanceof Error ? error.message : String(error));
    if (storage.code !== 'database_locked') {
      ctx.log(
        'error',
        `Operation ${op} failed: ${storage.code}`,
        error instanceof Error ? { message: error.message } : error,
      );
    }
    return { ok: false, error: storage.toBody() };
  }
  // A bug or an I/O failure: the stack goes to the log, the caller gets a sentence and a reference.
  ctx.log(
    'error',
    `Operation ${op} failed`,
    error instanceof Error ? { message: error.message, stack: error.stack } : error,
  );
  return fail('internal', 'Something went wrong; nothing was changed. The log file has the details.', { op });
}

/** SQLite's own codes, and the operating system's for a full or failing disk (Node's file functions). */
function sqliteProblem(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' && (code.startsWith('SQLITE_') || ['ENOSPC', 'EDQUOT', 'EIO', 'EROFS'].includes(code))
  );
}
