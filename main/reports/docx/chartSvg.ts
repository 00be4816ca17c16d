import type { EChartsOption } from 'echarts';
import { BarChart, CustomChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent } from 'echarts/components';
import { init, use as registerEChartsParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartStyle } from '../../../shared/charts/chartStyle';
import { chartOption } from '../../../shared/reports/chartOption';
import type { ChartSpec } from '../../../shared/reports/model';

// Only what the report's builders draw (shared/charts), so a bundle carries a fraction of ECharts. Tooltips
// are left out on purpose: paper has no pointer, and the option's `tooltip` is removed before drawing.
registerEChartsParts([
  RadarChart,
  BarChart,
  CustomChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  RadarComponent,
  SVGRenderer,
]);

/**
 * ECharts writes the font family unescaped into `style="…"` attributes of its SVG, so the double quotes of
 * `"Liberation Sans"` (or a `<`/`&` in a firm's font name) make the document invalid XML and resvg refuses
 * it. Single quotes are just as good in CSS.
 */
function svgSafe(style: ChartStyle): ChartStyle {
  return { ...style, fontFamily: style.fontFamily.replaceAll('"', "'").replace(/[<>&]/g, '') };
}

/** The option as a still picture: no animation (SSR would capture its first frame), no tooltip. */
function printable(option: EChartsOption): EChartsOption {
  const { tooltip: _tooltip, ...rest } = option;
  return { ...rest, animation: false };
}

/**
 * ECharts names its hover classes after a process-wide instance counter (`zr12-cls-3`), so the same chart
 * drawn twice gives two different SVGs. Numbered by first appearance instead, equal charts are equal
 * strings: pictures can be cached by content and documents compared.
 */
function canonical(svg: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-cls-\d+\b/g, (name) => {
    let renamed = names.get(name);
    if (!renamed) names.set(name, (renamed = `c${names.size}`));
    return renamed;
  });
}

/**
 * A report chart as an SVG document of `width` × `height` CSS pixels, drawn by ECharts' server-side renderer
 * from the same builder the screen uses.
 */
export function chartSvg(spec: ChartSpec, style: ChartStyle, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(printable(chartOption(spec, svgSafe(style))));
    return canonical(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
