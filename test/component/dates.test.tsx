import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, seedEngagement, setLanguage } from './seed';

function engagementIn(language: 'nl' | 'en') {
  const backend = createTestBackend();
  setLanguage(backend, language);
  const clientId = seedClient(backend, { name: 'Zorg Zuid' });
  const engagementId = seedEngagement(backend, clientId, {
    title: 'Diagnose 2026',
    status: 'active',
    startsOn: '2026-09-01',
    endsOn: '2026-12-19',
  });
  return { backend, engagementId };
}

describe('dates typed in a form', () => {
  it('refuses 30 February with a message instead of clearing it, and saves nothing', async () => {
    const { backend, engagementId } = engagementIn('nl');
    const { user } = renderApp(`/engagements/${engagementId}/rounds`, backend);
    await findPageTitle('Diagnose 2026');
    await user.click(await screen.findByRole('button', { name: 'Nieuwe ronde' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe ronde' });
    const date = within(dialog).getByRole('textbox', { name: 'Datum' });
    expect(date.getAttribute('placeholder')).toBe('dd-mm-jjjj');

    await user.type(date, '30-02-2026');
    await user.tab();
    expect(within(dialog).getByText('30 februari 2026 bestaat niet')).toBeTruthy();
    expect((date as HTMLInputElement).value).toBe('30-02-2026');
    await user.click(within(dialog).getByRole('button', { name: 'Ronde aanmaken' }));
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(backend.run('assessments.list', { engagementId })).toHaveLength(0);

    await user.clear(date);
    await user.type(date, '31-12-1999');
    await user.tab();
    expect(within(dialog).getByText('Kies een datum tussen 2000 en 2100')).toBeTruthy();
  });

  it('warns about a round outside the engagement’s period, saves it, and marks it in the list', async () => {
    const { backend, engagementId } = engagementIn('nl');
    const { user } = renderApp(`/engagements/${engagementId}/rounds`, backend);
    await user.click(await screen.findByRole('button', { name: 'Nieuwe ronde' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe ronde' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Datum' }), '15-1-2027');
    expect((await within(dialog).findByTestId('round-outside-period')).textContent).toBe(
      'Deze datum valt buiten de looptijd van de opdracht (1 sep 2026 – 19 dec 2026). Controleer de datum, of pas de opdracht aan.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ronde aanmaken' }));
    await waitFor(() => expect(backend.run('assessments.list', { engagementId })).toHaveLength(1));
    expect(backend.run('assessments.list', { engagementId })[0]?.heldOn).toBe('2027-01-15');
    const row = await screen.findByTestId('round-row');
    expect(within(row).getByText('15 jan 2027')).toBeTruthy();
    expect(within(row).getByTestId('round-outside-period-mark')).toBeTruthy();
  });

  it('shows dates day first in English too, whatever the browser’s locale', async () => {
    const { backend, engagementId } = engagementIn('en');
    const { user } = renderApp(`/engagements/${engagementId}`, backend);
    await findPageTitle('Diagnose 2026');
    expect(await screen.findByText('1 Sept 2026 – 19 Dec 2026')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    const starts = within(dialog).getByRole('textbox', { name: 'Start date' }) as HTMLInputElement;
    expect(starts.value).toBe('01/09/2026');
    expect(starts.getAttribute('placeholder')).toBe('dd/mm/yyyy');
  });
});
