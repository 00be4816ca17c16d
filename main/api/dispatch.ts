import type { Database } from 'better-sqlite3';
import type { ChangeEvent } from '../../shared/api/entities';
import { fieldIssues } from '../../shared/api/fieldIssues';
import { COMMON_ERRORS, type OperationDef } from '../../shared/api/operation';
import { isOperationName, type OperationName, type OperationOutput, operations } from '../../shared/api/operations';
import { AppError, type ErrorCode, fail, ok, type Result } from '../../shared/api/result';
import { appendAudit } from '../db/audit';
import { appendChange, changeHub, type LocalChangeEvent, publicEvent } from './changes';
import type { ServiceContext } from './context';
import { handlers } from './handlers';
import { isPreparedWrite } from './preparedWrite';
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
 */

export type Dispatched<T = unknown> = Result<T> & { change?: ChangeEvent };

export async function dispatch(ctx: ServiceContext, op: string, rawInput: unknown): Promise<Dispatched> {
  const started = start(ctx, op, rawInput);
  if (!('pending' in started)) return started;
  try {
    return await started.pending;
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
  const started = start(ctx, op, rawInput);
  return 'pending' in started ? fail('internal', `Operation ${op} answered with a promise.`, { op }) : started;
}

type Started = Dispatched | { pending: Promise<Dispatched> };

function start(ctx: ServiceContext, op: string, rawInput: unknown): Started {
  if (!isOperationName(op)) return fail('unknown_operation', `Unknown operation: ${op}`, { op });
  const def: OperationDef = operations[op];
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const fields = fieldIssues(parsed.error);
    const named = fields.map((f) => f.path || '(input)').join(', ');
    return fail('invalid_input', `Invalid input for ${op}: ${named}`, { fields });
  }
  const handler = handlers[op] as (input: unknown, ctx: ServiceContext) => unknown;
  try {
    if (def.kind === 'write' && def.writes.length > 0) {
      if (def.async) return { pending: prepareThenWrite(ctx, op, def, parsed.data, handler) };
      return runWrite(ctx, op, def, parsed.data, handler);
    }
    const value = handler(parsed.data, ctx);
    return value instanceof Promise ? { pending: value.then((v) => ok(v)) } : ok(value);
  } catch (error) {
    return toFailure(ctx, op, error);
  }
}

function runWrite(
  ctx: ServiceContext,
  op: OperationName,
  def: Extract<OperationDef, { kind: 'write' }>,
  input: unknown,
  handler: (input: unknown, ctx: ServiceContext) => unknown,
): { ok: true; value: unknown; change: ChangeEvent } {
  const db = ctx.db;
  const scope = openScope(db);
  let event: LocalChangeEvent;
  let value: unknown;
  try {
    value = inTransaction(db, () => {
      const result = handler(input, ctx);
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
  }
  changeHub(db).emit(event!);
  return { ok: true, value, change: publicEvent(event!) };
}

/**
 * An `async` write: the handler prepares (awaited here, outside any transaction), then its prepared write is
 * committed exactly as a synchronous handler's write, then settled after the commit.
 */
async function prepareThenWrite(
  ctx: ServiceContext,
  op: OperationName,
  def: Extract<OperationDef, { kind: 'write' }>,
  input: unknown,
  handler: (input: unknown, ctx: ServiceContext) => unknown,
): Promise<Dispatched> {
  const prepared = await handler(input, ctx);
  if (!isPreparedWrite(prepared)) {
    throw new Error(`Operation ${op} writes the database asynchronously; its handler must answer a prepared write.`);
  }
  const committed = runWrite(ctx, op, def, input, () => prepared.commit());
  try {
    return { ok: true, value: await prepared.settle(committed.value), change: committed.change };
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
      change: committed.change,
    };
  }
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
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return fail('database_locked', 'The database is busy in another program; nothing was changed. Try again.');
  }
  // A bug or an I/O failure: the stack goes to the log, the caller gets a sentence and a reference.
  ctx.log(
    'error',
    `Operation ${op} failed`,
    error instanceof Error ? { message: error.message, stack: error.stack } : error,
  );
  return fail('internal', 'Something went wrong; nothing was changed. The log file has the details.', { op });
}
