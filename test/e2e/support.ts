import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { dispatch } from '../../main/api/dispatch';
import { type Bridge, startBridge } from '../../main/bridge/server';
import { openWorkbenchDatabase } from '../../main/db/open';
import { createContext, type ServiceContext } from '../../main/api/context';
import { erasureBackups } from '../../main/backup/erasure';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

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

export interface RunningApp {
  page: Page;
  bridge: Bridge;
  ctx: ServiceContext;
  /** Saves a screenshot under test-results/screenshots. */
  shot(name: string): Promise<void>;
  /** Waits until the UI says it has settled (html[data-app-state="ready"]). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real UI against a fresh data folder: a new database, the loopback bridge serving the built renderer,
 * and Debian's Chromium with a fresh profile. `locale` sets the browser's language.
 */
export async function startApp(
  options: { osLanguage?: 'en' | 'nl'; seed?: (ctx: ServiceContext) => void } = {},
): Promise<RunningApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-e2e-'));
  const file = path.join(dataDir, 'sx-workbench.sqlite');
  const db = openWorkbenchDatabase(file);
  const ctx = createContext({ db, databasePath: file, transport: 'bridge', osLanguage: options.osLanguage ?? 'en' });
  ctx.erasureBackups = erasureBackups(ctx);
  options.seed?.(ctx);
  const bridge = await startBridge({
    dispatch: (op, input) => dispatch(ctx, op, input),
    staticDir: path.join(ROOT, 'out', 'renderer'),
  });

  const browser: BrowserContext = await chromium.launchPersistentContext(path.join(dataDir, 'profile'), {
    executablePath: process.env.SXW_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    // Modals and toasts skip their animations, so a click never lands on a dialog still sliding in.
    reducedMotion: 'reduce',
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(bridge.url);

  const app: RunningApp = {
    page,
    bridge,
    ctx,
    shot: async (name) => {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    ready: async () => {
      await page.waitForSelector('html[data-app-state="ready"]', { timeout: 20_000 });
      if (errors.length > 0) throw new Error(`The page reported errors: ${errors.join('; ')}`);
    },
    close: async () => {
      await browser.close();
      await bridge.close();
      db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await app.ready();
  return app;
}

type Locator = ReturnType<Page['locator']>;

/** Waits until the locator's first match is visible (Playwright's auto-wait, without @playwright/test). */
export async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Waits until no match is visible. */
export async function gone(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: 'hidden', timeout });
}

/** Waits until the locator matches exactly `n` elements. */
export async function count(locator: Locator, n: number, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  let last = -1;
  while (Date.now() < until) {
    last = await locator.count();
    if (last === n) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected ${n} matches of ${locator}, found ${last}`);
}
