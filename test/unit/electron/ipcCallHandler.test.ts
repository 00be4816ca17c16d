import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/api/result';
import { APP_SCHEME_LOCATION, type AppLocation } from '../../../main/electron/appLocation';
import { createApiCallHandler, type IpcSenderEvent, isTrustedSender } from '../../../main/electron/ipcCallHandler';

const packagedApp: AppLocation = APP_SCHEME_LOCATION;
const devApp: AppLocation = { kind: 'dev-server', origin: 'http://localhost:5173', url: 'http://localhost:5173/' };

const mainFrame = (url: string): IpcSenderEvent => ({ senderFrame: { url, parent: null } });
const subFrame = (url: string): IpcSenderEvent => ({
  senderFrame: { url, parent: { url: 'sxw://app/index.html' } },
});

describe('isTrustedSender', () => {
  it("trusts the app's own main frame, on any hash route", () => {
    expect(isTrustedSender(mainFrame('sxw://app/index.html#/clients'), packagedApp)).toBe(true);
    expect(isTrustedSender(mainFrame('http://localhost:5173/#/'), devApp)).toBe(true);
  });

  it('refuses a subframe, even one showing the app', () => {
    expect(isTrustedSender(subFrame('sxw://app/index.html'), packagedApp)).toBe(false);
  });

  it('refuses a main frame showing anything else', () => {
    expect(isTrustedSender(mainFrame('https://example.com/'), packagedApp)).toBe(false);
    expect(isTrustedSender(mainFrame('file:///tmp/evil.html'), packagedApp)).toBe(false);
    expect(isTrustedSender(mainFrame('http://localhost:5173/'), packagedApp)).toBe(false);
    expect(isTrustedSender(mainFrame('http://localhost:9999/'), devApp)).toBe(false);
  });

  it('refuses a frame that is already gone', () => {
    expect(isTrustedSender({ senderFrame: null }, packagedApp)).toBe(false);
  });
});

describe('createApiCallHandler', () => {
  const setup = () => {
    const call = vi.fn(async (_op: string, _input: unknown) => ok({ version: '0.1.0' }) as never);
    const log = vi.fn();
    return { call, log, handle: createApiCallHandler({ location: packagedApp, call, log }) };
  };
  const trusted = mainFrame('sxw://app/index.html');

  it('passes a known operation and its raw input to the dispatcher', async () => {
    const { call, handle } = setup();
    const input = { name: '  Acme  ', unexpected: true };
    await expect(handle(trusted, 'clients.create', input)).resolves.toEqual({ ok: true, value: { version: '0.1.0' } });
    expect(call).toHaveBeenCalledExactlyOnceWith('clients.create', input);
  });

  it('answers forbidden to an untrusted frame without dispatching', async () => {
    const { call, log, handle } = setup();
    const result = await handle(mainFrame('https://example.com/'), 'clients.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('answers unknown_operation for a name outside the operation table', async () => {
    const { call, handle } = setup();
    for (const op of [
      'clients.drop',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      42,
      null,
      undefined,
      { op: 'app.info' },
    ]) {
      await expect(handle(trusted, op, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatcher into an internal error without a stack', async () => {
    const log = vi.fn();
    const handle = createApiCallHandler({
      location: packagedApp,
      call: async () => {
        throw new Error('SELECT * FROM secret failed at /home/me/app.ts:12');
      },
      log,
    });
    const result = await handle(trusted, 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalled();
  });

  it('turns a dispatcher answer that is not a Result into an internal error', async () => {
    const handle = createApiCallHandler({ location: packagedApp, call: async () => 'oops' as never, log: () => {} });
    await expect(handle(trusted, 'app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
