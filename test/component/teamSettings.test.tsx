import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memorySecrets } from '../../main/team/secrets';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { setLanguage } from './seed';

/** Nothing listens on port 1 of loopback: a team server that is down, reached for real. */
const DOWN = 'postgres://anna@127.0.0.1:1/firm';

describe('Settings → Team server', () => {
  it('says no server is set up, and what a failed connection test means, in the consultant’s words', async () => {
    const backend = createTestBackend();
    backend.ctx.teamSecrets = memorySecrets();
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    const section = await screen.findByTestId('team-settings');
    expect(within(section).getByText('No team server set up')).toBeTruthy();
    expect(within(section).getByText('0 contributions, 0 withdrawals, 0 framework versions')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', true);

    await user.click(within(section).getByRole('textbox', { name: /Server address/ }));
    await user.paste(DOWN);
    await user.click(within(section).getByRole('button', { name: 'Test connection' }));
    expect(
      await screen.findByText(/The team server cannot be reached \(postgres:\/\/anna@127\.0\.0\.1:1\/firm\)/),
    ).toBeTruthy();
    expect(backend.callsOf('team.test')).toEqual([{ server: DOWN }]);

    // Connect fails the same way and remembers nothing.
    await user.click(within(section).getByLabelText(/^Password/));
    await user.paste('secret');
    await user.click(within(section).getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(backend.callsOf('team.connect')).toEqual([{ server: DOWN, password: 'secret' }]));
    expect(backend.run('team.status', {}).server).toBeNull();
    expect(backend.ctx.teamSecrets.get(DOWN)).toBeNull();
  });

  it('speaks Dutch', async () => {
    const backend = createTestBackend();
    setLanguage(backend, 'nl');
    renderApp('/settings', backend);
    await findPageTitle('Instellingen');
    const section = await screen.findByTestId('team-settings');
    expect(within(section).getByText('Geen teamserver ingesteld')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Verbinding testen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Teamserver' })).toBeTruthy();
  });
});
