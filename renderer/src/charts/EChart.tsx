import { Box } from '@mantine/core';
import type { EChartsOption } from 'echarts';
import { BarChart, CustomChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { type EChartsType, init, use as registerEChartsParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';

// Only what the builders in shared/charts use, so the bundle stays small. SVG: crisp on a projector,
// sharp when zoomed, and no canvas or inline script for the content security policy to object to.
registerEChartsParts([
  RadarChart,
  BarChart,
  LineChart,
  ScatterChart,
  CustomChart,
  GridComponent,
  RadarComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * One chart from an option builder. Screen readers get `summary` (the figures in words) instead of the
 * drawing; the chart follows its box's size and is replaced in place when the option changes.
 */
export function EChart({
  option,
  summary,
  height,
  testId,
  style,
}: {
  option: EChartsOption;
  /** What the chart shows, in a sentence or a list of figures: the accessible name of the image. */
  summary: string;
  height: number | string;
  testId?: string;
  style?: CSSProperties;
}) {
  const container = useRef<HTMLDivElement | null>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: the option is the whole truth (a series that disappeared must go), replaced in one frame.
    chart.current?.setOption(option, { notMerge: true, lazyUpdate: false });
  }, [option]);

  return (
    <Box
      ref={container}
      role="img"
      aria-label={summary}
      data-testid={testId}
      // Print scales the drawn SVG to the page (app/global.css).
      data-chart=""
      h={height}
      w="100%"
      style={{ minWidth: 0, ...style }}
    />
  );
}
