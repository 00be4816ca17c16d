import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { count, ROOT, SCREENSHOTS } from './support';

const SXW = path.join(ROOT, 'bin', 'sxw.mjs');

describe('sxw serve, as a newcomer runs it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-serve-'));
  const db = path.join(dir, 'a.sqlite');
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('prints the tokened URL first, refuses calls without the token or from another host, and serves the UI', async () => {
    expect(spawnSync(process.execPath, [SXW, '--db', db, 'demo'], { encoding: 'utf8' }).status).toBe(0);
    server = spawn(process.execPath, [SXW, '--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: server!.stdout! }).once('line', resolve);
      server!.once('exit', (code) => reject(new Error(`serve exited early (${code})`)));
    });
    expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    const url = new URL(firstLine);

    const post = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: url.port,
            path: '/api/clients.list',
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
          },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end('{}');
      });
    const token = url.searchParams.get('token') as string;
    expect(await post({})).toBe(401);
    expect(await post({ authorization: 'Bearer wrong' })).toBe(401);
    expect(await post({ authorization: `Bearer ${token}`, host: 'attacker.example' })).toBe(403);
    expect(await post({ authorization: `Bearer ${token}` })).toBe(200);

    const browser = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: process.env.SXW_CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(firstLine);
      await page.waitForSelector('html[data-app-state="ready"]');
      await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
      await count(page.getByTestId('client-row'), 5);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, '14-serve-demo-clients.png') });
    } finally {
      await browser.close();
    }
  });
});
