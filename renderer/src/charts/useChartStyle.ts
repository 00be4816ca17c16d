import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { type ChartStyle, chartStyle } from '../../../shared/charts/chartStyle';
import { useFormat } from '../i18n/format';

/**
 * The chart style of the screen: the theme's accent (later the firm's colour from Settings), greys that
 * read on the light and the dark theme, the UI font, and numbers in the UI language.
 */
export function useChartStyle(overrides: Partial<ChartStyle> = {}): ChartStyle {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const format = useFormat();
  const { accent, fontSize, animation, onAccent } = overrides;
  return useMemo(() => {
    const dark = scheme === 'dark';
    const primary = theme.colors[theme.primaryColor] ?? theme.colors.indigo;
    const gray = theme.colors.gray;
    const shade = (palette: readonly string[] | undefined, i: number) => palette?.[i] ?? '#868e96';
    return chartStyle({
      accent: accent ?? shade(primary, dark ? 4 : 7),
      onAccent: onAccent ?? '#ffffff',
      muted: shade(gray, dark ? 5 : 6),
      track: dark ? shade(theme.colors.dark, 4) : shade(gray, 2),
      text: dark ? shade(theme.colors.dark, 0) : shade(gray, 9),
      subtleText: dark ? shade(theme.colors.dark, 1) : shade(gray, 7),
      gridLine: dark ? shade(theme.colors.dark, 4) : shade(gray, 3),
      // Blue and orange, not green and red: colour-blind viewers tell them apart (chartStyle.ts).
      positive: shade(theme.colors.blue, dark ? 4 : 8),
      negative: shade(theme.colors.orange, dark ? 5 : 9),
      fontFamily: theme.fontFamily ?? 'system-ui, sans-serif',
      fontSize: fontSize ?? 12,
      animation: animation ?? false,
      formatNumber: (value, digits) => format.decimal(value, digits),
    });
  }, [theme, scheme, format, accent, fontSize, animation, onAccent]);
}
