import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestBackend, type TestBackend } from './backend';
import { field, fieldError } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedContact, seedEngagement, seedRound, setLanguage } from './seed';

let downloads: { blob: Blob; name: string }[] = [];
let lastBlob: Blob | null = null;

beforeEach(() => {
  downloads = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:bundle';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) downloads.push({ blob: lastBlob, name: this.download });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function acme(backend: TestBackend) {
  const clientId = seedClient(backend, { name: 'Acme Hotels', notes: 'Three sites' });
  seedContact(backend, clientId, { name: 'Anna de Vries', email: 'anna@acme.example' });
  const diagnosis = seedEngagement(backend, clientId, { title: 'Diagnosis 2026' });
  const journey = seedEngagement(backend, clientId, { title: 'Customer journey' });
  const roundId = seedRound(backend, diagnosis, {
    status: 'open',
    respondents: [
      { code: 'R1', role: 'management', scores: 4 },
      { code: 'R2', role: 'staff', scores: 3 },
    ],
  });
  return { clientId, diagnosis, journey, roundId };
}

async function bundleFile(backend: TestBackend, clientId: string, passphrase?: string): Promise<File> {
  const { contentBase64, fileName } = await backend.runAsync('bundles.export', { clientId, passphrase });
  return new File([Buffer.from(contentBase64, 'base64')], fileName, { type: 'application/octet-stream' });
}

async function openImport(backend: TestBackend, file: File) {
  const app = renderApp('/clients', backend);
  await findPageTitle(/Clients|Opdrachtgevers/);
  await app.user.click(screen.getByRole('button', { name: /Import bundle…|Bundel importeren…/ }));
  const dialog = await screen.findByRole('dialog');
  await app.user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, file);
  return { ...app, dialog };
}

describe('client bundles on the client pages', () => {
  it('exports the chosen engagements, protected by a passphrase typed twice', async () => {
    const backend = createTestBackend();
    const { clientId, diagnosis } = acme(backend);
    const { user } = renderApp(`/clients/${clientId}`, backend);
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Export bundle…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export Acme Hotels as a bundle' });

    await user.click(within(dialog).getByRole('checkbox', { name: 'Customer journey' }));
    await user.click(within(dialog).getByRole('switch', { name: /Protect with a passphrase/ }));
    await user.type(field('Passphrase', dialog), 'geheim');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(fieldError(field('Passphrase', dialog))).toBe('At least 8 characters');
    await user.type(field('Passphrase', dialog), ' en lang');
    await user.type(field('Passphrase again', dialog), 'geheim en lank');
    expect(fieldError(field('Passphrase again', dialog))).toBe('The two passphrases differ');
    await user.clear(field('Passphrase again', dialog));
    await user.type(field('Passphrase again', dialog), 'geheim en lang');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await screen.findByText('Bundle Acme-Hotels-2026-11-22.sxwb saved')).toBeTruthy();
    expect(backend.callsOf('bundles.export')).toEqual([
      { clientId, engagementIds: [diagnosis], passphrase: 'geheim en lang' },
    ]);
    expect(downloads.map((d) => d.name)).toEqual(['Acme-Hotels-2026-11-22.sxwb']);
    // What was saved opens with the passphrase, and holds only the engagement chosen.
    const saved = Buffer.from(await downloads[0]!.blob.arrayBuffer());
    const elsewhere = createTestBackend();
    await elsewhere.runAsync('bundles.import', {
      contentBase64: saved.toString('base64'),
      passphrase: 'geheim en lang',
    });
    expect(elsewhere.run('clients.get', { id: clientId }).engagements.map((e) => e.title)).toEqual(['Diagnosis 2026']);
  });

  it('shows what a bundle adds before importing it, then opens the new client', async () => {
    const source = createTestBackend();
    const { clientId } = acme(source);
    const file = await bundleFile(source, clientId);
    const backend = createTestBackend();
    const { user, dialog } = await openImport(backend, file);
    expect(backend.callsOf('bundles.import')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Show what it adds' }));

    const preview = await within(dialog).findByTestId('bundle-preview');
    expect(within(preview).getByText('Acme Hotels')).toBeTruthy();
    expect(within(preview).getByText('A new client.')).toBeTruthy();
    expect(within(preview).getByText('Engagements: Diagnosis 2026, Customer journey')).toBeTruthy();
    const rows = within(within(preview).getByRole('table'))
      .getAllByRole('row')
      .map((r) =>
        within(r)
          .queryAllByRole('cell')
          .map((c) => c.textContent)
          .join('|'),
      );
    expect(rows).toContain('Answers|90|0|0');
    expect(rows).toContain('Respondents|2|0|0');
    expect(backend.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await findPageTitle('Acme Hotels');
    expect(await screen.findByText('Acme Hotels imported')).toBeTruthy();
    expect(screen.getByText('Customer journey')).toBeTruthy();
  });

  it('asks for the passphrase of a protected bundle, and says when it is wrong', async () => {
    const source = createTestBackend();
    const { clientId } = acme(source);
    const file = await bundleFile(source, clientId, 'correct horse battery');
    const backend = createTestBackend();
    const { user, dialog } = await openImport(backend, file);
    await user.click(within(dialog).getByRole('button', { name: 'Show what it adds' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'This bundle is protected. Enter its passphrase. Nothing was imported.',
    );
    await user.type(field('Passphrase (for a protected bundle)', dialog), 'wrong horse battery');
    await user.click(within(dialog).getByRole('button', { name: 'Show what it adds' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The passphrase is wrong, or the file was changed after it was made. Nothing was imported.',
    );
    await user.clear(field('Passphrase (for a protected bundle)', dialog));
    await user.type(field('Passphrase (for a protected bundle)', dialog), 'correct horse battery');
    await user.click(within(dialog).getByRole('button', { name: 'Show what it adds' }));
    expect(await within(dialog).findByText('Protected with a passphrase', { exact: false })).toBeTruthy();
  });

  it('lists in Dutch what differs here and what clashes, and then offers no import', async () => {
    const source = createTestBackend();
    const { clientId, roundId } = acme(source);
    const backend = createTestBackend();
    // Another laptop: its ids never equal the first's (test ids count from 1 in every backend).
    let made = 0;
    backend.ctx.newId = (prefix) => `${prefix}_b${++made}`;
    setLanguage(backend, 'nl');
    await backend.runAsync('bundles.import', {
      contentBase64: Buffer.from(await (await bundleFile(source, clientId)).arrayBuffer()).toString('base64'),
    });
    backend.run('clients.update', {
      id: clientId,
      name: 'Acme Hotels',
      sector: 'G',
      sizeBand: '50-249',
      country: 'NL',
      notes: 'Hier gewijzigd',
    });
    source.run('respondents.create', { assessmentId: roundId, code: 'T9', role: 'staff' });
    backend.run('respondents.create', { assessmentId: roundId, code: 'T9', role: 'other' });

    const { user, dialog } = await openImport(backend, await bundleFile(source, clientId));
    await user.click(within(dialog).getByRole('button', { name: 'Toon wat het toevoegt' }));
    const preview = await within(dialog).findByTestId('bundle-preview');
    expect(
      within(preview).getByText(
        'Deze opdrachtgever staat hier al: wat nieuw is, wordt toegevoegd; wat hier afwijkt, blijft zoals het is.',
      ),
    ).toBeTruthy();
    expect(within(preview).getByText('1 rij wijkt hier af en blijft zoals hij is:')).toBeTruthy();
    expect(within(preview).getByText(`Opdrachtgever ${clientId} — notes`)).toBeTruthy();
    const clash = within(preview).getByRole('alert');
    expect(within(clash).getByText('Kan niet worden geïmporteerd: 1 rij botst met een rij hier.')).toBeTruthy();
    expect(
      within(clash).getByText(`Respondenten ${roundId} · T9 — assessment_id, code: hier al in gebruik`),
    ).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Importeren' })).toBeNull();
    await waitFor(() => expect(backend.callsOf('bundles.import')).toEqual([]));
  });
});
