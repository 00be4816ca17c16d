import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from './backend';
import { choose, field, fieldError } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedContact, seedEngagement } from './seed';

/** Acme Hotels with a contact and an engagement, its page open. */
function openAcme() {
  const backend = createTestBackend();
  const clientId = seedClient(backend, {
    name: 'Acme Hotels',
    sector: 'I',
    sizeBand: '50-249',
    country: 'NL',
    notes: 'Three sites',
  });
  const contactId = seedContact(backend, clientId, {
    name: 'Anna de Vries',
    role: 'COO',
    email: 'anna@acme.example',
    phone: null,
  });
  const engagementId = seedEngagement(backend, clientId, {
    title: 'Diagnosis 2026',
    status: 'active',
    startsOn: '2026-01-15',
  });
  return { ...renderApp(`/clients/${clientId}`, backend), clientId, contactId, engagementId };
}

describe('client page', () => {
  it('shows the profile, engagements and contacts', async () => {
    openAcme();
    await findPageTitle('Acme Hotels');
    expect(screen.getByText('I — Accommodation and food service')).toBeTruthy();
    expect(screen.getByText('Three sites')).toBeTruthy();
    expect(screen.getByText('Diagnosis 2026')).toBeTruthy();
    expect(screen.getByText('Anna de Vries')).toBeTruthy();
    expect(screen.getByText('15 Jan 2026 – …')).toBeTruthy();
  });

  it('archives with an Undo toast that restores the client', async () => {
    const { backend, user, clientId } = openAcme();
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(await screen.findByText('Archived Acme Hotels')).toBeTruthy();
    expect(await screen.findByText('This client is archived. Restore it to work with it again.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(backend.callsOf('clients.restore')).toEqual([{ id: clientId }]));
    expect(await screen.findByText('Restored Acme Hotels')).toBeTruthy();
    expect(backend.run('clients.get', { id: clientId }).client.archivedAt).toBeNull();
    await waitFor(() =>
      expect(screen.queryByText('This client is archived. Restore it to work with it again.')).toBeNull(),
    );
  });

  it('adds a contact and shows it at once', async () => {
    const { backend, user, clientId } = openAcme();
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    await user.type(field('Name', dialog), 'Bram Jansen');
    await user.type(field('E-mail', dialog), 'not-an-address');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fieldError(field('E-mail', dialog))).toBe('Not a valid e-mail address'));
    await user.clear(field('E-mail', dialog));
    await user.type(field('E-mail', dialog), 'bram@acme.example');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Bram Jansen')).toBeTruthy();
    expect(backend.callsOf('contacts.create')).toEqual([
      { clientId, name: 'Bram Jansen', role: null, email: 'bram@acme.example', phone: null },
    ]);
    expect(backend.run('clients.get', { id: clientId }).contacts.map((c) => c.name)).toContain('Bram Jansen');
  });

  it('deletes a contact after confirmation', async () => {
    const { backend, user, clientId, contactId } = openAcme();
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'Delete Anna de Vries' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete contact Anna de Vries?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Anna de Vries')).toBeNull());
    expect(backend.callsOf('contacts.delete')).toEqual([{ id: contactId }]);
    expect(backend.run('clients.get', { id: clientId }).contacts).toEqual([]);
  });

  it('adds an engagement, checking that it does not end before it starts', async () => {
    const { backend, user, clientId } = openAcme();
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'New engagement' }));
    const dialog = await screen.findByRole('dialog', { name: 'New engagement' });
    await user.type(field('Title', dialog), 'Excellence programme 2027');
    await choose(user, 'Purpose', 'Service excellence programme', dialog);
    await user.type(field('Start date', dialog), '2027-03-01');
    await user.type(field('End date', dialog), '2027-01-01');
    await user.click(field('The client consents to its anonymized results joining the benchmark pool', dialog));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fieldError(field('End date', dialog))).toBe('The end date lies before the start date'));

    await user.clear(field('End date', dialog));
    await user.type(field('End date', dialog), '2027-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Excellence programme 2027')).toBeTruthy();
    expect(backend.callsOf('engagements.create')).toEqual([
      {
        clientId,
        title: 'Excellence programme 2027',
        purpose: 'excellence-programme',
        status: 'planned',
        startsOn: '2027-03-01',
        endsOn: '2027-12-31',
        lead: null,
        notes: null,
        benchmarkConsent: true,
      },
    ]);
    expect(
      backend.run('clients.get', { id: clientId }).engagements.find((e) => e.title === 'Excellence programme 2027'),
    ).toMatchObject({ startsOn: '2027-03-01', endsOn: '2027-12-31', benchmarkConsent: true });
  });

  it('deletes an engagement only after confirmation', async () => {
    const { backend, user, engagementId } = openAcme();
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'Delete Diagnosis 2026' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Delete engagement Diagnosis 2026 permanently? This cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(backend.callsOf('engagements.delete')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete Diagnosis 2026' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Diagnosis 2026')).toBeNull());
    expect(backend.callsOf('engagements.delete')).toEqual([{ id: engagementId, confirm: true }]);
    expect(() => backend.run('engagements.get', { id: engagementId })).toThrow(/not_found/);
  });

  it('says so when the client no longer exists', async () => {
    const backend = createTestBackend();
    seedClient(backend, { name: 'Acme Hotels' });
    renderApp('/clients/cl_gone', backend);
    expect(
      await screen.findByText('This item no longer exists. It may have been deleted in another window.'),
    ).toBeTruthy();
  });
});
