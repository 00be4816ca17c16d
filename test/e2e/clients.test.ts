import { afterEach, describe, expect, it } from 'vitest';
import { count, gone, type RunningApp, startApp, visible } from './support';

describe('clients and engagements in the real UI (Chromium through the bridge)', () => {
  let app: RunningApp | undefined;
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await app?.shot(`failed-${context.task.name.slice(0, 40)}`);
    await app?.close();
    app = undefined;
  });

  it('creates a client, adds an engagement, finds it by search, switches to Dutch, archives and restores', async () => {
    app = await startApp();
    const { page } = app;
    const nav = page.getByRole('navigation');

    // A fresh data folder: Home invites to add the first client.
    await nav.getByRole('link', { name: 'Clients' }).click();
    await app.ready();
    await page.getByRole('button', { name: 'New client' }).first().click();
    const form = page.getByRole('dialog', { name: 'New client' });
    await visible(form);
    await form.getByRole('button', { name: 'Save' }).click();
    await visible(form.getByText('Required').first());
    await form.getByLabel('Name').fill('Zorggroep Amstelland');
    await pickOption(
      page,
      form.getByRole('textbox', { name: 'Sector', exact: true }),
      'Q — Human health and social work',
    );
    await pickOption(
      page,
      form.getByRole('textbox', { name: 'Size (employees)', exact: true }),
      '1,000 or more employees',
    );
    await pickOption(page, form.getByRole('textbox', { name: 'Country', exact: true }), 'Netherlands');
    await form.getByLabel('Notes').fill('Home care in the Amstel region');
    await form.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByRole('heading', { name: 'Zorggroep Amstelland' }));
    await app.ready();
    await app.shot('01-client-created');

    await page.getByRole('button', { name: 'New engagement' }).click();
    const engagement = page.getByRole('dialog', { name: 'New engagement' });
    await visible(engagement);
    await engagement.getByLabel('Title').fill('Klantreis herontwerp 2026');
    await pickOption(page, engagement.getByRole('textbox', { name: 'Purpose', exact: true }), 'Transformation');
    await engagement.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByText('Klantreis herontwerp 2026'));
    await app.ready();

    // Search-as-you-type finds the client by a prefix of its engagement title.
    await nav.getByRole('link', { name: 'Clients' }).click();
    await app.ready();
    await page.getByRole('searchbox').fill('klantr');
    await count(page.getByTestId('client-row'), 1);
    expect(await page.getByTestId('client-row').first().textContent()).toContain('Zorggroep Amstelland');
    await app.ready();
    await app.shot('02-search');
    await page.getByRole('searchbox').fill('nothing-like-this');
    await gone(page.getByTestId('client-row'));

    // Dutch labels after switching the language in Settings.
    await nav.getByRole('link', { name: 'Settings' }).click();
    await app.ready();
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await visible(nav.getByRole('link', { name: 'Opdrachtgevers' }));
    await visible(page.getByRole('heading', { name: 'Instellingen' }));
    // The confirmation speaks the language just chosen.
    await visible(page.getByText('Instellingen opgeslagen'));
    await app.shot('03-dutch-settings');

    // Archive with undo-toast, then restore from the archived list.
    await nav.getByRole('link', { name: 'Opdrachtgevers' }).click();
    await app.ready();
    await page.getByTestId('client-row').filter({ hasText: 'Zorggroep Amstelland' }).click();
    await visible(page.getByRole('heading', { name: 'Zorggroep Amstelland' }));
    await page.getByRole('button', { name: 'Archiveren' }).click();
    await visible(page.getByText('Zorggroep Amstelland gearchiveerd'));
    await visible(page.getByText('Deze opdrachtgever is gearchiveerd.', { exact: false }));
    await app.ready();
    await app.shot('04-archived');
    expect(app.ctx.db.prepare('SELECT archived_at IS NOT NULL AS archived FROM clients').get()).toEqual({
      archived: 1,
    });

    await page.getByRole('button', { name: 'Terugzetten' }).first().click();
    await gone(page.getByText('Deze opdrachtgever is gearchiveerd.', { exact: false }));
    await app.ready();
    expect(app.ctx.db.prepare('SELECT archived_at IS NULL AS active FROM clients').get()).toEqual({ active: 1 });
    await app.shot('05-restored');
  });

  it('shows demo clients in a virtualised list on first load', async () => {
    const { seedDemo } = await import('../../main/demo/demo');
    app = await startApp({ seed: (ctx) => seedDemo(ctx) });
    await app.page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await app.ready();
    await count(app.page.getByTestId('client-row'), 5);
    await app.shot('06-demo-clients');
  });
});

/**
 * Opens a Mantine Select (a textbox with a listbox) and picks an option by its exact name. Selects are found
 * by role and accessible name: a required field's label reads "Sector *" but its name is "Sector".
 */
async function pickOption(
  page: RunningApp['page'],
  input: ReturnType<RunningApp['page']['locator']>,
  option: string,
): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
