import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { erasureBackups } from '../../main/backup/erasure';
import { markCorrupt } from '../../main/db/health';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement } from './seed';

/** Settings → Backups on the real backend, with the database in a file so backups can be made of it. */

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function backendWithFile(osLanguage: 'en' | 'nl' = 'en') {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-component-backups-'));
  folders.push(folder);
  return createTestBackend({ file: path.join(folder, 'workbench.sqlite'), osLanguage });
}

const rows = () => screen.queryAllByTestId('backup-row');

async function openRowMenu(user: ReturnType<typeof renderApp>['user'], row: HTMLElement) {
  await user.click(within(row).getByRole('button', { name: /^Actions for the backup of / }));
}

describe('Settings → Backups', () => {
  it('backs up now and lists the backup with its date, size, contents and check', async () => {
    const backend = backendWithFile();
    const clientId = seedClient(backend, { name: 'Zorg Zuid' });
    seedEngagement(backend, clientId, { title: 'Diagnose' });
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    expect(await screen.findByText('No backups yet.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    expect(within(row).getByText('By hand')).toBeTruthy();
    expect(within(row).getByText('1 client · 1 engagement · 0 rounds')).toBeTruthy();
    expect(within(row).getByText('Sound')).toBeTruthy();
    expect(within(row).getByText(/^\d+[.,]\d MB$/)).toBeTruthy();
    expect(await screen.findByText('Backup made: 1 client, 1 engagement and 0 rounds')).toBeTruthy();
    expect(screen.getByText(path.join(path.dirname(backend.ctx.databasePath), 'backups'))).toBeTruthy();
    // In the browser a file from elsewhere is put in the folder; the Open dialog is the desktop's.
    expect(screen.queryByRole('button', { name: 'Restore from a file…' })).toBeNull();
    expect(screen.getByText(/copy it into the backups folder/)).toBeTruthy();
  });

  it('restores a backup after a preview, and every screen then shows the restored data', async () => {
    const backend = backendWithFile();
    seedClient(backend, { name: 'Kept' });
    await backend.runAsync('backup.now', {});
    seedClient(backend, { name: 'Added after the backup' });
    const { user } = renderApp('/clients', backend);
    await findPageTitle('Clients');
    expect(await screen.findByText('Added after the backup')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await findPageTitle('Settings');
    await waitFor(() => expect(rows()).toHaveLength(1));
    await openRowMenu(user, rows()[0] as HTMLElement);
    await user.click(screen.getByRole('menuitem', { name: 'Restore…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(
      await within(dialog).findByText(
        /^The backup of .* holds 1 client, 0 engagements and 0 rounds\. The database as it is now is backed up first/,
      ),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText('Backup restored: 1 client, 0 engagements and 0 rounds')).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByText('Before a restore')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Clients' }));
    await findPageTitle('Clients');
    expect(await screen.findByText('Kept')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Added after the backup')).toBeNull());
  });

  it('says why a file cannot be restored, and offers no Restore button', async () => {
    const backend = backendWithFile();
    const folder = path.join(path.dirname(backend.ctx.databasePath), 'backups');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'notes.sqlite'), 'not a database '.repeat(50));
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    expect(within(row).getByText('Put in the folder')).toBeTruthy();
    expect(within(row).getByText('Not checked yet')).toBeTruthy();
    await openRowMenu(user, row);
    await user.click(screen.getByRole('menuitem', { name: 'Restore…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(await within(dialog).findByText('“notes.sqlite” is not an SX Workbench database.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Restore' })).toBeNull();
  });

  it('marks the backups that still hold an erased client and deletes one after saying so', async () => {
    const backend = backendWithFile();
    backend.ctx.erasureBackups = erasureBackups(backend.ctx);
    const gone = seedClient(backend, { name: 'Erased later' });
    await backend.runAsync('backup.now', {});
    // The erasure backs up first: that backup holds the client too.
    await backend.runAsync('clients.erase', { id: gone, confirm: 'Erased later' });
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    await waitFor(() => expect(rows()).toHaveLength(2));
    for (const row of rows()) expect(within(row).getByText('Holds an erased client')).toBeTruthy();
    await openRowMenu(user, rows()[0] as HTMLElement);
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this backup?' });
    expect(within(dialog).getByText(/still holds data of a client who has been erased since/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(fs.readdirSync(path.join(path.dirname(backend.ctx.databasePath), 'backups'))).toHaveLength(2);
  });

  it('warns above every screen when the database is damaged, and leads to the backups', async () => {
    const backend = backendWithFile();
    markCorrupt(backend.db, 'found by a test');
    const { user } = renderApp('/', backend);
    const banner = await screen.findByTestId('database-health');
    expect(banner.textContent).toMatch(/^The database is damaged, so nothing more is saved in it/);
    await user.click(within(banner).getByRole('link', { name: 'Go to backups' }));
    await findPageTitle('Settings');
    expect((screen.getByRole('button', { name: 'Back up now' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says in its own words why a save failed when the file cannot be written, and that nothing was saved', async () => {
    const backend = backendWithFile('nl');
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Instellingen');
    // A real refusal by SQLite (as on a read-only disk), through the real dispatcher.
    backend.db.pragma('query_only = ON');
    const k = await screen.findByRole('textbox', { name: /^Minimale groepsgrootte/ });
    await user.clear(k);
    await user.type(k, '7');
    await user.click(within(k.closest('.mantine-Group-root') as HTMLElement).getByRole('button', { name: 'Opslaan' }));
    expect(
      await screen.findByText(
        'Er kan niet in het databasebestand worden geschreven (een alleen-lezen schijf of geen toestemming), daarom is er niets opgeslagen.',
      ),
    ).toBeTruthy();
  });

  it('speaks Dutch', async () => {
    const backend = backendWithFile('nl');
    seedClient(backend, { name: 'Zorg Zuid' });
    await backend.runAsync('backup.now', {});
    renderApp('/settings', backend);
    await findPageTitle('Instellingen');
    expect(screen.getByRole('heading', { name: 'Back-ups' })).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    expect(within(row).getByText('Met de hand')).toBeTruthy();
    expect(within(row).getByText('1 opdrachtgever · 0 opdrachten · 0 meetrondes')).toBeTruthy();
    expect(within(row).getByText('In orde')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nu een back-up maken' })).toBeTruthy();
  });
});
