import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { chartStyle } from '../../../shared/charts/chartStyle';
import { sxDefault } from '../../../shared/frameworks/sxDefault';

/** Renders an option the way a report will (server-side, to an SVG string). */
export function renderSvg(option: EChartsOption, width = 640, height = 420): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Every number in an option (functions skipped), to look for NaN and Infinity. */
export function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

const dutch = (value: number, digits: number) =>
  new Intl.NumberFormat('nl', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

export const style = chartStyle({ accent: '#1a4d8f', muted: '#8a8f94', formatNumber: dutch });

export const blocks = sxDefault.blocks.map((b) => ({ id: b.id, label: `${b.id} ${b.name.en}` }));

/** Series of an option by type, typed loosely for assertions. */
export function seriesOf(option: EChartsOption): Array<Record<string, unknown> & { data?: unknown[] }> {
  const series = option.series;
  return (Array.isArray(series) ? series : series ? [series] : []) as Array<
    Record<string, unknown> & { data?: unknown[] }
  >;
}
