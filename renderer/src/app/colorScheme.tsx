import { type MantineColorScheme, type MantineColorSchemeManager, useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import type { ColorScheme } from '../../../shared/settings/schemas';

/**
 * The colour scheme lives in the settings (the loopback bridge loses the browser's storage with every new
 * port), so Mantine's own manager only holds it for the session: the settings say which, this applies it.
 */
export function sessionColorSchemeManager(): MantineColorSchemeManager {
  let current: MantineColorScheme | null = null;
  return {
    get: (fallback) => current ?? fallback,
    set: (value) => {
      current = value;
    },
    subscribe: () => {},
    unsubscribe: () => {},
    clear: () => {
      current = null;
    },
  };
}

/**
 * Mantine writes the scheme on <html> in its first layout effect, when the first screen is already in the
 * page, and a new attribute on <html> restyles every element a second time. Written here before the first
 * render, with the value Mantine will write (a session starts on the OS's scheme, see
 * `sessionColorSchemeManager`), Mantine's write changes nothing.
 */
export function markOsColorScheme(): void {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  document.documentElement.setAttribute('data-mantine-color-scheme', dark ? 'dark' : 'light');
}

export const mantineScheme = (scheme: ColorScheme): MantineColorScheme => (scheme === 'system' ? 'auto' : scheme);

/** Applies the colour scheme of the settings whenever they change (Settings, another window, the CLI). */
export function ColorSchemeFromSettings({ scheme }: { scheme: ColorScheme | undefined }) {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    // Mantine writes the scheme on <html>, which restyles the whole page even when it stays the same.
    if (scheme && mantineScheme(scheme) !== colorScheme) setColorScheme(mantineScheme(scheme));
  }, [scheme, colorScheme, setColorScheme]);
  return null;
}
