import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../main/api/dispatch';
import type { ServiceContext } from '../../main/api/context';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import { type RunningApp, startApp, visible } from './support';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** A client with one engagement, made through the services (the UI flows for them are tested elsewhere). */
function seedEngagement(ctx: ServiceContext): { engagementId: string } {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Gemeente Heuvelrug', sector: 'O', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', { clientId, title: 'Nulmeting 2026', purpose: 'diagnosis', status: 'active' }),
  );
  return { engagementId };
}

const labels = {
  en: {
    clients: 'Clients',
    newRound: 'New round',
    createRound: 'Create round',
    answered: '5 of 45 answered',
    blockOne: 'Service excellence vision, mission and strategy',
  },
  nl: {
    clients: 'Opdrachtgevers',
    newRound: 'Nieuwe ronde',
    createRound: 'Ronde aanmaken',
    answered: '5 van 45 beantwoord',
    blockOne: sxDefault.blocks[0]?.name.nl ?? '',
  },
};

describe('the assessment in the real UI (Chromium through the bridge)', () => {
  let app: RunningApp | undefined;
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await app?.shot(`failed-${context.task.name.slice(0, 40)}`);
    await app?.close();
    app = undefined;
  });

  for (const language of ['en', 'nl'] as const) {
    it(`scores a full block on the workshop screen with the keyboard only (${language})`, async () => {
      let engagementId = '';
      app = await startApp({ osLanguage: language, seed: (ctx) => ({ engagementId } = seedEngagement(ctx)) });
      const { page } = app;
      const text = labels[language];

      await page.goto(`${app.bridge.url.split('?')[0]}#/engagements/${engagementId}/rounds`);
      await app.ready();
      await page.getByRole('button', { name: text.newRound }).first().click();
      const dialog = page.getByRole('dialog', { name: text.newRound });
      await visible(dialog);
      await dialog.getByRole('button', { name: text.createRound }).click();
      await visible(page.getByTestId('round-row'));
      await app.ready();

      await page.getByTestId('open-workshop').first().click();
      await visible(page.getByTestId('workshop'));
      // Presentation mode: the app's navigation (and so other clients) is not on screen.
      expect(await page.getByRole('link', { name: text.clients, exact: true }).count()).toBe(0);
      expect(await page.getByText('Nulmeting 2026').count()).toBe(0);

      // The first group is added with Enter; then every key scores or marks n/a, and moves on.
      await visible(page.getByTestId('workshop-first-group'));
      await page.keyboard.press('Enter');
      await visible(page.locator('[data-testid=workshop-question][aria-current=true]'));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(text.blockOne);
      for (const key of ['3', '4', 'n', '2', '5']) await page.keyboard.press(key);
      for (let q = 1; q <= 5; q++) await visible(page.locator(`[data-question-id="B1.Q${q}"][data-saved="true"]`));
      await visible(page.locator('[data-testid=mini-radar][data-scored-blocks="1"]'));
      expect(await page.getByTestId('workshop-answered').textContent()).toContain(text.answered);
      await app.shot(`07-workshop-${language}`);

      const saved = app.ctx.db
        .prepare('SELECT question_id AS q, score, not_applicable AS na FROM answers ORDER BY question_id')
        .all();
      expect(saved).toEqual([
        { q: 'B1.Q1', score: 3, na: 0 },
        { q: 'B1.Q2', score: 4, na: 0 },
        { q: 'B1.Q3', score: null, na: 1 },
        { q: 'B1.Q4', score: 2, na: 0 },
        { q: 'B1.Q5', score: 5, na: 0 },
      ]);

      // Ctrl+Z takes the last answer back; → goes to the next building block.
      await page.keyboard.press('Control+z');
      await visible(page.locator('[data-question-id="B1.Q5"][data-score=""][data-saved="true"]'));
      expect(app.ctx.db.prepare("SELECT count(*) AS n FROM answers WHERE question_id = 'B1.Q5'").get()).toEqual({
        n: 0,
      });
      await page.keyboard.press('ArrowRight');
      await visible(page.locator('[data-testid=workshop][data-block-id="B2"]'));
    });
  }

  it('imports a survey CSV and shows the results the engine computed', async () => {
    let assessmentId = '';
    let engagementId = '';
    app = await startApp({
      seed: (ctx) => {
        ({ engagementId } = seedEngagement(ctx));
        assessmentId = must(
          call(ctx, 'assessments.create', { engagementId, mode: 'survey', round: 'Staff survey' }),
        ).id;
      },
    });
    const { page } = app;
    const questions = sxDefault.questions.map((q) => q.id);
    const rows = Array.from({ length: 12 }, (_, i) => {
      const role = i < 4 ? 'management' : i < 10 ? 'staff' : 'frontline';
      return [
        `R${i + 1}`,
        role,
        ...questions.map((_, q) => ((q + i) % 11 === 0 ? 'n/a' : String(((q * 3 + i) % 5) + 1))),
      ].join(';');
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-csv-')), 'survey.csv');
    fs.writeFileSync(file, `\uFEFF${['respondent;role;' + questions.join(';'), ...rows].join('\r\n')}\r\n`);

    await page.goto(`${app.bridge.url.split('?')[0]}#/engagements/${engagementId}/rounds`);
    await app.ready();
    await page.getByTestId('import-responses').first().click();
    const dialog = page.getByRole('dialog', { name: /Import responses/ });
    await visible(dialog);
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await visible(page.getByTestId('import-report'));
    await app.shot('08-import-report');
    await page.getByRole('link', { name: 'See results' }).click();
    await visible(page.getByTestId('results'));
    await app.ready();
    await app.shot('09-results');

    const results = must(call(app.ctx, 'assessments.results', { id: assessmentId }));
    expect(results.respondents).toBe(12);
    for (const block of results.blocks) {
      const shown = await page
        .locator(`[data-testid=block-table] tr[data-block-id=${block.id}] [data-testid=block-score]`)
        .textContent();
      expect(shown?.trim(), block.id).toBe((block.score as number).toFixed(2));
    }
    // 4 management, 6 staff + 2 frontline: the gap is shown; no group below three appears anywhere.
    expect(results.gaps.every((g) => !g.suppressed)).toBe(true);
  });
});
