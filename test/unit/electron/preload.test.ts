import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for the 'electron' module: the test never loads Electron, it records what the preload exposes.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../../main/electron/preload');
  });

  it('exposes exactly one object, sxw, with exactly one function, call', () => {
    expect([...exposed.keys()]).toEqual(['sxw']);
    const sxw = exposed.get('sxw') as Record<string, unknown>;
    expect(Object.keys(sxw)).toEqual(['call']);
    expect(typeof sxw.call).toBe('function');
  });

  it('sends the operation and input over the one API channel', async () => {
    const sxw = exposed.get('sxw') as { call(op: string, input: unknown): Promise<unknown> };
    await expect(sxw.call('clients.get', { id: 'cl_1' })).resolves.toEqual({ ok: true, value: null });
    expect(invoke).toHaveBeenLastCalledWith('sxw:call', 'clients.get', { id: 'cl_1' });
  });
});
