import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../main/api/dispatch';
import { addQuarters, quarterSpan } from '../../shared/roadmap/quarter';
import { must, seedInsurer } from './seed';
import { type RunningApp, startApp, visible } from './support';

/** The end-to-end flow: accept a suggestion, move it a quarter by keyboard, undo, export Word and Excel. */
describe('the roadmap in the real UI (Chromium through the bridge)', () => {
  let app: RunningApp | undefined;
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await app?.shot(`failed-${context.task.name.slice(0, 40)}`);
    await app?.close();
    app = undefined;
  });

  it('accepts a suggestion, moves it a quarter with the keyboard, undoes that, and exports Word and Excel', async () => {
    let ids = { engagementId: '', assessmentId: '' };
    app = await startApp({ osLanguage: 'en', seed: (ctx) => (ids = seedInsurer(ctx)) });
    const { page, ctx } = app;
    const [first] = must(call(ctx, 'roadmap.suggest', { assessmentId: ids.assessmentId, language: 'en' }));
    expect(first).toBeDefined();
    const title = first?.title as string;

    await page.goto(`${app.bridge.url.split('?')[0]}#/engagements/${ids.engagementId}/roadmap`);
    await app.ready();
    await visible(page.getByTestId('suggestions'));
    await app.shot('40-roadmap-suggestions');

    await page.getByRole('button', { name: `Accept suggestion: ${title}` }).click();
    const bar = page.locator('[data-bar-id]').first();
    await visible(bar);
    await app.ready();
    const start = (await bar.getAttribute('data-start')) as string;
    const end = (await bar.getAttribute('data-end')) as string;
    const roadmap = must(call(ctx, 'roadmap.get', { engagementId: ids.engagementId }));
    expect(roadmap.initiatives.map((i) => [i.title, i.start, i.end, i.fromSuggestion])).toEqual([
      [title, start, end, first?.key],
    ]);
    await app.shot('41-roadmap-accepted');

    // One quarter later, by keyboard.
    await bar.focus();
    await page.keyboard.press('ArrowRight');
    await page.locator(`[data-bar-id][data-start="${addQuarters(start, 1)}"]`).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('timeline-announcement').textContent()).toMatch(/moved to/);
    expect(must(call(ctx, 'roadmap.get', { engagementId: ids.engagementId })).initiatives[0]).toMatchObject({
      start: addQuarters(start, 1),
      end: addQuarters(end, 1),
    });
    // The bar keeps the focus, so the next key works on it too; Ctrl+Z undoes the move.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-bar-id'))).toBe(
      roadmap.initiatives[0]?.id,
    );
    await page.keyboard.press('Control+z');
    await page.locator(`[data-bar-id][data-start="${start}"]`).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('timeline-announcement').textContent()).toMatch(/^Undone:/);
    const afterUndo = must(call(ctx, 'roadmap.get', { engagementId: ids.engagementId })).initiatives[0];
    expect(afterUndo).toMatchObject({ start, end });
    expect(afterUndo?.history.map((h) => h.field)).toEqual(['created', 'start', 'end', 'start', 'end']);

    // The same by mouse: dragged one column to the right, then undone with the button.
    const box = await bar.boundingBox();
    if (!box) throw new Error('The bar has no box.');
    const column = (box.width + 8) / quarterSpan(start, end);
    await page.mouse.move(box.x + 12, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 12 + column, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await page.locator(`[data-bar-id][data-start="${addQuarters(start, 1)}"]`).waitFor({ timeout: 15_000 });
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await page.getByTestId('timeline-undo').click();
    await page.locator(`[data-bar-id][data-start="${start}"]`).waitFor({ timeout: 15_000 });
    await app.ready();
    await app.shot('42-roadmap-timeline');

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-roadmap-e2e-'));
    const exportAs = async (format: 'Word' | 'Excel') => {
      await page.getByTestId('roadmap-export-button').click();
      const dialog = page.getByRole('dialog', { name: 'Export roadmap' });
      await visible(dialog);
      if (format === 'Excel') await dialog.getByText('Excel workbook (.xlsx)').click();
      const downloading = page.waitForEvent('download', { timeout: 60_000 });
      await dialog.getByTestId('roadmap-export-submit').click();
      const download = await downloading;
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      await visible(dialog.getByTestId('roadmap-export-done'), 60_000);
      await app?.ready();
      await app?.shot(`43-roadmap-export-${format.toLowerCase()}`);
      await dialog.getByRole('button', { name: 'Close' }).first().click();
      await dialog.waitFor({ state: 'detached', timeout: 15_000 });
      return file;
    };

    const docx = await exportAs('Word');
    expect(path.basename(docx)).toMatch(/^Verzekeraar Zuid – Diagnose 2026 – roadmap – \d{4}-\d{2}-\d{2}\.docx$/);
    const text = (await mammoth.extractRawText({ path: docx })).value;
    expect(text).toContain('Transformation roadmap');
    expect(text).toContain(`1. ${title}`);

    const xlsx = await exportAs('Excel');
    expect(path.extname(xlsx)).toBe('.xlsx');
    const [sheet] = await readXlsxFile(xlsx);
    const [header, row] = sheet?.data ?? [];
    expect(row?.[(header as unknown[]).indexOf('Initiative')]).toBe(title);
    expect(row?.[(header as unknown[]).indexOf('Start quarter')]).toBe(start);
    expect(typeof row?.[(header as unknown[]).indexOf('Impact (1–5)')]).toBe('number');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
