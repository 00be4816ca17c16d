import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../main/api/dispatch';
import type { ServiceContext } from '../../main/api/context';
import { describeViolations, seriousViolations } from './axe';
import { must, seedInsurer } from './seed';
import { type RunningApp, startApp, visible } from './support';

interface Ids {
  clientId: string;
  engagementId: string;
  assessmentId: string;
  workshopId: string;
  demoEngagementId: string;
  demoRoundId: string;
}

/**
 * Every kind of screen with something on it: the demo (two finalized rounds, so results show a change), an
 * insurer with a finalized survey round compared with the demo pool, and a workshop round with one group.
 */
function seed(ctx: ServiceContext): Ids {
  const { engagementId, assessmentId } = seedInsurer(ctx);
  const { clientId } = must(call(ctx, 'engagements.get', { id: engagementId }));
  const { id: workshopId } = must(
    call(ctx, 'assessments.create', { engagementId, mode: 'workshop', round: 'Workshop MT' }),
  );
  must(call(ctx, 'respondents.create', { assessmentId: workshopId, code: 'Tafel 1', role: 'management' }));
  const home = must(call(ctx, 'home.summary', { offset: 0, limit: 50 }));
  const demo = home.inProgress.find((e) => e.engagement.clientId !== clientId && e.round !== null);
  if (!demo?.round) throw new Error('The demo has no engagement with a round.');
  return {
    clientId,
    engagementId,
    assessmentId,
    workshopId,
    demoEngagementId: demo.engagement.id,
    demoRoundId: demo.round.id,
  };
}

/** A screen to audit: where it is, what shows it has loaded, and what to open on it first (a dialog, a mode). */
interface Screen {
  name: string;
  path: (ids: Ids) => string;
  shown: string;
  open?: (app: RunningApp) => Promise<void>;
}

const SCREENS: Screen[] = [
  { name: 'home', path: () => '', shown: '[data-testid=home-row]' },
  { name: 'clients', path: () => 'clients', shown: '[data-testid=client-row]' },
  {
    name: 'new client dialog',
    path: () => 'clients',
    shown: '[data-testid=client-row]',
    open: async ({ page }) => {
      await page
        .getByRole('button', { name: /^(New client|Nieuwe opdrachtgever)$/ })
        .first()
        .click();
      await visible(page.getByRole('dialog'));
    },
  },
  { name: 'client', path: (ids) => `clients/${ids.clientId}`, shown: 'h1' },
  { name: 'engagement', path: (ids) => `engagements/${ids.engagementId}`, shown: '[role=tablist]' },
  { name: 'rounds', path: (ids) => `engagements/${ids.engagementId}/rounds`, shown: '[role=tablist]' },
  {
    name: 'results with benchmark',
    path: (ids) => `engagements/${ids.engagementId}/results?round=${ids.assessmentId}`,
    shown: '[data-testid=benchmark-table]',
  },
  {
    name: 'results with change',
    path: (ids) => `engagements/${ids.demoEngagementId}/results?round=${ids.demoRoundId}`,
    shown: '[data-testid=results-nav]',
  },
  {
    name: 'results presented',
    path: (ids) => `engagements/${ids.demoEngagementId}/results?round=${ids.demoRoundId}`,
    shown: '[data-testid=results-nav]',
    open: async ({ page }) => {
      await page.getByTestId('results-present').click();
      await visible(page.getByTestId('presentation-bar'));
    },
  },
  {
    name: 'report dialog',
    path: (ids) => `engagements/${ids.engagementId}/results?round=${ids.assessmentId}`,
    shown: '[data-testid=results-nav]',
    open: async ({ page }) => {
      await page.getByTestId('report-export-button').click();
      await visible(page.getByRole('dialog'));
    },
  },
  {
    name: 'dossier',
    path: (ids) => `engagements/${ids.engagementId}/dossier`,
    shown: '[data-testid=dossier-outline]',
  },
  {
    name: 'dossier rating and evidence dialog',
    path: (ids) => `engagements/${ids.engagementId}/dossier?part=B2`,
    shown: '[data-testid=element-panel]',
    open: async ({ page }) => {
      await page.getByTestId('evidence-add').click();
      await visible(page.getByRole('dialog'));
    },
  },
  { name: 'benchmarks', path: () => 'benchmarks', shown: 'h1' },
  { name: 'settings', path: () => 'settings', shown: 'h1' },
  {
    name: 'workshop',
    path: (ids) => `assessments/${ids.workshopId}/workshop`,
    shown: '[data-testid=workshop-question][aria-current=true]',
  },
];

for (const language of ['nl', 'en'] as const) {
  describe(`accessibility of every screen in ${language} (axe in Chromium through the bridge)`, () => {
    let app: RunningApp;
    let ids: Ids;
    beforeAll(async () => {
      app = await startApp({ osLanguage: language, seed: (ctx) => (ids = seed(ctx)) });
      expect(await app.page.getAttribute('html', 'lang')).toBe(language);
    });
    afterAll(async () => {
      await app.close();
    });
    afterEach(async (context) => {
      if (context.task.result?.state === 'fail') await app.shot(`failed-axe-${language}-${context.task.name}`);
      // A fresh start for the next screen: no dialog, presentation or full screen left open.
      await app.page.keyboard.press('Escape');
    });

    for (const screen of SCREENS) {
      it(`finds no serious or critical violation: ${screen.name}`, async () => {
        const { page } = app;
        await page.goto(`${app.bridge.url.split('?')[0]}#/${screen.path(ids)}`);
        await app.ready();
        await visible(page.locator(screen.shown));
        await screen.open?.(app);
        await app.ready();
        const violations = await seriousViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      });
    }
  });
}
