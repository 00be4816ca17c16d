import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for the 'electron' module: the test never loads Electron, it records what the preload exposes.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const handlers = new Map<string, (event: unknown, payload: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, handler: (event: unknown, payload: unknown) => void) => handlers.set(channel, handler),
    removeListener: (channel: string) => handlers.delete(channel),
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../../main/electron/preload');
  });

  it('exposes exactly one object, sxw, with two functions: call and onChange', () => {
    expect([...exposed.keys()]).toEqual(['sxw']);
    const sxw = exposed.get('sxw') as Record<string, unknown>;
    expect(Object.keys(sxw)).toEqual(['call', 'onChange']);
    expect(typeof sxw.call).toBe('function');
    expect(typeof sxw.onChange).toBe('function');
  });

  it('hands change events from the change channel to a listener until it unsubscribes', () => {
    const sxw = exposed.get('sxw') as { onChange(listener: (event: unknown) => void): () => void };
    const heard: unknown[] = [];
    const stop = sxw.onChange((event) => heard.push(event));
    const event = { seq: 7, operation: 'clients.create', entities: ['clients'], at: '2026-12-02T10:00:00Z' };
    handlers.get('sxw:change')?.({}, event);
    expect(heard).toEqual([event]);
    stop();
    expect(handlers.has('sxw:change')).toBe(false);
  });

  it('sends the operation and input over the one API channel', async () => {
    const sxw = exposed.get('sxw') as { call(op: string, input: unknown): Promise<unknown> };
    await expect(sxw.call('clients.get', { id: 'cl_1' })).resolves.toEqual({ ok: true, value: null });
    expect(invoke).toHaveBeenLastCalledWith('sxw:call', 'clients.get', { id: 'cl_1' });
  });
});
