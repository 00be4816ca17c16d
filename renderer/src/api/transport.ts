import type { ApiTransport, OperationInput, OperationName, OperationOutput } from '../../../shared/api/operations';
import { type ApiErrorBody, isResult, type Result } from '../../../shared/api/result';

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

export function createBridgeTransport(
  token: string | null,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
): ApiTransport {
  return {
    async call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<Result<OperationOutput<K>>> {
      let response: Response;
      try {
        response = await fetchImpl(`/api/${op}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return transportFailure(error instanceof Error ? error.message : String(error), { network: true });
      }
      // The bridge answers with a Result for 4xx and 5xx too; anything else means something other than
      // the workbench answered (a proxy, a stale tab after the service stopped).
      const body: unknown = await response.json().catch(() => null);
      if (isResult(body)) return body as Result<OperationOutput<K>>;
      return transportFailure(`Unexpected response from the workbench service (HTTP ${response.status})`, {
        status: response.status,
        network: response.status === 0,
      });
    },
  };
}

/** Wraps the preload's `window.sxw` so an IPC exception is a failed Result, not an unhandled rejection. */
export function createIpcTransport(bridge: ApiTransport): ApiTransport {
  return {
    async call(op, input) {
      try {
        return await bridge.call(op, input);
      } catch (error) {
        return transportFailure(error instanceof Error ? error.message : String(error), { ipc: true });
      }
    },
  };
}

/** The transport of this page: Electron's preload when it is there, else the loopback bridge. */
export function transportFromEnvironment(): ApiTransport {
  const preload = (window as unknown as { sxw?: ApiTransport }).sxw;
  if (preload && typeof preload.call === 'function') return createIpcTransport(preload);
  return createBridgeTransport(takeBridgeToken());
}
