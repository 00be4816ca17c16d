import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildRenderer, rendererIsStale } from '../main/bridge/rendererBuild';
import { seedClientsDatabase } from './clients.bench';
import type { MeasuredCase } from './harness';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 7;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const gzipKb = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

/**
 * The scripts a browser runs before the first screen: the entry index.html names, the chunks it asks to
 * preload, and whatever those import statically (followed through the files themselves, so a chunk the
 * build forgot to preload still counts), plus one language's strings. Screens loaded on first visit are
 * `import("…")` and do not.
 */
export function initialScripts(outDir: string): string[] {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const named = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => path.join(outDir, m[1] as string));
  const seen = new Set<string>();
  const queue = [...named];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bfrom\s*["'](\.\.?\/[^"']+\.js)["']|\bimport\s*["'](\.\.?\/[^"']+\.js)["']/g)) {
      queue.push(path.join(path.dirname(file), (m[1] ?? m[2]) as string));
    }
  }
  // The first render waits for one language's strings (renderer/src/i18n/i18n.ts loads them with import()):
  // count the larger of the two, so splitting them off cannot make the figure look better than a start is.
  const strings = fs
    .readdirSync(path.join(outDir, 'assets'))
    .filter((f) => /^strings-[a-z]+-.*\.js$/.test(f))
    .map((f) => path.join(outDir, 'assets', f))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  if (strings[0]) seen.add(strings[0]);
  return [...seen];
}

/**
 * Navigation to `data-app-state="ready"` on the client list with 10,000 clients, in Chromium through a
 * real `sxw serve` (`root` is the checkout whose `bin/sxw.mjs` serves). Every run opens a fresh browser
 * context, so nothing is cached in the browser; the server stays up, as it does for a consultant. The
 * reference is the page's `load` event: every script of index.html fetched and run.
 */
export async function clientListReady(root: string, runs = RUNS): Promise<{ ours: number[]; reference: number[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-ui-'));
  const file = path.join(dir, 'bench.sqlite');
  seedClientsDatabase(file).close();
  const server = spawn(process.execPath, [path.join(root, 'bin', 'sxw.mjs'), '--db', file, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const browser = await chromium.launch({
    executablePath: process.env.SXW_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: server.stdout }).once('line', resolve);
      server.once('exit', (code) => reject(new Error(`sxw serve exited early (${code})`)));
    });
    const ours: number[] = [];
    const reference: number[] = [];
    // The first run warms the server (its file cache, SQLite's pages, the search index) and is not counted.
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        // Runs before index.html is parsed: <html> may not exist yet, so watch the whole document.
        const w = window as unknown as { sxwReady?: { at: number; rows: number } };
        new MutationObserver(() => {
          if (document.documentElement?.dataset.appState !== 'ready' || w.sxwReady) return;
          w.sxwReady = { at: performance.now(), rows: document.querySelectorAll('[data-testid="client-row"]').length };
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app-state'] });
      });
      await page.goto(`${url}#/clients`);
      await page.waitForFunction(() => (window as unknown as { sxwReady?: unknown }).sxwReady !== undefined, null, {
        timeout: 60_000,
      });
      await page.waitForLoadState('load');
      const { ready, load } = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          ready: (window as unknown as { sxwReady: { at: number; rows: number } }).sxwReady,
          load: nav.loadEventEnd,
        };
      });
      // Ready must mean the list is on screen, or the figure measures nothing.
      if (ready.rows === 0) throw new Error('The app said ready before the client list showed any row.');
      if (run > 0) {
        ours.push(ready.at);
        reference.push(load);
      }
      await context.close();
    }
    return { ours, reference };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function rendererBenchmarks(): Promise<MeasuredCase[]> {
  const outDir = path.join(ROOT, 'out', 'renderer');
  if (rendererIsStale(ROOT, outDir)) await buildRenderer(ROOT);
  return [
    {
      name: 'renderer: initial JavaScript (entry + static imports + one language), gzip',
      referenceName: 'all of the renderer’s JavaScript, gzip',
      goal: '≤ 300 KB',
      unit: 'KB',
      measure: async () => {
        const initial = initialScripts(outDir);
        const all = fs
          .readdirSync(path.join(outDir, 'assets'))
          .filter((f) => f.endsWith('.js'))
          .map((f) => path.join(outDir, 'assets', f));
        const sum = (files: string[]) => files.reduce((total, f) => total + gzipKb(f), 0);
        return { ours: [sum(initial)], reference: [sum(all)] };
      },
    },
    {
      name: 'renderer: navigation to ready, client list of 10k clients (sxw serve, Chromium)',
      referenceName: 'load event of the same page',
      goal: '≤ 1 s',
      measure: () => clientListReady(ROOT),
    },
  ];
}
