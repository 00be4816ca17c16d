import { isOperationName, type OperationName } from '../../shared/api/operations';
import { fail, isResult, type Result } from '../../shared/api/result';
import { type AppLocation, isAppUrl } from './appLocation';

/** The part of `IpcMainInvokeEvent` the sender check reads; Electron's event satisfies it structurally. */
export interface IpcSenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

/** Runs one operation: the dispatcher validates `input` with the operation's zod schema. */
export type CallOperation = (op: OperationName, input: unknown) => Promise<Result<unknown>>;

/**
 * Only the app's own top-level page may call the API (Electron security checklist 17). A subframe, a
 * frame that has navigated elsewhere, or one already gone (`senderFrame` is null) is refused, so a page
 * that somehow got into the window cannot reach the database.
 */
export function isTrustedSender(event: IpcSenderEvent, location: AppLocation): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, location);
}

/**
 * The `ipcMain.handle(API_CHANNEL, …)` handler. It always resolves to a Result: a rejected invoke would
 * reach the renderer as an Error whose message embeds a main-process stack.
 */
export function createApiCallHandler(deps: {
  location: AppLocation;
  call: CallOperation;
  log: (message: string, error?: unknown) => void;
}): (event: IpcSenderEvent, op: unknown, input: unknown) => Promise<Result<unknown>> {
  return async (event, op, input) => {
    if (!isTrustedSender(event, deps.location)) {
      deps.log(`Refused an API call from an untrusted frame: ${event.senderFrame?.url ?? '(gone)'}`);
      return fail('forbidden', 'This window is not allowed to call the workbench API.');
    }
    if (typeof op !== 'string' || !isOperationName(op)) {
      return fail('unknown_operation', `Unknown operation: ${String(op).slice(0, 100)}`);
    }
    try {
      const result = await deps.call(op, input);
      if (isResult(result)) return result;
      deps.log(`Operation ${op} returned something that is not a Result`);
    } catch (error) {
      deps.log(`Operation ${op} threw`, error);
    }
    return fail('internal', 'Something went wrong. Your data is unchanged; try again.');
  };
}
