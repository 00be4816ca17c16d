import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GIF, png, toBase64 } from '../unit/settings/logoFixtures';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedDamagedLogo } from './seed';

const logoFile = (data: Uint8Array, name: string, type: string) => new File([Uint8Array.from(data)], name, { type });

/** The branding form's own Save (the benchmark threshold has another). */
const saveButton = (field: HTMLElement) =>
  within(field.closest('form') as HTMLElement).getByRole('button', { name: 'Save' }) as HTMLButtonElement;

const fileInput = () => screen.getByLabelText('Choose logo…', { selector: 'input[type="file"]' }) as HTMLInputElement;

describe('report branding in Settings', () => {
  it('saves the firm name, colour and font together, and previews them while typing', async () => {
    const { backend, user } = renderApp('/settings');
    await findPageTitle('Settings');
    const firm = await screen.findByRole('textbox', { name: /Firm name/ });
    // Looked up afresh: after a save the form is rebuilt from the stored values.
    const save = () => saveButton(screen.getByRole('textbox', { name: /Firm name/ }));
    expect(save().disabled).toBe(true);
    await user.type(firm, '  Ortega & Partners ');
    const colour = screen.getByRole('textbox', { name: /Primary colour/ });
    await user.clear(colour);
    await user.type(colour, '#A31F34');
    await user.click(screen.getByRole('textbox', { name: /^Font/ }));
    await user.click(await screen.findByRole('option', { name: 'Georgia' }));

    const preview = screen.getByTestId('branding-preview');
    expect(preview.textContent).toBe('Heading in your colour and font');
    expect(preview.style.color).toMatch(/#a31f34|rgb\(163, 31, 52\)/i);
    expect(preview.style.fontFamily).toContain('Georgia');
    expect(screen.getByText('Ortega & Partners')).toBeTruthy();

    await user.click(save());
    await waitFor(() =>
      expect(backend.callsOf('settings.update')).toEqual([
        { branding: { firmName: 'Ortega & Partners', accent: '#a31f34', font: 'Georgia' } },
      ]),
    );
    expect(backend.run('settings.get', {}).branding).toEqual({
      firmName: 'Ortega & Partners',
      accent: '#a31f34',
      font: 'Georgia',
    });
    expect(await screen.findByText('Settings saved')).toBeTruthy();
    // The form starts again from what was stored, so there is nothing left to save.
    await waitFor(() => expect(save().disabled).toBe(true));
    expect((screen.getByRole('textbox', { name: /Primary colour/ }) as HTMLInputElement).value).toBe('#a31f34');
  });

  it('says what is wrong with a colour and saves nothing', async () => {
    const backend = createTestBackend();
    backend.run('settings.update', { branding: { firmName: 'Ortega' } });
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    const colour = await screen.findByRole('textbox', { name: /Primary colour/ });
    await user.clear(colour);
    await user.type(colour, 'dark blue');
    await user.click(saveButton(colour));
    expect(await screen.findByText('Not a colour: use #rrggbb, e.g. #1f4e79')).toBeTruthy();
    expect(backend.callsOf('settings.update')).toEqual([]);
    expect(backend.run('settings.get', {}).branding).toEqual({
      firmName: 'Ortega',
      accent: '#1f4e79',
      font: 'Calibri',
    });
  });

  it('shows an uploaded logo at once, and removes it', async () => {
    const { backend, user } = renderApp('/settings');
    await findPageTitle('Settings');
    expect(await screen.findByText('No logo yet: reports show the firm name only.')).toBeTruthy();

    const firm = png(480, 120);
    await user.upload(fileInput(), logoFile(firm, 'firm.png', 'image/png'));
    const image = (await screen.findByRole('img', { name: 'Logo: firm.png' })) as HTMLImageElement;
    expect(image.getAttribute('src')).toBe(`data:image/png;base64,${toBase64(firm)}`);
    expect(screen.getByText('PNG · 480 × 120 px')).toBeTruthy();
    expect(backend.callsOf('settings.setLogo')).toEqual([{ fileName: 'firm.png', contentBase64: toBase64(firm) }]);
    expect(backend.run('settings.logo', {})).toMatchObject({
      fileName: 'firm.png',
      type: 'png',
      width: 480,
      height: 120,
      problem: null,
    });

    await user.click(screen.getByRole('button', { name: 'Remove logo' }));
    expect(await screen.findByText('No logo yet: reports show the firm name only.')).toBeTruthy();
    expect(screen.queryByRole('img', { name: /Logo:/ })).toBeNull();
    expect(backend.run('settings.logo', {})).toBeNull();
  });

  it('refuses a GIF, even one named .png, with the reason beside the logo, and keeps the logo', async () => {
    const kept = png(64, 64);
    const backend = createTestBackend();
    backend.run('settings.setLogo', { fileName: 'kept.png', contentBase64: toBase64(kept) });
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    await screen.findByRole('img', { name: 'Logo: kept.png' });

    await user.upload(fileInput(), logoFile(GIF, 'animated.png', 'image/gif'));
    const refused = await screen.findByTestId('logo-refused');
    expect(refused.getAttribute('role')).toBe('alert');
    expect(refused.textContent).toBe(
      '“animated.png” is not a PNG, JPEG or SVG image. An SVG may not contain scripts or refer to other files or websites. The current logo is kept.',
    );
    expect(backend.callsOf('settings.setLogo')).toHaveLength(1);
    expect(backend.run('settings.logo', {})?.fileName).toBe('kept.png');
    expect(screen.getByRole('img', { name: 'Logo: kept.png' })).toBeTruthy();
    expect(screen.queryByText('Logo saved')).toBeNull();

    // A good file afterwards clears the message.
    await user.upload(fileInput(), logoFile(png(10, 10), 'fixed.png', 'image/png'));
    await screen.findByRole('img', { name: 'Logo: fixed.png' });
    expect(screen.queryByTestId('logo-refused')).toBeNull();
  });

  it('says a file over 2 MB is too large without sending it', async () => {
    const { backend, user } = renderApp('/settings');
    await findPageTitle('Settings');
    const big = new Uint8Array(2 * 1024 * 1024 + 10);
    big.set(png(1, 1));
    await user.upload(await waitFor(fileInput), logoFile(big, 'poster.png', 'image/png'));
    expect((await screen.findByTestId('logo-refused')).textContent).toBe(
      '“poster.png” is larger than 2 MB. Save the logo smaller, or as SVG.',
    );
    expect(backend.callsOf('settings.setLogo')).toEqual([]);
  });

  it('asks for the logo again when the stored one can no longer be read', async () => {
    const backend = createTestBackend();
    seedDamagedLogo(backend, 'old.png', png(64, 64));
    renderApp('/settings', backend);
    await findPageTitle('Settings');
    expect(
      await screen.findByText(
        'The stored logo can no longer be read, so reports go without it. Choose the logo again.',
      ),
    ).toBeTruthy();
  });
});
