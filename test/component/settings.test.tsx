import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findPageTitle, renderApp } from './legacyRenderApp';

describe('settings', () => {
  it('switches the whole workbench to Dutch at once', async () => {
    const { api, user } = renderApp('/settings', { language: null, osLanguage: 'en' });
    await findPageTitle('Settings');
    expect(
      ((await screen.findByRole('radio', { name: 'Same as the operating system (English)' })) as HTMLInputElement)
        .checked,
    ).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'Nederlands' }));
    await findPageTitle('Instellingen');
    expect(api.callsOf('settings.update')).toEqual([{ language: 'nl' }]);
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).getByRole('link', { name: 'Opdrachtgevers' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Zoals het besturingssysteem (English)' })).toBeTruthy();
  });

  it('returns to the operating system’s language', async () => {
    const { api, user } = renderApp('/settings', { language: 'nl', osLanguage: 'en' });
    await findPageTitle('Instellingen');
    await user.click(await screen.findByRole('radio', { name: 'Zoals het besturingssysteem (English)' }));
    await findPageTitle('Settings');
    expect(api.callsOf('settings.update')).toEqual([{ language: null }]);
  });

  it('shows where the data is stored and the version', async () => {
    renderApp('/settings', {});
    await findPageTitle('Settings');
    expect(await screen.findByText('/home/consultant/.config/sxw/workbench.sqlite')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText(/Version 0\.1\.0-test/).length).toBeGreaterThan(0));
  });
});
