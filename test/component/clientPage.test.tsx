import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from './fakeApi';
import { choose, field, fieldError } from './fields';
import { findPageTitle, renderApp } from './legacyRenderApp';

const acme = () =>
  new FakeApi({
    clients: [{ id: 'c1', name: 'Acme Hotels', sector: 'I', sizeBand: '50-249', country: 'NL', notes: 'Three sites' }],
    contacts: [{ id: 'p1', clientId: 'c1', name: 'Anna de Vries', role: 'COO', email: 'anna@acme.example' }],
    engagements: [{ id: 'e1', clientId: 'c1', title: 'Diagnosis 2026', status: 'active', startsOn: '2026-01-15' }],
  });

describe('client page', () => {
  it('shows the profile, engagements and contacts', async () => {
    renderApp('/clients/c1', acme());
    await findPageTitle('Acme Hotels');
    expect(screen.getByText('I — Accommodation and food service')).toBeTruthy();
    expect(screen.getByText('Three sites')).toBeTruthy();
    expect(screen.getByText('Diagnosis 2026')).toBeTruthy();
    expect(screen.getByText('Anna de Vries')).toBeTruthy();
    expect(screen.getByText('15 Jan 2026 – …')).toBeTruthy();
  });

  it('archives with an Undo toast that restores the client', async () => {
    const { api, user } = renderApp('/clients/c1', acme());
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(await screen.findByText('Archived Acme Hotels')).toBeTruthy();
    expect(await screen.findByText('This client is archived. Restore it to work with it again.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.callsOf('clients.restore')).toEqual([{ id: 'c1' }]));
    expect(await screen.findByText('Restored Acme Hotels')).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByText('This client is archived. Restore it to work with it again.')).toBeNull(),
    );
  });

  it('keeps Delete permanently disabled until the client’s name is typed', async () => {
    const { api, user } = renderApp('/clients/c1', acme());
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete permanently' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Acme Hotels permanently?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete permanently' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);

    const typed = field('Type the client name to confirm', dialog);
    await user.type(typed, 'Acme Hotel');
    expect(confirm.disabled).toBe(true);
    await user.type(typed, 'X');
    expect(fieldError(typed)).toBe('The name does not match');
    await user.type(typed, '{Backspace}s');
    expect(confirm.disabled).toBe(false);

    await user.click(confirm);
    await findPageTitle('Clients');
    expect(api.callsOf('clients.delete')).toEqual([{ id: 'c1', confirm: 'Acme Hotels' }]);
    expect(await screen.findByText('Client Acme Hotels deleted')).toBeTruthy();
  });

  it('adds a contact and shows it at once', async () => {
    const { api, user } = renderApp('/clients/c1', acme());
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
    expect(api.callsOf('contacts.create')).toEqual([
      { clientId: 'c1', name: 'Bram Jansen', role: null, email: 'bram@acme.example', phone: null },
    ]);
  });

  it('deletes a contact after confirmation', async () => {
    const { api, user } = renderApp('/clients/c1', acme());
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'Delete Anna de Vries' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete contact Anna de Vries?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Anna de Vries')).toBeNull());
    expect(api.callsOf('contacts.delete')).toEqual([{ id: 'p1' }]);
  });

  it('adds an engagement, checking that it does not end before it starts', async () => {
    const { api, user } = renderApp('/clients/c1', acme());
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
    expect(api.callsOf('engagements.create')).toEqual([
      {
        clientId: 'c1',
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
  });

  it('deletes an engagement only after confirmation', async () => {
    const { api, user } = renderApp('/clients/c1', acme());
    await findPageTitle('Acme Hotels');
    await user.click(screen.getByRole('button', { name: 'Delete Diagnosis 2026' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Delete engagement Diagnosis 2026 permanently? This cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.callsOf('engagements.delete')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete Diagnosis 2026' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Diagnosis 2026')).toBeNull());
    expect(api.callsOf('engagements.delete')).toEqual([{ id: 'e1', confirm: true }]);
  });

  it('says so when the client no longer exists', async () => {
    renderApp('/clients/gone', acme());
    expect(
      await screen.findByText('This item no longer exists. It may have been deleted in another window.'),
    ).toBeTruthy();
  });
});
