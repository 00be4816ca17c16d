import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { createInterface } from 'node:readline';
import zlib from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch';
import { precompressFolder } from '../../main/bridge/compression';
import { type Bridge, startBridge } from '../../main/bridge/server';
import { ROOT } from './cliRunner';
import { tempDir, testContext } from './support';

function staticFolder(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>SX Workbench</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

describe('loopback bridge', () => {
  let bridge: Bridge;
  const ctx = testContext();

  beforeAll(async () => {
    bridge = await startBridge({ dispatch: (op, input) => dispatch(ctx, op, input), staticDir: staticFolder() });
  });
  afterAll(() => bridge.close());

  const api = (op: string, init: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {}) =>
    fetch(`http://127.0.0.1:${bridge.port}/api/${op}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(init.token === null ? {} : { authorization: `Bearer ${init.token ?? bridge.token}` }),
        ...init.headers,
      },
      body: JSON.stringify(init.body ?? {}),
    });

  it('gives a URL on 127.0.0.1 carrying a long random token', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('runs an operation for a caller with the token and returns the Result', async () => {
    const res = await api('clients.create', { body: { name: 'Acme', sector: 'K', sizeBand: '1-9', country: 'NL' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: { id: string } };
    expect(body.ok).toBe(true);
    expect(body.value.id).toMatch(/^cl_/);
  });

  it('refuses an API call without the token or with a wrong one, and writes nothing', async () => {
    const before = ctx.db.prepare('SELECT count(*) AS n FROM clients').get();
    const body = { name: 'Intruder', sector: 'K', sizeBand: '1-9', country: 'NL' };
    const none = await api('clients.create', { body, token: null });
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await api('clients.create', { body, token: 'guess' })).status).toBe(401);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual(before);
  });

  it('refuses a request whose Host header names another site (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: bridge.port,
          path: '/api/clients.list',
          method: 'POST',
          headers: { host: 'evil.example', authorization: `Bearer ${bridge.token}` },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('refuses a call from a page on another origin even with the token', async () => {
    const res = await api('clients.list', { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
  });

  it('answers invalid input with 400 and the fields, and an unknown operation with 404', async () => {
    const bad = await api('clients.create', { body: { name: '' } });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; details: { fields: { path: string }[] } } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.details.fields.map((f) => f.path)).toContain('name');
    expect((await api('no.such.op')).status).toBe(404);
    const notJson = await fetch(`http://127.0.0.1:${bridge.port}/api/clients.list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bridge.token}` },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  it('answers bad percent-encoding in the address with 400, not a failure', async () => {
    for (const op of ['%', '%E0%A4%A', 'clients.%ZZ']) {
      const res = await fetch(`http://127.0.0.1:${bridge.port}/api/${op}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bridge.token}` },
        body: '{}',
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
    }
  });

  it('refuses a body over the cap from its declared length, before reading it', async () => {
    const small = await startBridge({
      dispatch: (op, input) => dispatch(ctx, op, input),
      staticDir: staticFolder(),
      maxBodyBytes: 1000,
    });
    try {
      const http = await import('node:http');
      // Declares 50 MB and sends nothing more: the answer must come without waiting for the body.
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: small.port,
            path: '/api/clients.list',
            method: 'POST',
            headers: { authorization: `Bearer ${small.token}`, 'content-length': String(50 * 1024 * 1024) },
          },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.write('{');
      });
      expect(status).toBe(413);
      // Without a declared length (chunked), reading stops at the cap.
      const chunked = await fetch(`http://127.0.0.1:${small.port}/api/clients.list`, {
        method: 'POST',
        headers: { authorization: `Bearer ${small.token}` },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(`{"search":"${'x'.repeat(5000)}"}`));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('serves the app with a strict CSP and never a file outside its folder', async () => {
    const page = await fetch(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toMatch(/SX Workbench/);
    expect((await fetch(`http://127.0.0.1:${bridge.port}/assets/app.js`)).headers.get('content-type')).toMatch(
      /javascript/,
    );
    // fetch() would normalise the dots away; a hostile client sends them raw.
    const http = await import('node:http');
    const raw = (p: string) =>
      new Promise<number>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port: bridge.port, path: p }, (res) => resolve(res.statusCode ?? 0))
          .on('error', reject);
      });
    expect(await raw('/%2e%2e/%2e%2e/etc/passwd')).toBe(400);
    expect(await raw('/../../etc/passwd')).toBe(400);
    expect((await fetch(`http://127.0.0.1:${bridge.port}/missing.js`)).status).toBe(404);
  });

  it('listens on 127.0.0.1 only', async () => {
    const os = await import('node:os');
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // a machine with loopback only has nothing else to try
    await expect(fetch(`http://${external.address}:${bridge.port}/`)).rejects.toThrow();
  });
});

/** A raw GET or HEAD: fetch() would ask for and undo compression itself. */
function rawRequest(
  port: number,
  urlPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the built renderer over the bridge', () => {
  // Large enough to be worth compressing, and compressible like a real script.
  const script = `${'export const answer = () => 42;\n'.repeat(400)}`;
  const dir = tempDir();
  const hashed = 'assets/index-AbC12_-z.js';
  let bridge: Bridge;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><title>SX Workbench</title>${'<p>x</p>'.repeat(300)}`,
    );
    fs.writeFileSync(path.join(dir, hashed), script);
    fs.writeFileSync(path.join(dir, 'assets', 'tiny-AbC12_-z.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'assets', 'logo-AbC12_-z.png'), Buffer.alloc(4096, 7));
    bridge = await startBridge({ dispatch: () => ({ ok: true, value: null }), staticDir: dir });
  });
  afterAll(() => bridge.close());

  const get = (urlPath: string, headers: Record<string, string> = {}, method = 'GET') =>
    rawRequest(bridge.port, urlPath, headers, method);

  it('sends brotli or gzip as accepted, with the length of what it sends and Vary', async () => {
    const br = await get(`/${hashed}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await get(`/${hashed}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get(`/${hashed}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(script);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(script));
  });

  it('keeps hashed assets for good and never stores the page', async () => {
    const asset = await get(`/${hashed}`, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get(`/?token=${bridge.token}`, { 'accept-encoding': 'gzip' });
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(zlib.gunzipSync(page.body).toString()).toMatch(/SX Workbench/);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get(`/${hashed}`, { 'accept-encoding': 'br' }, 'HEAD');
    const full = await get(`/${hashed}`, { 'accept-encoding': 'br' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['cache-control']).toBe(full.headers['cache-control']);
  });

  it('sends small files and images as they are', async () => {
    const tiny = await get('/assets/tiny-AbC12_-z.js', { 'accept-encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('console.log(1)');
    const logo = await get('/assets/logo-AbC12_-z.png', { 'accept-encoding': 'br, gzip' });
    expect(logo.headers['content-encoding']).toBeUndefined();
    expect(logo.headers.vary).toBeUndefined();
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.body.length).toBe(4096);
    expect((await get('/assets/missing-AbC12_-z.js', { 'accept-encoding': 'br' })).status).toBe(404);
    expect((await get('/assets', { 'accept-encoding': 'br' })).status).toBe(404);
  });

  it('sends the copy the build compressed beside a file, unless it is older than the file', async () => {
    const name = 'assets/precompressed-AbC12_-z.js';
    fs.writeFileSync(path.join(dir, name), script);
    // A marker no compressor of `script` would produce: proves the sibling was sent, not a fresh compression.
    const marked = `${script}// from the build\n`;
    fs.writeFileSync(path.join(dir, `${name}.br`), zlib.brotliCompressSync(marked));
    const sent = await get(`/${name}`, { 'accept-encoding': 'br' });
    expect(zlib.brotliDecompressSync(sent.body).toString()).toBe(marked);

    const stale = 'assets/stale-AbC12_-z.js';
    fs.writeFileSync(path.join(dir, `${stale}.gz`), zlib.gzipSync('an older build'));
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, `${stale}.gz`), past, past);
    fs.writeFileSync(path.join(dir, stale), script);
    const fresh = await get(`/${stale}`, { 'accept-encoding': 'gzip' });
    expect(zlib.gunzipSync(fresh.body).toString()).toBe(script);
  });

  it('has the build write brotli and gzip copies of the text assets, but not of the page or small files', async () => {
    const built = tempDir();
    fs.mkdirSync(path.join(built, 'assets'));
    fs.writeFileSync(path.join(built, 'index.html'), script);
    fs.writeFileSync(path.join(built, 'assets', 'index-AbC12_-z.js'), script);
    fs.writeFileSync(path.join(built, 'assets', 'tiny-AbC12_-z.css'), 'a{}');
    fs.writeFileSync(path.join(built, 'assets', 'logo-AbC12_-z.png'), Buffer.alloc(4096, 7));
    const written = (await precompressFolder(built)).map((f) => path.relative(built, f)).sort();
    expect(written).toEqual([path.join('assets', 'index-AbC12_-z.js.br'), path.join('assets', 'index-AbC12_-z.js.gz')]);
    const br = fs.readFileSync(path.join(built, 'assets', 'index-AbC12_-z.js.br'));
    expect(zlib.brotliDecompressSync(br).toString()).toBe(script);
  });

  it('serves a file rebuilt while serving, not the copy it kept', async () => {
    const name = 'assets/rebuilt-AbC12_-z.js';
    fs.writeFileSync(path.join(dir, name), script);
    expect(zlib.brotliDecompressSync((await get(`/${name}`, { 'accept-encoding': 'br' })).body).toString()).toBe(
      script,
    );
    const next = `${script}export const more = 1;\n`;
    fs.writeFileSync(path.join(dir, name), next);
    expect(zlib.brotliDecompressSync((await get(`/${name}`, { 'accept-encoding': 'br' })).body).toString()).toBe(next);
  });
});

describe('durability', () => {
  it('keeps an edit the API confirmed even when the process is killed right after', async () => {
    const file = path.join(tempDir(), 'kill.sqlite');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'test/integration/fixtures/bridgeProcess.ts'), file, staticFolder()],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`bridge exited early (${code})`)));
    });
    const { port, searchParams } = new URL(url);
    const res = await fetch(`http://127.0.0.1:${port}/api/clients.create`, {
      method: 'POST',
      headers: { authorization: `Bearer ${searchParams.get('token')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Survivor', sector: 'Q', sizeBand: '1-9', country: 'NL' }),
    });
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const db = new BetterSqlite3(file);
    expect(db.prepare('SELECT name FROM clients').all()).toEqual([{ name: 'Survivor' }]);
    db.close();
  });
});
