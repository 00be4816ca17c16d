import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from './backend';
import { field } from './fields';
import { findPageTitle, renderApp } from './renderApp';
import { setLanguage } from './seed';

describe('appearance and the firm’s country in Settings', () => {
  it('switches to the dark theme at once and keeps the choice in the settings', async () => {
    const backend = createTestBackend();
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    expect((screen.getByRole('radio', { name: 'Same as the operating system' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.mantineColorScheme).toBe('dark'));
    expect(backend.run('settings.get', {}).colorScheme).toBe('dark');
  });

  it('opens in the theme the settings hold', async () => {
    const backend = createTestBackend();
    backend.run('settings.update', { colorScheme: 'light' });
    renderApp('/', backend);
    await findPageTitle('Home');
    await waitFor(() => expect(document.documentElement.dataset.mantineColorScheme).toBe('light'));
  });

  it('sets the firm’s country, found by the start of its Dutch name', async () => {
    const backend = createTestBackend();
    setLanguage(backend, 'nl');
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Instellingen');
    const country = field('Land van uw bureau');
    expect(country.value).toBe('Nederland');
    await user.clear(country);
    await user.type(country, 'belg');
    const options = await screen.findAllByRole('option');
    expect(options[0]?.textContent).toBe('België');
    await user.click(options[0] as HTMLElement);
    await waitFor(() => expect(backend.run('settings.get', {}).firmCountry).toBe('BE'));
  });
});
