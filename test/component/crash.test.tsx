import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { CrashBoundary } from '../../renderer/src/app/CrashBoundary';
import { createI18n } from '../../shared/i18n';

function Broken({ broken }: { broken: boolean }): never | string {
  if (broken) throw new Error('render failed: secret stack detail');
  return 'fine';
}

describe('crash boundary', () => {
  it('shows a sentence in the user’s language and a way back, never the stack', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <MantineProvider env="test">
        <I18nextProvider i18n={createI18n('nl')}>
          <CrashBoundary>
            <Broken broken />
          </CrashBoundary>
        </I18nextProvider>
      </MantineProvider>,
    );
    expect(screen.getByText('Er ging iets mis op dit scherm')).toBeTruthy();
    expect(screen.queryByText(/secret stack detail/)).toBeNull();
    expect(document.documentElement.dataset.appState).toBe('error');
    await userEvent.click(screen.getByRole('button', { name: 'Terug naar Start' }));
    expect(window.location.hash).toBe('#/');
    quiet.mockRestore();
  });
});
