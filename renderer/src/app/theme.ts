import { createTheme, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';
import { readableShade } from './readableColours';

const LIGHT_FILLED_SHADE = 8;

/**
 * Calm and dense: neutral greys, one accent (later the firm's colour from Settings), system fonts only
 * (the workbench is offline; no font files are fetched). Red, amber and green are kept for meaning.
 */
export const theme: MantineThemeOverride = createTheme({
  primaryColor: 'indigo',
  // Shade 8 in light mode: the accent text on its light tint (active navigation, badges) reaches 4.5:1.
  primaryShade: { light: LIGHT_FILLED_SHADE, dark: 5 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  // Users who ask their OS for less motion get no sliding modals or toasts (and e2e runs ask for it too).
  respectReducedMotion: true,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '600' },
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm' } },
    MultiSelect: { defaultProps: { size: 'sm' } },
    Modal: { defaultProps: { centered: true, size: 'lg', overlayProps: { backgroundOpacity: 0.35, blur: 1 } } },
    Badge: { defaultProps: { radius: 'sm', fw: 600 } },
  },
});

/**
 * Text that reaches WCAG AA (4.5:1) wherever Mantine puts it, which its defaults do not:
 * - help text and secondary figures ("dimmed") in a grey that keeps 4.5:1 against the page, table headers
 *   and hover rows — 5.8:1 on white in the light theme, 6.2:1 on the dark theme's page (Mantine's own grey
 *   gives 3.3:1 and washes out on a projector);
 * - coloured text (`c="green"`) and light badges and alerts in a shade readable on white and on the badge's
 *   tint (Mantine's teal badge text is 3.5:1, its yellow 2.3:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': '#5f666d' };
  for (const [name, palette] of Object.entries(resolved.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    const text = readableShade(palette, LIGHT_FILLED_SHADE);
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-light-color`] = text;
  }
  return { variables: {}, light, dark: { '--mantine-color-dimmed': '#a3a3a3' } };
};
