import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../main/api/dispatch';
import type { ServiceContext } from '../../main/api/context';
import { RESULTS_PARTS } from '../../renderer/src/pages/results/resultsParts';
import { must, seedInsurer } from './seed';
import { count, gone, type RunningApp, SCREENSHOTS, startApp, visible } from './support';

/** The demo's second round (a change since the first) and the insurer's round (the benchmark comparison). */
function seed(ctx: ServiceContext) {
  const insurer = seedInsurer(ctx);
  const home = must(call(ctx, 'home.summary', { offset: 0, limit: 50 }));
  const demo = home.inProgress.find((e) => e.engagement.id !== insurer.engagementId && e.round !== null);
  if (!demo?.round) throw new Error('The demo has no engagement with a round.');
  return { insurer, demo: { engagementId: demo.engagement.id, assessmentId: demo.round.id } };
}

type Ids = ReturnType<typeof seed>;

async function openResults(app: RunningApp, round: { engagementId: string; assessmentId: string }) {
  await app.page.goto(
    `${app.bridge.url.split('?')[0]}#/engagements/${round.engagementId}/results?round=${round.assessmentId}`,
  );
  await app.ready();
  await visible(app.page.getByTestId('results-nav'));
  await visible(app.page.getByTestId('benchmark-table'));
  await app.ready();
}

const activePart = (page: Page) =>
  page.getByTestId('results-nav').locator('[aria-current=location]').getAttribute('data-part');

async function waitForActive(page: Page, part: string): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until && (await activePart(page)) !== part) await page.waitForTimeout(50);
  expect(await activePart(page)).toBe(part);
}

/** Whatever sticks out past the window's right edge (the page must not scroll sideways). */
async function overflowRight(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const element of document.querySelectorAll('[data-testid=results] *')) {
      // Inside a box that scrolls (a wide table reached by keyboard) is not off the page.
      if (element.closest('[data-scroll-region]')) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5) {
        out.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}" ${box.right}px`);
      }
    }
    return out.slice(0, 10);
  });
}

describe('results to present and print (Chromium through the bridge)', () => {
  let app: RunningApp | undefined;
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await app?.shot(`failed-${context.task.name.slice(0, 40)}`);
    await app?.close();
    app = undefined;
  });

  it('has a section navigation that follows the scroll and moves to a part, and nothing runs off at 1280 px', async () => {
    let ids: Ids | undefined;
    app = await startApp({ osLanguage: 'nl', seed: (ctx) => (ids = seed(ctx)) });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const { demo, insurer } = ids as Ids;
    await openResults(app, demo);

    const nav = page.getByTestId('results-nav');
    expect(await nav.locator('[data-part]').evaluateAll((buttons) => buttons.map((b) => b.dataset.part))).toEqual([
      ...RESULTS_PARTS,
    ]);
    await waitForActive(page, 'summary');

    // A click moves to the part: its heading just below the navigation, which stays in view, and focused.
    await nav.locator('[data-part=benchmark]').click();
    await waitForActive(page, 'benchmark');
    const navBox = await nav.boundingBox();
    const heading = page.locator('#results-benchmark h2');
    const headingBox = await heading.boundingBox();
    expect(navBox?.y).toBe(0);
    expect(headingBox?.y).toBeGreaterThanOrEqual((navBox?.y ?? 0) + (navBox?.height ?? 0) - 1);
    expect(headingBox?.y).toBeLessThan(200);
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);

    // Scrolling by hand is followed: the end of the page marks the last part.
    await page.mouse.wheel(0, 100_000);
    await waitForActive(page, 'shifts');
    await page.evaluate(() => window.scrollTo(0, document.querySelector<HTMLElement>('#results-gaps')!.offsetTop));
    await waitForActive(page, 'gaps');

    for (const [language, round] of [
      ['nl', demo],
      ['nl', insurer],
      ['en', demo],
      ['en', insurer],
    ] as const) {
      must(call(app.ctx, 'settings.update', { language }));
      await openResults(app, round);
      expect(await overflowRight(page), `${language}, ${round.engagementId}`).toEqual([]);
    }
    await app.shot('20-results-1280-en');
  });

  it('presents one part per screen, moved by the arrow keys, and leaves with Esc', async () => {
    let ids: Ids | undefined;
    app = await startApp({ osLanguage: 'en', seed: (ctx) => (ids = seed(ctx)) });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openResults(app, (ids as Ids).demo);

    await page.getByTestId('results-nav').locator('[data-part=blocks]').click();
    await waitForActive(page, 'blocks');
    await page.getByTestId('results-present').click();
    const bar = page.getByTestId('presentation-bar');
    await visible(bar);
    await gone(page.getByTestId('results-nav'));
    // The presentation covers the whole window, the workbench's own navigation included.
    expect(await page.getByTestId('results').boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
    const navbar = await page.getByRole('navigation', { name: 'Main navigation' }).boundingBox();
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('[data-testid=results]') !== null,
        [(navbar?.x ?? 0) + 10, (navbar?.y ?? 0) + 10],
      ),
    ).toBe(true);
    const shown = page.locator('[data-results-part]:visible');
    await count(shown, 1);
    expect(await shown.getAttribute('data-results-part')).toBe('blocks');
    const position = page.getByTestId('presentation-position');
    expect(await position.textContent()).toBe(`Building blocks · 2 of ${RESULTS_PARTS.length}`);
    // Large type: the part's heading is drawn bigger than on the page.
    const size = await page.locator('#results-blocks h2').evaluate((h) => h.getBoundingClientRect().height);
    expect(size).toBeGreaterThan(24);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, '21-results-presenting-blocks.png') });

    await page.keyboard.press('ArrowRight');
    await visible(page.locator('[data-results-part=table]'));
    await count(shown, 1);
    expect(await position.textContent()).toBe(`Scores · 3 of ${RESULTS_PARTS.length}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await visible(page.locator('[data-results-part=benchmark]'));
    await page.screenshot({ path: path.join(SCREENSHOTS, '22-results-presenting-benchmark.png') });
    await page.keyboard.press('ArrowLeft');
    await visible(page.locator('[data-results-part=change]'));
    await page.keyboard.press('End');
    await visible(page.locator('[data-results-part=shifts]'));
    await page.keyboard.press('ArrowRight');
    expect(await position.textContent()).toBe(`Paradigm shifts · ${RESULTS_PARTS.length} of ${RESULTS_PARTS.length}`);
    await page.getByRole('button', { name: 'Previous section' }).click();
    await visible(page.locator('[data-results-part=answers]'));

    await page.keyboard.press('Escape');
    await gone(bar);
    await visible(page.getByTestId('results-nav'));
    await count(shown, RESULTS_PARTS.length);
  });

  it('prints to PDF without the navigation, buttons or filters, each part on its own pages', async () => {
    let ids: Ids | undefined;
    app = await startApp({ osLanguage: 'nl', seed: (ctx) => (ids = seed(ctx)) });
    const { page } = app;
    await openResults(app, (ids as Ids).insurer);

    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('navigation', { name: 'Hoofdnavigatie' }),
      page.getByTestId('results-nav'),
      page.getByTestId('report-export-button'),
      page.getByRole('tablist'),
      page.getByTestId('contribution'),
      page.getByRole('textbox', { name: 'Sectoren' }),
    ]) {
      await gone(hidden);
    }
    expect(await page.locator('button:visible').count()).toBe(0);
    await app.shot('23-results-print-media');
    // Back to the browser's own choice: page.pdf prints with print media unless screen is emulated.
    await page.emulateMedia({ media: null });

    const pdf = path.join(SCREENSHOTS, '24-results-print.pdf');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    // A4 landscape, from the stylesheet's @page.
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // The parts (no change: a single round) each start a page; the round chosen is printed instead of the picker.
    expect(pages).toBeGreaterThanOrEqual(RESULTS_PARTS.length - 1);
    const partPages = text.split('\f').map((page) => page.trimStart().split('\n')[0]?.trim());
    for (const heading of ['Bouwstenen', 'Scores per bouwsteen', 'Benchmark', 'Verschillen in beleving']) {
      expect(
        partPages.some((first) => first?.startsWith(heading)),
        `a page starts with ${heading}`,
      ).toBe(true);
    }
    expect(text).toContain('Staff survey · Enquête · 2 mrt 2026');
    expect(text).toContain('Samenvatting');
    expect(text).toContain('Benchmark');
    // No sidebar (its tagline), no section navigation (its button), no report button, no filters.
    for (const absent of ['Werkbank voor Service Excellence', 'Presenteren', 'Rapport exporteren', 'Sectoren']) {
      expect(text).not.toContain(absent);
    }
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '50',
      '-f',
      '1',
      '-l',
      '4',
      pdf,
      path.join(SCREENSHOTS, '24-results-print'),
    ]);
  });
});
