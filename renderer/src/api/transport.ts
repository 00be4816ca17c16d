import type { ChangeEvent } from '../../../shared/api/entities';
import type { ApiTransport, OperationInput, OperationName, OperationOutput } from '../../../shared/api/operations';
import { type ApiErrorBody, isResult, type Result } from '../../../shared/api/result';
import { ChangeFeed } from './changeFeed';

/**
 * How the renderer reaches the workbench: Electron's preload bridge when present, else the loopback HTTP
 * bridge that served this page. Both answer with a Result; transport trouble becomes a failed Result too,
 * so screens have one error path.
 */

const TOKEN_KEY = 'sxw.bridgeToken';

interface BrowserLocation {
  search: string;
  pathname: string;
  hash: string;
}

/**
 * The bridge token arrives once in the start link (`/?token=…`). It is kept in sessionStorage so a reload
 * keeps working, and removed from the address bar (screens are shared in meetings) while the hash route stays.
 */
export function takeBridgeToken(
  location: BrowserLocation = window.location,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeSessionStorage(),
  history: Pick<History, 'replaceState' | 'state'> = window.history,
): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    try {
      storage?.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works until the next reload.
    }
    params.delete('token');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
    return fromUrl;
  }
  try {
    return storage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function transportFailure(message: string, details: ApiErrorBody['details']): Result<never> {
  return { ok: false, error: { code: 'internal', message, details } };
}

/** A success may carry the change event of the write it answers (see main/api/dispatch.ts). */
function changeOf(result: unknown): ChangeEvent | null {
  const change = (result as { change?: unknown } | null)?.change;
  return typeof change === 'object' && change !== null && typeof (change as ChangeEvent).seq === 'number'
    ? (change as ChangeEvent)
    : null;
}

/** What a fetch needs to follow the bridge's change stream; tests pass a fake. */
type FetchImpl = typeof fetch;

export function createBridgeTransport(
  token: string | null,
  fetchImpl: FetchImpl = fetch.bind(globalThis),
): ApiTransport {
  const feed = new ChangeFeed();
  const headers = { authorization: `Bearer ${token ?? ''}` };
  let streaming = false;

  /**
   * Follows `GET /api/changes` (server-sent events) while anyone listens: the writes of other windows and
   * of the CLI beside the service. Reconnects after a dropped connection, a little later each time.
   */
  async function follow(): Promise<void> {
    let delay = 500;
    while (feed.size > 0) {
      try {
        const response = await fetchImpl('/api/changes', { headers });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        delay = 500;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const data = buffer
              .slice(0, end)
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice(6))
              .join('\n');
            buffer = buffer.slice(end + 2);
            const event = data ? changeOf({ change: JSON.parse(data) }) : null;
            if (event) feed.deliver(event);
            end = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // The service restarted or the network stack dropped the stream: try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
    streaming = false;
  }

  return {
    async call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
      let response: Response;
      try {
        response = await fetchImpl(`/api/${op}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return transportFailure(error instanceof Error ? error.message : String(error), { network: true });
      }
      // The bridge answers with a Result for 4xx and 5xx too; anything else means something other than
      // the workbench answered (a proxy, a stale tab after the service stopped).
      const body: unknown = await response.json().catch(() => null);
      if (isResult(body)) {
        const change = changeOf(body);
        if (change) feed.deliver(change);
        return body as Result<OperationOutput<K>>;
      }
      return transportFailure(`Unexpected response from the workbench service (HTTP ${response.status})`, {
        status: response.status,
        network: response.status === 0,
      });
    },
    onChange(listener) {
      const unsubscribe = feed.subscribe(listener);
      if (!streaming) {
        streaming = true;
        void follow();
      }
      return unsubscribe;
    },
  };
}

/**
 * Wraps the preload's `window.sxw` so an IPC exception is a failed Result, not an unhandled rejection; the
 * change events of this window's writes (in their answers) and of everyone else's (pushed) arrive once.
 */
export function createIpcTransport(bridge: ApiTransport): ApiTransport {
  const feed = new ChangeFeed();
  bridge.onChange?.((event) => feed.deliver(event));
  return {
    async call(op, input) {
      try {
        const result = await bridge.call(op, input);
        const change = changeOf(result);
        if (change) feed.deliver(change);
        return result;
      } catch (error) {
        return transportFailure(error instanceof Error ? error.message : String(error), { ipc: true });
      }
    },
    onChange: (listener) => feed.subscribe(listener),
  };
}

/** The transport of this page: Electron's preload when it is there, else the loopback bridge. */
export function transportFromEnvironment(): ApiTransport {
  const preload = (window as unknown as { sxw?: ApiTransport }).sxw;
  if (preload && typeof preload.call === 'function') return createIpcTransport(preload);
  return createBridgeTransport(takeBridgeToken());
}
