import fs from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { folderBackups } from '../integration/fixtures/folderBackups';
import { tempDir } from '../integration/support';
import { createTestBackend, type TestBackend } from './backend';
import { field, fieldError } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedContact, seedEngagement, seedRound, setLanguage } from './seed';

function acmeWithWork(backend: TestBackend): string {
  const clientId = seedClient(backend, { name: 'Acme Hotels', notes: 'Three sites' });
  seedContact(backend, clientId, { name: 'Anna de Vries', email: 'anna@acme.example' });
  const engagementId = seedEngagement(backend, clientId, { title: 'Diagnosis 2026' });
  seedRound(backend, engagementId, {
    status: 'open',
    respondents: [
      { code: 'R1', role: 'management', scores: 4 },
      { code: 'R2', role: 'staff', scores: 3 },
    ],
  });
  return clientId;
}

async function openEraseDialog(
  user: ReturnType<typeof renderApp>['user'],
  menu = 'More actions',
  item = 'Erase permanently…',
) {
  await user.click(screen.getByRole('button', { name: menu }));
  await user.click(await screen.findByRole('menuitem', { name: item }));
}

describe('erasing a client', () => {
  it('shows what goes, erases only after the name is typed, and returns to the client list', async () => {
    const backend = createTestBackend();
    const clientId = acmeWithWork(backend);
    const { user } = renderApp(`/clients/${clientId}`, backend);
    await findPageTitle('Acme Hotels');
    await openEraseDialog(user);
    const dialog = await screen.findByRole('dialog', { name: 'Erase Acme Hotels permanently?' });
    expect(
      await within(dialog).findByText('1 contact · 1 engagement · 1 round · 2 respondents · 90 answers'),
    ).toBeTruthy();
    // No backups are kept in this installation, so the dialog says nothing about them.
    expect(within(dialog).queryByText(/backup/i)).toBeNull();

    const confirm = within(dialog).getByRole('button', { name: 'Erase permanently' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    const typed = field('Type the client name to confirm', dialog);
    await user.type(typed, 'Acme HotelX');
    expect(fieldError(typed)).toBe('The name does not match');
    expect(confirm.disabled).toBe(true);
    await user.type(typed, '{Backspace}s');
    expect(confirm.disabled).toBe(false);

    await user.click(confirm);
    await findPageTitle('Clients');
    expect(await screen.findByText('Acme Hotels erased')).toBeTruthy();
    expect(backend.callsOf('clients.erase')).toEqual([{ id: clientId, confirm: 'Acme Hotels', deleteBackups: false }]);
    expect(backend.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
    expect(backend.db.prepare('SELECT count(*) FROM answers').pluck().get()).toBe(0);
  });

  it('lists the backups that still hold the client and deletes them when asked', async () => {
    const backend = createTestBackend();
    const folder = tempDir();
    const backups = folderBackups(backend.db, folder, backend.ctx.now);
    backend.ctx.erasureBackups = backups;
    const clientId = acmeWithWork(backend);
    backups.backupNow('erasure');
    const { user } = renderApp(`/clients/${clientId}`, backend);
    await findPageTitle('Acme Hotels');
    await openEraseDialog(user);
    const dialog = await screen.findByRole('dialog', { name: 'Erase Acme Hotels permanently?' });
    expect(
      await within(dialog).findByText(
        'A backup of the whole database is made first, so an erasure by mistake can be undone from it.',
      ),
    ).toBeTruthy();
    const list = within(dialog).getByRole('list', { name: 'This backup still holds Acme Hotels:' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^22 Nov 2026, .* · \d+ kB$/)]);

    await user.click(within(dialog).getByRole('checkbox', { name: /Also delete these backups/ }));
    await user.type(field('Type the client name to confirm', dialog), 'Acme Hotels');
    await user.click(within(dialog).getByRole('button', { name: 'Erase permanently' }));

    await findPageTitle('Clients');
    expect(await screen.findByText('Acme Hotels erased, with the 2 backups that held it')).toBeTruthy();
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('keeps the backups unless asked, and says so, in Dutch', async () => {
    const backend = createTestBackend();
    setLanguage(backend, 'nl');
    const backups = folderBackups(backend.db, tempDir(), backend.ctx.now);
    backend.ctx.erasureBackups = backups;
    const clientId = acmeWithWork(backend);
    const { user } = renderApp(`/clients/${clientId}`, backend);
    await findPageTitle('Acme Hotels');
    await openEraseDialog(user, 'Meer acties', 'Definitief wissen…');
    const dialog = await screen.findByRole('dialog', { name: 'Acme Hotels definitief wissen?' });
    expect(
      await within(dialog).findByText('1 contactpersoon · 1 opdracht · 1 ronde · 2 respondenten · 90 antwoorden'),
    ).toBeTruthy();
    // Nothing holds the client yet: no list, no offer to delete.
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    await user.type(field('Typ de naam van de opdrachtgever ter bevestiging', dialog), 'Acme Hotels');
    await user.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));

    await findPageTitle('Opdrachtgevers');
    expect(
      await screen.findByText('Acme Hotels gewist. 1 back-up bevat de opdrachtgever nog (Instellingen › Back-ups).'),
    ).toBeTruthy();
    await waitFor(() => expect(backups.made).toHaveLength(1));
  });
});
