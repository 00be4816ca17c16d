import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from './backend';
import { choose, field, fieldError } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, setLanguage } from './seed';

async function openNewClientForm(backend: TestBackend = createTestBackend()) {
  const rendered = renderApp('/clients', backend);
  const newClient = await screen.findAllByRole('button', {
    name: backend.run('settings.get', {}).effectiveLanguage === 'nl' ? 'Nieuwe opdrachtgever' : 'New client',
  });
  await rendered.user.click(newClient[0] as HTMLElement);
  const dialog = await screen.findByRole('dialog');
  return { ...rendered, dialog };
}

describe('client form', () => {
  it('shows "Required" under Name when it is left empty', async () => {
    const { user, dialog, backend } = await openNewClientForm();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fieldError(field('Name', dialog))).toBe('Required'));
    expect(fieldError(field('Sector', dialog))).toBe('Required');
    // The dialog's × has a name (app/LabelledCloseButtons.tsx).
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeTruthy();
    // The country starts as the firm's own (Settings), so it is never missing.
    expect(field('Country', dialog).value).toBe('Netherlands');
    expect(fieldError(field('Country', dialog))).toBeNull();
    expect(backend.callsOf('clients.create')).toEqual([]);
  });

  it('says "Verplicht" when the workbench speaks Dutch', async () => {
    const backend = createTestBackend();
    setLanguage(backend, 'nl');
    const { user, dialog } = await openNewClientForm(backend);
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(fieldError(field('Naam', dialog))).toBe('Verplicht'));
  });

  it('clears a message as soon as the field is fixed', async () => {
    const { user, dialog } = await openNewClientForm();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fieldError(field('Name', dialog))).toBe('Required'));
    await user.type(field('Name', dialog), 'A');
    expect(fieldError(field('Name', dialog))).toBeNull();
    expect(fieldError(field('Sector', dialog))).toBe('Required');
  });

  it('names the limit when a name is too long', async () => {
    const { user, dialog } = await openNewClientForm();
    fireEvent.change(field('Name', dialog), { target: { value: 'x'.repeat(201) } });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fieldError(field('Name', dialog))).toBe('Too long (at most 200 characters)'));
  });

  it('creates the client with the parsed values and opens its page', async () => {
    const { user, dialog, backend } = await openNewClientForm();
    await user.type(field('Name', dialog), '  Hotel De Gouden Leeuw  ');
    await choose(user, 'Sector', 'I — Accommodation and food service', dialog);
    await choose(user, 'Size (employees)', '10–49 employees', dialog);
    expect(field('Country', dialog).value).toBe('Netherlands');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await findPageTitle('Hotel De Gouden Leeuw');
    expect(backend.callsOf('clients.create')).toEqual([
      { name: 'Hotel De Gouden Leeuw', sector: 'I', sizeBand: '10-49', country: 'NL', notes: null },
    ]);
    expect(backend.run('clients.get', { id: 'cl_1' }).client).toMatchObject({
      name: 'Hotel De Gouden Leeuw',
      sector: 'I',
      sizeBand: '10-49',
      country: 'NL',
      notes: null,
    });
    expect(await screen.findByText('Client Hotel De Gouden Leeuw added')).toBeTruthy();
  });

  it('shows the server’s field problems on the fields', async () => {
    const backend = createTestBackend();
    backend.failures.set('clients.create', {
      code: 'invalid_input',
      details: {
        fields: [{ path: 'name', code: 'too_long', message: 'Too big: expected string to have <=200 characters' }],
      },
    });
    const { user, dialog } = await openNewClientForm(backend);
    await user.type(field('Name', dialog), 'Acme');
    await choose(user, 'Sector', /^C — /, dialog);
    await choose(user, 'Size (employees)', '1–9 employees', dialog);
    await user.clear(field('Country', dialog));
    await user.type(field('Country', dialog), 'Belg');
    await user.click(await screen.findByRole('option', { name: 'Belgium' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fieldError(field('Name', dialog))).toBe('Too long'));
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('says other failures as a sentence in the user’s language, never the raw message', async () => {
    const backend = createTestBackend();
    setLanguage(backend, 'nl');
    backend.failures.set('clients.create', { code: 'database_locked' });
    const { user, dialog } = await openNewClientForm(backend);
    await user.type(field('Naam', dialog), 'Acme');
    await choose(user, 'Sector', /^C — /, dialog);
    await choose(user, 'Omvang (medewerkers)', '1–9 medewerkers', dialog);
    await user.clear(field('Land', dialog));
    await user.type(field('Land', dialog), 'Belg');
    await user.click(await screen.findByRole('option', { name: 'België' }));
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(
      await screen.findByText('De database is bezet door een ander programma. Probeer het zo opnieuw.'),
    ).toBeTruthy();
    expect(screen.queryByText(/Injected database_locked/)).toBeNull();
  });

  it('edits a client with its current values filled in', async () => {
    const backend = createTestBackend();
    const id = seedClient(backend, {
      name: 'Acme',
      sector: 'C',
      sizeBand: '250-999',
      country: 'BE',
      notes: 'Key account',
    });
    const { user } = renderApp(`/clients/${id}`, backend);
    await findPageTitle('Acme');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit client' });
    expect(field('Name', dialog).value).toBe('Acme');
    expect(field('Notes', dialog).value).toBe('Key account');
    await user.clear(field('Name', dialog));
    await user.type(field('Name', dialog), 'Acme Group');
    await user.clear(field('Notes', dialog));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await findPageTitle('Acme Group');
    expect(backend.callsOf('clients.update')).toEqual([
      { id, name: 'Acme Group', sector: 'C', sizeBand: '250-999', country: 'BE', notes: null },
    ]);
    expect(backend.run('clients.get', { id }).client).toMatchObject({ name: 'Acme Group', notes: null });
  });

  it('starts a new client in the firm’s country and ranks names that start with what is typed first', async () => {
    const backend = createTestBackend();
    backend.run('settings.update', { firmCountry: 'BE' });
    const { user, dialog } = await openNewClientForm(backend);
    expect(field('Country', dialog).value).toBe('Belgium');
    await user.clear(field('Country', dialog));
    await user.type(field('Country', dialog), 'Neth');
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Netherlands', 'Caribbean Netherlands']);
  });
});
