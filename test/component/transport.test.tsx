import { describe, expect, it, vi } from 'vitest';
import { ApiFailure, callOrThrow } from '../../renderer/src/api/client';
import { createBridgeTransport, createIpcTransport, takeBridgeToken } from '../../renderer/src/api/transport';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('bridge token', () => {
  it('takes the token from the start link, keeps it for reloads and removes it from the address bar', () => {
    const storage = memoryStorage();
    const history = { state: null, replaceState: vi.fn() };
    const token = takeBridgeToken(
      { search: '?token=s3cret', pathname: '/', hash: '#/clients?q=acme' },
      storage,
      history,
    );
    expect(token).toBe('s3cret');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/#/clients?q=acme');
    expect(takeBridgeToken({ search: '', pathname: '/', hash: '#/' }, storage, history)).toBe('s3cret');
  });
});

describe('bridge transport', () => {
  it('posts the input with the bearer token and returns the Result body, also for 4xx', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response(JSON.stringify({ ok: false, error: { code: 'not_found', message: 'No client x' } }), {
          status: 404,
        }),
    );
    const transport = createBridgeTransport('tok', fetchImpl as unknown as typeof fetch);
    const result = await transport.call('clients.get', { id: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'No client x' } });
    expect(fetchImpl).toHaveBeenCalledWith('/api/clients.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer tok' },
      body: '{"id":"x"}',
    });
  });

  it('turns a network failure into an internal error marked as network', async () => {
    const transport = createBridgeTransport('tok', (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    const result = await transport.call('app.info', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Failed to fetch', details: { network: true } },
    });
  });

  it('refuses an answer that is not a Result', async () => {
    const transport = createBridgeTransport(
      'tok',
      (async () => new Response('<html>', { status: 502 })) as unknown as typeof fetch,
    );
    const result = await transport.call('app.info', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
  });
});

describe('api client', () => {
  it('throws a failed Result as ApiFailure with the error body', async () => {
    const ipc = createIpcTransport({ call: async () => ({ ok: false, error: { code: 'conflict', message: 'nope' } }) });
    const failure = await callOrThrow(ipc, 'clients.archive', { id: 'a' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error).toEqual({ code: 'conflict', message: 'nope' });
  });

  it('turns an IPC exception into a failed Result', async () => {
    const ipc = createIpcTransport({
      call: async () => {
        throw new Error('channel closed');
      },
    });
    const result = await ipc.call('app.info', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'channel closed', details: { ipc: true } },
    });
  });
});
