import { fieldIssues } from '../../shared/api/fieldIssues';
import { isOperationName, type OperationName, type OperationOutput, operations } from '../../shared/api/operations';
import { AppError, fail, ok, type Result } from '../../shared/api/result';
import type { ServiceContext } from './context';
import { handlers } from './handlers';

/**
 * The single entry to the services for every transport: checks the operation name, validates the raw
 * input with the operation's schema, runs the handler, and turns every outcome — including a bug — into a
 * Result. Nothing is written when validation fails, because handlers only ever see parsed input.
 */
export async function dispatch(ctx: ServiceContext, op: string, rawInput: unknown): Promise<Result<unknown>> {
  const started = start(ctx, op, rawInput);
  if (!('pending' in started)) return started;
  try {
    return ok(await started.pending);
  } catch (error) {
    return toFailure(ctx, op, error);
  }
}

/**
 * For callers that cannot wait (the CLI's synchronous commands, tests): every operation except those the
 * table marks `async` (reports), which answer `internal` here and must go through `dispatch`.
 */
export function dispatchSync(ctx: ServiceContext, op: string, rawInput: unknown): Result<unknown> {
  // Refused before it starts: a report half-run in the background would write a file nobody waits for.
  if (isOperationName(op) && operations[op].async) {
    return fail('internal', `Operation ${op} is asynchronous; call it through dispatch.`, { op });
  }
  const started = start(ctx, op, rawInput);
  return 'pending' in started ? fail('internal', `Operation ${op} answered with a promise.`, { op }) : started;
}

type Started = Result<unknown> | { pending: Promise<unknown> };

function start(ctx: ServiceContext, op: string, rawInput: unknown): Started {
  if (!isOperationName(op)) return fail('unknown_operation', `Unknown operation: ${op}`, { op });
  const parsed = operations[op].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const fields = fieldIssues(parsed.error);
    const named = fields.map((f) => f.path || '(input)').join(', ');
    return fail('invalid_input', `Invalid input for ${op}: ${named}`, { fields });
  }
  try {
    const handler = handlers[op] as (input: unknown, ctx: ServiceContext) => unknown;
    const value = handler(parsed.data, ctx);
    return value instanceof Promise ? { pending: value } : ok(value);
  } catch (error) {
    return toFailure(ctx, op, error);
  }
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

function toFailure(ctx: ServiceContext, op: string, error: unknown): Result<never> {
  if (error instanceof AppError) return { ok: false, error: error.toBody() };
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
