import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../main/api/dispatch';
import type { ServiceContext } from '../../main/api/context';
import { lowContrastText } from './contrast';
import { must } from './seed';
import { type RunningApp, startApp, visible } from './support';

/** The projectors consultants meet in client rooms, and a full-HD screen. */
const RESOLUTIONS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const BLOCKS = 9;

/** A workshop round with two tables; the second has scored the first block, so there is something to compare. */
function seedWorkshop(ctx: ServiceContext, codes: [string, string]): { assessmentId: string; groups: string[] } {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Gemeente Heuvelrug', sector: 'O', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', { clientId, title: 'Nulmeting 2026', purpose: 'diagnosis', status: 'active' }),
  );
  const { id: assessmentId } = must(
    call(ctx, 'assessments.create', { engagementId, mode: 'workshop', round: 'Nulmeting' }),
  );
  const groups = codes.map(
    (code) => must(call(ctx, 'respondents.create', { assessmentId, code, role: 'management' })).id,
  );
  [2, 4, 3, 5, null].forEach((score, i) =>
    must(
      call(ctx, 'answers.set', {
        assessmentId,
        respondentId: groups[1] as string,
        questionId: `B1.Q${i + 1}`,
        score,
        notApplicable: score === null,
      }),
    ),
  );
  return { assessmentId, groups };
}

async function openWorkshop(app: RunningApp, assessmentId: string): Promise<void> {
  await app.page.goto(`${app.bridge.url.split('?')[0]}#/assessments/${assessmentId}/workshop`);
  await app.ready();
  await visible(app.page.locator('[data-testid=workshop-question][aria-current=true]'));
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * The block's title, its five questions, the whole scale with n/a and the focused question's n/a button lie
 * inside the viewport, above the footer, and nothing on the page has to scroll to show them.
 */
async function expectWholeBlock(page: Page, where: string): Promise<void> {
  const viewport = page.viewportSize() as { width: number; height: number };
  const footer = (await page.getByTestId('workshop-footer').boundingBox()) as Box;
  const inView = async (name: string, box: Box | null) => {
    expect(box, `${where}: ${name} is on the page`).not.toBeNull();
    const b = box as Box;
    const inside =
      b.x >= 0 &&
      b.y >= 0 &&
      b.width > 0 &&
      b.height > 0 &&
      b.x + b.width <= viewport.width + 0.5 &&
      b.y + b.height <= footer.y + 0.5;
    expect(inside, `${where}: ${name} at ${JSON.stringify(b)} in ${viewport.width}×${viewport.height}`).toBe(true);
  };

  await inView('the block title', await page.getByTestId('workshop-block-title').boundingBox());
  for (const tool of ['workshop-radar', 'workshop-projector', 'workshop-help']) {
    await inView(tool, await page.getByTestId(tool).boundingBox());
  }
  await inView('the leave button', await page.getByRole('button', { name: /^(Leave|Verlaten)/ }).boundingBox());
  const questions = page.getByTestId('workshop-question');
  expect(await questions.count()).toBe(5);
  for (let i = 0; i < 5; i++) await inView(`question ${i + 1}`, await questions.nth(i).boundingBox());
  const levels = page.getByTestId('scale-level');
  expect(await levels.count()).toBe(5);
  for (let i = 0; i < 5; i++) await inView(`scale level ${i + 1}`, await levels.nth(i).boundingBox());
  await inView('n/a in the scale', await page.getByTestId('scale-na').boundingBox());
  const naButton = page.locator('[data-testid=workshop-question][aria-current=true] [data-testid=chip-na]');
  if ((await naButton.count()) > 0) await inView('the n/a button', await naButton.boundingBox());

  const overflow = await page.evaluate(() => {
    const scrollers = [
      document.scrollingElement,
      document.documentElement,
      ...document.querySelectorAll('[data-testid=workshop] *'),
    ];
    return scrollers
      .filter((e): e is Element => !!e && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY))
      .map((e) => e.scrollHeight - e.clientHeight)
      .filter((excess) => excess > 1);
  });
  expect(overflow, `${where}: something would have to scroll`).toEqual([]);
}

describe('the workshop screen on a projector (Chromium through the bridge)', () => {
  let app: RunningApp | undefined;
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await app?.shot(`failed-${context.task.name.slice(0, 40)}`);
    await app?.close();
    app = undefined;
  });

  for (const { language, theme } of [
    { language: 'en', theme: 'standard' },
    { language: 'nl', theme: 'projector' },
  ] as const) {
    it(`shows every block whole at 1024×768, 1280×720, 1366×768 and 1920×1080 (${language}, ${theme} theme)`, async () => {
      let assessmentId = '';
      app = await startApp({
        osLanguage: language,
        seed: (ctx) => ({ assessmentId } = seedWorkshop(ctx, ['Tafel 1', 'Tafel 2'])),
      });
      const { page } = app;
      await openWorkshop(app, assessmentId);
      if (theme === 'projector') {
        await page.keyboard.press('p');
        await visible(page.locator('[data-testid=workshop][data-theme=projector]'));
      }

      for (const { width, height } of RESOLUTIONS) {
        await page.setViewportSize({ width, height });
        for (let b = 1; b <= BLOCKS; b++) {
          await visible(page.locator(`[data-testid=workshop][data-block-id="B${b}"]`));
          await expectWholeBlock(page, `B${b} at ${width}×${height}`);
          if (b < BLOCKS) await page.keyboard.press('ArrowRight');
        }
        // Back to the first block, whose first question the other table has scored, and the groups compared.
        for (let b = 1; b < BLOCKS; b++) await page.keyboard.press('ArrowLeft');
        await visible(page.locator('[data-testid=workshop][data-block-id="B1"]'));
        await page.keyboard.press('3');
        await expectWholeBlock(page, `B1 at ${width}×${height}`);
        expect(await lowContrastText(page), `contrast at ${width}×${height}`).toEqual([]);
        await app.shot(`workshop-${language}-${theme}-${width}x${height}`);

        await page.keyboard.press('v');
        await visible(page.getByTestId('group-scores').first());
        await expectWholeBlock(page, `B1 compared at ${width}×${height}`);
        expect(await lowContrastText(page), `contrast of the comparison at ${width}×${height}`).toEqual([]);
        await app.shot(`workshop-${language}-${theme}-compare-${width}x${height}`);
        await page.keyboard.press('v');
        // Q1 open again for the next size (cleared rather than undone, so no message covers the next picture).
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Delete');
        await visible(page.locator('[data-question-id="B1.Q1"][data-score=""][data-saved="true"]'));
      }

      // The theme is remembered for the next workshop.
      expect(must(call(app.ctx, 'settings.get', {})).workshopProjectorTheme).toBe(theme === 'projector');
    });
  }

  it('scores a block by keyboard: one key per question, Ctrl+Z says what it undid, Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    let seeded = { assessmentId: '', groups: [] as string[] };
    app = await startApp({ seed: (ctx) => (seeded = seedWorkshop(ctx, ['Table 1', 'Table 2'])) });
    const { page, ctx } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openWorkshop(app, seeded.assessmentId);
    const saved = () =>
      ctx.db
        .prepare(
          'SELECT question_id AS q, score, not_applicable AS na FROM answers WHERE respondent_id = ? ORDER BY question_id',
        )
        .all(seeded.groups[0]);
    const focused = page.locator('[data-testid=workshop-question][aria-current=true]');
    const announcer = page.getByTestId('workshop-announcer');

    // Five keys, five answers: each score moves on to the next question.
    for (const key of ['3', '4', 'n', '2', '5']) await page.keyboard.press(key);
    for (let q = 1; q <= 5; q++) await visible(page.locator(`[data-question-id="B1.Q${q}"][data-saved="true"]`));
    expect(await focused.getAttribute('data-question-id')).toBe('B1.Q5');
    expect(saved()).toEqual([
      { q: 'B1.Q1', score: 3, na: 0 },
      { q: 'B1.Q2', score: 4, na: 0 },
      { q: 'B1.Q3', score: null, na: 1 },
      { q: 'B1.Q4', score: 2, na: 0 },
      { q: 'B1.Q5', score: 5, na: 0 },
    ]);
    expect(await page.getByTestId('workshop-answered').textContent()).toBe('5 of 45 answered');

    // Ctrl+Z takes the last two back and says so each time.
    await page.keyboard.press('Control+z');
    await visible(page.locator('[data-question-id="B1.Q5"][data-score=""][data-saved="true"]'));
    expect(await announcer.textContent()).toBe('Undone: Table 1, B1 question 5 back to no answer');
    await page.keyboard.press('Control+z');
    await visible(page.locator('[data-question-id="B1.Q4"][data-score=""][data-saved="true"]'));
    expect(await announcer.textContent()).toBe('Undone: Table 1, B1 question 4 back to no answer');
    expect(await focused.getAttribute('data-question-id')).toBe('B1.Q4');
    expect(saved()).toHaveLength(3);
    await app.shot('workshop-undone');

    // Ctrl+Shift+Z and Ctrl+Y put them back, in order.
    await page.keyboard.press('Control+Shift+Z');
    await visible(page.locator('[data-question-id="B1.Q4"][data-score="2"][data-saved="true"]'));
    expect(await announcer.textContent()).toBe('Redone: Table 1, B1 question 4 set to 2');
    await page.keyboard.press('Control+y');
    await visible(page.locator('[data-question-id="B1.Q5"][data-score="5"][data-saved="true"]'));
    expect(await announcer.textContent()).toBe('Redone: Table 1, B1 question 5 set to 5');
    expect(saved()).toHaveLength(5);

    // → to the next block; the tally and the progress follow.
    await page.keyboard.press('ArrowRight');
    await visible(page.locator('[data-testid=workshop][data-block-id="B2"]'));
    expect(await focused.getAttribute('data-question-id')).toBe('B2.Q1');
    expect(await page.locator('[data-testid=workshop-progress] button[data-complete=true]').count()).toBe(1);

    // ? lists every shortcut; Esc closes the list and the keys score again.
    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await visible(shortcuts);
    expect(await lowContrastText(page, '[role=dialog]')).toEqual([]);
    await app.shot('workshop-shortcuts');
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'hidden' });
    await page.keyboard.press('4');
    await visible(page.locator('[data-question-id="B2.Q1"][data-score="4"][data-saved="true"]'));

    // R shows the radar large, every axis named.
    await page.keyboard.press('r');
    const radar = page.getByRole('dialog', { name: /Scores so far/ });
    await visible(radar);
    expect(await radar.getByTestId('workshop-radar-large').getAttribute('aria-label')).toContain(
      'B1 Service excellence vision, mission and strategy',
    );
    await app.shot('workshop-radar');
    await page.keyboard.press('Escape');
    await radar.waitFor({ state: 'hidden' });
  });
});
