import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../main/api/dispatch';
import type { ServiceContext } from '../../main/api/context';
import { must } from './seed';
import { type RunningApp, startApp, visible } from './support';

function seedApplicant(ctx: ServiceContext): string {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Zorggroep Oost', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  );
  return must(
    call(ctx, 'engagements.create', {
      clientId,
      title: 'Erkenning 2027',
      purpose: 'external-recognition',
      status: 'active',
    }),
  ).id;
}

/** The end-to-end flow: write a part, add evidence by the dialog, watch readiness rise, export Word. */
describe('the dossier in the real UI (Chromium through the bridge)', () => {
  let app: RunningApp | undefined;
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await app?.shot(`failed-${context.task.name.slice(0, 40)}`);
    await app?.close();
    app = undefined;
  });

  it('writes a part, adds evidence through the dialog, shows readiness rising, and exports the Word dossier', async () => {
    let engagementId = '';
    app = await startApp({ osLanguage: 'en', seed: (ctx) => (engagementId = seedApplicant(ctx)) });
    const { page, ctx } = app;
    const readiness = async () => Number(await page.getByTestId('dossier-readiness').getAttribute('data-readiness'));
    const risesAbove = async (before: number) => {
      const until = Date.now() + 15_000;
      while (Date.now() < until) {
        if ((await readiness()) > before) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`readiness stayed at ${before}`);
    };

    await page.goto(`${app.bridge.url.split('?')[0]}#/engagements/${engagementId}/dossier?part=B1.approach`);
    await app.ready();
    await visible(page.getByTestId('part-editor'));
    const start = await readiness();

    // Write the part: the count follows as the text is typed, the save raises readiness.
    const text = page.getByLabel(/^Text of B1 /);
    await text.fill('De visie op service staat sinds 2023 in het meerjarenplan; elk team vertaalt haar jaarlijks.');
    await visible(page.getByTestId('part-count').getByText('92 of 4,000 characters'));
    await page.getByTestId('part-save').click();
    await risesAbove(start);
    const written = await readiness();
    const dossier = must(call(ctx, 'dossier.get', { engagementId }));
    expect(dossier.parts.find((p) => p.id === 'B1.approach')).toMatchObject({ status: 'needs_evidence' });
    await app.shot('50-dossier-part-written');

    // Evidence by the dialog, linked to the part that is open.
    await page.getByTestId('part-editor').getByRole('button', { name: 'Add evidence' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add evidence' });
    await visible(dialog);
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'Meerjarenplan 2025-2028.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% meerjarenplan\n'),
    });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await visible(page.getByTestId('evidence-row'));
    expect(await page.getByTestId('evidence-row').textContent()).toContain('Meerjarenplan 2025-2028');
    await risesAbove(written);
    await app.ready();
    expect(must(call(ctx, 'evidence.list', { engagementId }))).toMatchObject([
      { number: 1, title: 'Meerjarenplan 2025-2028', parts: ['B1.approach'], file: 'ok' },
    ]);
    await app.shot('51-dossier-evidence-added');

    // Export the Word dossier: a download that is a zip container (a .docx starts with PK).
    await page.getByTestId('dossier-export-button').click();
    const exportDialog = page.getByRole('dialog', { name: 'Export the dossier' });
    await visible(exportDialog);
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await exportDialog.getByTestId('dossier-export-submit').click();
    const download = await downloading;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-dossier-e2e-'));
    try {
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      expect(path.extname(file)).toBe('.docx');
      const bytes = fs.readFileSync(file);
      expect(bytes.byteLength).toBeGreaterThan(1000);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      await visible(exportDialog.getByTestId('dossier-export-done'), 60_000);
      await app.shot('52-dossier-exported');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
