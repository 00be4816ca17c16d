import { createTheme, type MantineThemeOverride } from '@mantine/core';

/**
 * Calm and dense: neutral greys, one accent (later the firm's colour from Settings), system fonts only
 * (the workbench is offline; no font files are fetched). Red, amber and green are kept for meaning.
 */
export const theme: MantineThemeOverride = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
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
