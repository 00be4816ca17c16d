import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../main/api/dispatch';
import { must, seedInsurer as seed } from './seed';
import { type RunningApp, SCREENSHOTS, startApp, visible } from './support';

/** The Benchmark section alone, large enough to read (the full page is mostly other results). */
async function sectionShot(app: RunningApp, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await app.page.getByTestId('benchmark').screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

describe('the benchmark comparison in the real UI (Chromium through the bridge)', () => {
  let app: RunningApp | undefined;
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await app?.shot(`failed-${context.task.name.slice(0, 40)}`);
    await app?.close();
    app = undefined;
  });

  it('compares a finalized round, suppresses a narrow group and widens it', async () => {
    let ids = { engagementId: '', assessmentId: '' };
    app = await startApp({ seed: (ctx) => (ids = seed(ctx)) });
    const { page, ctx } = app;
    const own = { sector: ['K' as const], size: ['250-999' as const], country: [], from: null, to: null };
    const expected = must(call(ctx, 'pool.compare', { assessmentId: ids.assessmentId, filters: own }));
    expect(expected.suppressed).toBe(false);

    await page.goto(
      `${app.bridge.url.split('?')[0]}#/engagements/${ids.engagementId}/results?round=${ids.assessmentId}`,
    );
    await app.ready();
    const section = page.getByTestId('benchmark');
    await visible(section.getByTestId('benchmark-table'));
    const group = section.getByTestId('benchmark-group');
    expect(await group.textContent()).toContain(`n = ${expected.n}`);
    // The demo database holds synthetic records only: the comparison uses them, and says so.
    expect(expected.synthetic).toBe(true);
    expect(await group.textContent()).toContain('synthetic demo records, not a real benchmark');
    expect(await section.getByTestId('contribution').getAttribute('data-state')).toBe('possible');
    await sectionShot(app, '10-benchmark-comparison');

    // Only Denmark: too few insurers of this size there.
    const narrow = { ...own, country: ['DK' as const] };
    const thin = must(call(ctx, 'pool.compare', { assessmentId: ids.assessmentId, filters: narrow }));
    const wider = must(call(ctx, 'pool.widen', { assessmentId: ids.assessmentId, filters: narrow }));
    expect(thin.suppressed).toBe(true);
    expect(wider.suggestion).not.toBeNull();
    await section.getByRole('textbox', { name: 'Countries' }).click();
    await page.keyboard.type('Denm');
    await page.getByRole('option', { name: 'Denmark' }).click();
    await page.keyboard.press('Escape');
    const suppressed = section.getByTestId('benchmark-suppressed');
    await visible(suppressed);
    await app.ready();
    expect(thin.n).toBeNull();
    expect(await suppressed.textContent()).toContain(
      'Fewer than 5 organisations in this group: neither its figures nor its size are shown',
    );
    expect(await group.textContent()).toContain('fewer than 5 organisations');
    expect(await group.textContent()).not.toMatch(/n = /);
    expect(await section.getByTestId('benchmark-table').count()).toBe(0);
    await sectionShot(app, '11-benchmark-suppressed');

    const widen = section.getByTestId('benchmark-widen');
    expect(await widen.textContent()).toContain(`(n = ${wider.suggestion?.n})`);
    await widen.click();
    await visible(section.getByTestId('benchmark-table'));
    await app.ready();
    expect(await group.textContent()).toContain(`n = ${wider.suggestion?.n}`);
    expect(await group.textContent()).toContain('all sizes');
    const b1 = section.locator('[data-testid=benchmark-row][data-block-id=B1]');
    expect(await b1.getByTestId('better-than').textContent()).toMatch(/^Better than \d+% of peers$/);
    await sectionShot(app, '12-benchmark-widened');

    // The pool itself, synthetic records labelled.
    await page.getByRole('link', { name: 'Benchmarks', exact: true }).click();
    await visible(page.getByTestId('pool-total'));
    await app.ready();
    expect(await page.getByTestId('pool-total').textContent()).toBe('3,000');
    expect(await page.getByTestId('pool-synthetic').textContent()).toBe('3,000 synthetic (demo)');
    await visible(page.locator('[data-testid=pack-row][data-pack-id=pk_demo]'));
    await app.shot('13-benchmarks-page');
  });
});
