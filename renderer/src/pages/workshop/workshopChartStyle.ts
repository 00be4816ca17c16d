import { useMemo } from 'react';
import type { ChartStyle } from '../../../../shared/charts/chartStyle';
import { useChartStyle } from '../../charts/useChartStyle';

/** Black, near-black and a deep blue: what stays legible when a projector washes colours out. */
export const PROJECTOR_CHART_COLOURS = {
  accent: '#1e3a8a',
  text: '#000000',
  subtleText: '#1a1a1a',
  muted: '#333333',
  gridLine: '#8a8a8a',
} as const satisfies Partial<ChartStyle>;

/** The workbench's chart style, in the projector theme's colours when that theme is on. */
export function useWorkshopChartStyle(projector: boolean, fontSize: number): ChartStyle {
  const base = useChartStyle({ fontSize });
  return useMemo(() => (projector ? { ...base, ...PROJECTOR_CHART_COLOURS } : base), [base, projector]);
}
