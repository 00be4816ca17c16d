import { createHash } from 'node:crypto';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { ChartStyle } from '../../../shared/charts/chartStyle';
import type { ChartSpec } from '../../../shared/reports/model';
import { resvgFontOptions } from './chartFonts';
import { chartSvg } from './chartSvg';
import { encodePng } from './pngEncode';

export { chartSvg } from './chartSvg';

/**
 * Report charts as PNG pictures for Word: ECharts draws each to SVG (`chartSvg`), resvg rasterises it at
 * print resolution with real fonts. A chart that fails is reported as failed, never thrown, so one bad
 * chart costs the report a figure and not the export.
 */

export interface ChartRequest {
  id: string;
  spec: ChartSpec;
  /** The drawing size in CSS pixels (96 per inch), as in the report model. */
  width: number;
  height: number;
}

export type RenderedChart =
  | {
      ok: true;
      png: Uint8Array;
      /** The drawing size in CSS pixels (the PNG itself has `scale` times as many). */
      width: number;
      height: number;
    }
  | { ok: false; error: string };

export interface ChartImageOptions {
  /**
   * Pixels per CSS pixel. 2 puts a 640 px chart placed 16 cm wide at ≈ 200 dpi, the usual minimum for
   * print; each step up costs rasterising and PNG encoding time quadratically.
   */
  scale?: number;
  /** Reuse pictures of identical SVGs (a re-export after a text edit); off to measure cold rendering. */
  cache?: boolean;
  /**
   * Charts rasterised at once on libuv's thread pool. 1 rasterises on the calling thread, chart after chart;
   * more overlaps one chart's rasterising with the next one's ECharts drawing (see `renderChartImages`).
   */
  concurrency?: number;
}

export const DEFAULT_CHART_SCALE = 2;
const DEFAULT_CONCURRENCY = 2;
const CACHE_LIMIT = 64;
/** A drawing larger than this is a mistake in the model, and would cost hundreds of megabytes of pixels. */
const MAX_SIDE = 2000;

/** PNGs by SVG content and scale, oldest first (a Map keeps insertion order), at most CACHE_LIMIT. */
const cache = new Map<string, Uint8Array>();

export function clearChartImageCache(): void {
  cache.clear();
}

function cacheKey(svg: string, scale: number): string {
  return `${createHash('sha1').update(svg).digest('base64')}@${scale}`;
}

function remember(key: string, png: Uint8Array): void {
  cache.delete(key);
  cache.set(key, png);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
}

export function resvgOptions(scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: scale },
    // Charts are drawn for white paper (viewers in dark mode would show transparency as black), and an
    // opaque picture is what `encodePng` needs.
    background: '#ffffff',
    font: resvgFontOptions(),
    logLevel: 'off',
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the results in order. */
async function inPool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/**
 * Every chart of a report as a PNG, by id. With `concurrency` above 1 the SVGs are drawn on this thread while
 * resvg rasterises earlier ones on the thread pool (its `renderAsync`); PNGs are compressed there too.
 */
export async function renderChartImages(
  charts: ChartRequest[],
  style: ChartStyle,
  options: ChartImageOptions = {},
): Promise<Map<string, RenderedChart>> {
  const scale = options.scale ?? DEFAULT_CHART_SCALE;
  const useCache = options.cache ?? true;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const resvg = resvgOptions(scale);

  const renderOne = async (chart: ChartRequest): Promise<RenderedChart> => {
    try {
      const { width, height } = chart;
      if (!(width >= 1 && height >= 1 && width <= MAX_SIDE && height <= MAX_SIDE)) {
        throw new Error(`A chart of ${width} × ${height} pixels cannot be drawn.`);
      }
      const svg = chartSvg(chart.spec, style, width, height);
      const key = useCache ? cacheKey(svg, scale) : null;
      let png = key ? cache.get(key) : undefined;
      if (key && png) remember(key, png);
      else {
        const image = concurrency > 1 ? await renderAsync(svg, resvg) : new Resvg(svg, resvg).render();
        png = await encodePng(image.width, image.height, image.pixels);
        if (key) remember(key, png);
      }
      return { ok: true, png, width, height };
    } catch (error) {
      return { ok: false, error: message(error) };
    }
  };

  const rendered = await inPool(charts, concurrency, renderOne);
  return new Map(charts.map((chart, i) => [chart.id, rendered[i] as RenderedChart]));
}
