import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { setLanguage } from './seed';

describe('settings', () => {
  it('switches the whole workbench to Dutch at once', async () => {
    const backend = createTestBackend({ osLanguage: 'en' });
    setLanguage(backend, null);
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    expect(
      ((await screen.findByRole('radio', { name: 'Same as the operating system (English)' })) as HTMLInputElement)
        .checked,
    ).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'Nederlands' }));
    await findPageTitle('Instellingen');
    expect(backend.callsOf('settings.update')).toEqual([{ language: 'nl' }]);
    expect(backend.run('settings.get', {}).language).toBe('nl');
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).getByRole('link', { name: 'Opdrachtgevers' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Zoals het besturingssysteem (English)' })).toBeTruthy();
  });

  it('returns to the operating system’s language', async () => {
    const backend = createTestBackend({ osLanguage: 'en' });
    setLanguage(backend, 'nl');
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Instellingen');
    await user.click(await screen.findByRole('radio', { name: 'Zoals het besturingssysteem (English)' }));
    await findPageTitle('Settings');
    expect(backend.callsOf('settings.update')).toEqual([{ language: null }]);
    expect(backend.run('settings.get', {})).toMatchObject({ language: null, effectiveLanguage: 'en' });
  });

  it('shows a choice from the click on while it is saved, and the saved one again when saving fails', async () => {
    const backend = createTestBackend({ osLanguage: 'en' });
    renderApp('/settings', backend);
    await findPageTitle('Settings');
    const dark = (await screen.findByRole('radio', { name: 'Dark' })) as HTMLInputElement;
    const advance = screen.getByRole('switch', {
      name: /^Move to the next question after scoring/,
    }) as HTMLInputElement;

    // The answer is held back: the click alone must leave the radio and the switch as chosen.
    let release = () => {};
    backend.gate = new Promise<void>((resolve) => (release = resolve));
    fireEvent.click(dark);
    fireEvent.click(advance);
    expect(dark.checked).toBe(true);
    expect(advance.checked).toBe(false);
    release();
    backend.gate = null;
    await waitFor(() => expect(backend.run('settings.get', {}).colorScheme).toBe('dark'));
    await waitFor(() => expect(backend.run('settings.get', {}).workshopAutoAdvance).toBe(false));
    expect([dark.checked, advance.checked]).toEqual([true, false]);

    // A save that fails puts the saved choice back.
    backend.failOnce.set('settings.update', [{ code: 'internal' }]);
    const light = screen.getByRole('radio', { name: 'Light' }) as HTMLInputElement;
    fireEvent.click(light);
    expect(light.checked).toBe(true);
    await waitFor(() => expect(dark.checked).toBe(true));
    expect(light.checked).toBe(false);
    expect(backend.run('settings.get', {}).colorScheme).toBe('dark');
  });

  it('shows where the data is stored and the version', async () => {
    renderApp('/settings');
    await findPageTitle('Settings');
    expect(await screen.findByText('/home/consultant/.config/SX Workbench/sx-workbench.sqlite')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText(/Version 0\.1\.0-test/).length).toBeGreaterThan(0));
  });

  it('switches the workshop screen’s auto-advance and projector theme', async () => {
    const backend = createTestBackend();
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    const advance = (await screen.findByRole('switch', {
      name: /^Move to the next question after scoring/,
    })) as HTMLInputElement;
    const projector = screen.getByRole('switch', { name: /^Projector theme/ }) as HTMLInputElement;
    expect([advance.checked, projector.checked]).toEqual([true, false]);
    expect(screen.getByRole('heading', { name: 'Workshop screen' })).toBeTruthy();

    await user.click(advance);
    await waitFor(() => expect(backend.callsOf('settings.update')).toEqual([{ workshopAutoAdvance: false }]));
    await user.click(projector);
    await waitFor(() => expect(backend.callsOf('settings.update').at(-1)).toEqual({ workshopProjectorTheme: true }));
    expect(backend.run('settings.get', {})).toMatchObject({ workshopAutoAdvance: false, workshopProjectorTheme: true });
  });

  it('speaks Dutch about the workshop screen', async () => {
    const backend = createTestBackend();
    backend.run('settings.update', { language: 'nl', workshopAutoAdvance: false, workshopProjectorTheme: true });
    renderApp('/settings', backend);
    await findPageTitle('Instellingen');
    expect(
      ((await screen.findByRole('switch', { name: /^Na het scoren door naar de volgende vraag/ })) as HTMLInputElement)
        .checked,
    ).toBe(false);
    expect((screen.getByRole('switch', { name: /^Projectorweergave/ }) as HTMLInputElement).checked).toBe(true);
  });
});
