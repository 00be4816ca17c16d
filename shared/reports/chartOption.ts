import type { EChartsOption } from 'echarts';
import { answerDistribution } from '../charts/answerDistribution';
import { benchmarkBars } from '../charts/benchmarkBars';
import { blockBars } from '../charts/blockBars';
import { blockRadar } from '../charts/blockRadar';
import { type ChartStyle, chartStyle } from '../charts/chartStyle';
import { keyResultTrend } from '../charts/keyResultTrend';
import { perceptionGaps } from '../charts/perceptionGaps';
import { pyramidChart } from '../charts/pyramidChart';
import { roadmapTimeline } from '../charts/roadmapTimeline';
import { roundDeltas } from '../charts/roundDeltas';
import { shiftsChart } from '../charts/shiftsChart';
import type { Language } from '../domain/identifiers';
import { decimalFormatter } from './format';
import type { ChartSpec, ReportBranding } from './model';

/** The ECharts option of a report chart: the same builder the screen uses, with the report's style. */
export function chartOption(spec: ChartSpec, style: ChartStyle): EChartsOption {
  switch (spec.builder) {
    case 'blockRadar':
      return blockRadar(spec.input, style);
    case 'blockBars':
      return blockBars(spec.input, style);
    case 'benchmarkBars':
      return benchmarkBars(spec.input, style);
    case 'perceptionGaps':
      return perceptionGaps(spec.input, style);
    case 'pyramidChart':
      return pyramidChart(spec.input, style);
    case 'shiftsChart':
      return shiftsChart(spec.input, style);
    case 'roundDeltas':
      return roundDeltas(spec.input, style);
    case 'roadmapTimeline':
      return roadmapTimeline(spec.input, style);
    case 'answerDistribution':
      return answerDistribution(spec.input, style);
    case 'keyResultTrend':
      return keyResultTrend(spec.input, style);
  }
}

/**
 * Charts on paper: the firm's colour and font, print greys, no animation, numbers with the report
 * language's decimal separator. Slightly larger type than the screen, because the image is scaled down
 * to the text width.
 */
export function reportChartStyle(branding: Pick<ReportBranding, 'accent' | 'font'>, language: Language): ChartStyle {
  return chartStyle({
    accent: branding.accent,
    onAccent: '#ffffff',
    muted: '#868e96',
    track: '#e9ecef',
    text: '#212529',
    subtleText: '#495057',
    gridLine: '#ced4da',
    fontFamily: `${branding.font}, 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif`,
    fontSize: 13,
    animation: false,
    formatNumber: decimalFormatter(language),
  });
}
