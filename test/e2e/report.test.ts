import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../main/api/dispatch';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { must, seedInsurer } from './seed';
import { type RunningApp, SCREENSHOTS, startApp, visible } from './support';

/** The dialog alone, large enough to read. */
async function dialogShot(app: RunningApp, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await app.page.getByRole('dialog').screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

describe('the Word report in the real UI (Chromium through the bridge)', () => {
  let app: RunningApp | undefined;
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await app?.shot(`failed-${context.task.name.slice(0, 40)}`);
    await app?.close();
    app = undefined;
  });

  it('exports an English report from a Dutch screen and downloads a Word file with the scores', async () => {
    let ids = { engagementId: '', assessmentId: '' };
    // The screen in Dutch: the report's language is chosen on its own.
    app = await startApp({ osLanguage: 'nl', seed: (ctx) => (ids = seedInsurer(ctx)) });
    const { page, ctx } = app;
    const own = { sector: ['K' as const], size: ['250-999' as const], country: [], from: null, to: null };
    const group = must(call(ctx, 'pool.compare', { assessmentId: ids.assessmentId, filters: own }));
    const results = must(call(ctx, 'assessments.results', { id: ids.assessmentId }));
    expect(group.suppressed).toBe(false);
    const n = group.n as number;
    expect(results.overall.score).not.toBeNull();

    await page.goto(
      `${app.bridge.url.split('?')[0]}#/engagements/${ids.engagementId}/results?round=${ids.assessmentId}`,
    );
    await app.ready();
    await page.getByTestId('report-export-button').click();
    const dialog = page.getByRole('dialog', { name: 'Wordrapport exporteren' });
    await visible(dialog);
    await visible(dialog.locator(`[data-testid=report-export-group][data-n="${n}"]`));
    await app.ready();
    expect(await dialog.getByTestId('report-export-group').textContent()).toBe(
      `Vergelijkingsgroep: n = ${n.toLocaleString('nl')}`,
    );
    expect(await dialog.getByTestId('report-export-filename').textContent()).toMatch(
      /^Verzekeraar Zuid – Staff survey – SE-rapport – \d{4}-\d{2}-\d{2}\.docx$/,
    );

    await dialog.getByText('English', { exact: true }).click();
    expect(await dialog.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    const fileName = await dialog.getByTestId('report-export-filename').textContent();
    expect(fileName).toMatch(/^Verzekeraar Zuid – Staff survey – SE report – \d{4}-\d{2}-\d{2}\.docx$/);
    await dialogShot(app, '14-report-export-form');

    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await dialog.getByTestId('report-export-submit').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(fileName);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-report-')), download.suggestedFilename());
    await download.saveAs(file);

    const done = dialog.getByTestId('report-export-done');
    await visible(done, 60_000);
    await app.ready();
    const size = fs.statSync(file).size;
    expect(await done.getByTestId('report-export-result').textContent()).toBe(
      `Gedownload als ${fileName} (${Math.max(1, Math.round(size / 1024)).toLocaleString('nl')} kB)`,
    );
    expect(await done.getByTestId('report-export-warning').count()).toBe(0);
    await app.shot('15-report-export-done');
    await dialogShot(app, '16-report-export-done-dialog');

    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = (await mammoth.extractRawText({ path: file })).value;
    expect(sxDefault.blocks).toHaveLength(9);
    for (const block of sxDefault.blocks) expect(text, block.id).toContain(block.name.en);
    const overall = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      results.overall.score as number,
    );
    expect(text).toContain(`The overall score is ${overall} on the scale of 1 to 5`);
    // The benchmark group the dialog showed is in the report.
    expect(text).toContain(n.toLocaleString('en'));

    await done.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 15_000 });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
