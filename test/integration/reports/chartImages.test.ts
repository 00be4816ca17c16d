import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { reportChartStyle } from '../../../shared/reports/chartOption';
import type { ReportBlock } from '../../../shared/reports/model';
import { resolveChartFonts } from '../../../main/reports/docx/chartFonts';
import { chartSvg, clearChartImageCache, renderChartImages } from '../../../main/reports/docx/chartImages';
import { inspectLogo } from '../../../shared/settings/logo';
import { sampleReportNl } from './sampleReport';

const model = sampleReportNl();
const style = reportChartStyle(model.branding, 'nl');
const charts = model.body
  .filter((b): b is Extract<ReportBlock, { kind: 'chart' }> => b.kind === 'chart')
  .map((b) => ({ id: b.id, spec: b.chart, width: b.width, height: b.height }));

/** The size of an intact PNG, else null. */
function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const found = inspectLogo(png);
  return found.ok && found.type === 'png' ? { width: found.width, height: found.height } : null;
}

/** Pixels of a PNG made by `encodePng` (RGBA, filter 0) that are clearly not white or light grey. */
function inkPixels(png: Uint8Array): number {
  const size = pngSize(png);
  if (!size) throw new Error('not a PNG');
  const chunks: Buffer[] = [];
  let pos = 8;
  const view = Buffer.from(png);
  while (pos < view.length) {
    const length = view.readUInt32BE(pos);
    if (view.toString('latin1', pos + 4, pos + 8) === 'IDAT') chunks.push(view.subarray(pos + 8, pos + 8 + length));
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  let ink = 0;
  for (let y = 0; y < size.height; y++) {
    for (let x = 0; x < size.width; x++) {
      const i = y * (size.width * 4 + 1) + 1 + x * 4;
      if ((raw[i] ?? 255) + (raw[i + 1] ?? 255) + (raw[i + 2] ?? 255) < 300) ink++;
    }
  }
  return ink;
}

describe('chart pictures', () => {
  it('draws every chart builder to SVG with its text, in valid XML despite quoted font names', () => {
    for (const chart of charts) {
      const svg = chartSvg(chart.spec, style, chart.width, chart.height);
      expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+"/);
      expect(svg).toContain('<text');
      // ECharts writes the font family into a double-quoted attribute unescaped.
      for (const attribute of svg.matchAll(/style="([^"]*)"/g)) expect(attribute[1]).not.toContain('"');
      expect(svg).not.toMatch(/zr\d+-cls/);
    }
    const radar = chartSvg(charts[0]!.spec, style, 640, 520);
    expect(radar).toContain('B4 Betrokkenheid van');
    expect(chartSvg(charts[0]!.spec, style, 640, 520)).toBe(radar);
  });

  it('finds real fonts once, so text is drawn without scanning the system', () => {
    const fonts = resolveChartFonts();
    expect(fonts.loadSystemFonts).toBe(false);
    expect(fonts.files.length).toBeGreaterThan(0);
    expect(fonts.defaultFamily).not.toBe('');
  });

  it('falls back to the system fonts where none of the candidates exists', () => {
    expect(resolveChartFonts('linux', () => false)).toEqual({ files: [], defaultFamily: '', loadSystemFonts: true });
    const windows = resolveChartFonts('win32', (file) => /arial/i.test(file));
    expect(windows.defaultFamily).toBe('Arial');
    expect(windows.files.map((f) => f.split(/[\\/]/).pop())).toEqual(['arial.ttf', 'arialbd.ttf']);
  });

  it('rasterises every chart at twice its size, with text in ink (fonts were found)', async () => {
    clearChartImageCache();
    const images = await renderChartImages(charts, style, { cache: false });
    expect([...images.keys()]).toEqual(charts.map((c) => c.id));
    for (const chart of charts) {
      const image = images.get(chart.id);
      if (!image?.ok) throw new Error(`${chart.id} failed: ${image?.ok === false ? image.error : 'missing'}`);
      expect(pngSize(image.png)).toEqual({ width: chart.width * 2, height: chart.height * 2 });
      expect({ width: image.width, height: image.height }).toEqual({ width: chart.width, height: chart.height });
    }
    // The pyramid without fonts would still draw its bands; with fonts its labels add ink.
    const pyramid = charts.find((c) => c.id === 'pyramid')!;
    const withText = images.get('pyramid');
    const noText = await renderChartImages(
      [
        {
          ...pyramid,
          spec: {
            builder: 'pyramidChart',
            input: { levels: [], labels: { reached: '', notReached: '', noScore: '' } },
          },
        },
      ],
      style,
      { cache: false },
    );
    expect(withText?.ok && inkPixels(withText.png)).toBeGreaterThan(5000);
    const empty = noText.get('pyramid');
    expect(empty?.ok && inkPixels(empty.png)).toBe(0);
  });

  it('renders the same pictures chart after chart as concurrently', async () => {
    const serial = await renderChartImages(charts.slice(0, 3), style, { cache: false, concurrency: 1 });
    const pooled = await renderChartImages(charts.slice(0, 3), style, { cache: false, concurrency: 3 });
    for (const [id, image] of serial) expect(pooled.get(id)).toEqual(image);
  });

  it('reuses a picture of an identical chart from the cache, unless the cache is off', async () => {
    clearChartImageCache();
    const first = await renderChartImages(charts.slice(0, 1), style);
    const second = await renderChartImages(charts.slice(0, 1), style);
    const cold = await renderChartImages(charts.slice(0, 1), style, { cache: false });
    const a = first.get('radar');
    const b = second.get('radar');
    const c = cold.get('radar');
    if (!a?.ok || !b?.ok || !c?.ok) throw new Error('radar failed');
    expect(b.png).toBe(a.png);
    expect(c.png).not.toBe(a.png);
    expect(c.png).toEqual(a.png);
  });

  it('returns a chart that throws as failed, and the others as drawn', async () => {
    const images = await renderChartImages(
      [{ id: 'broken', spec: { builder: 'nope' } as never, width: 300, height: 200 }, charts[1]!],
      style,
    );
    expect(images.get('broken')).toMatchObject({ ok: false });
    expect(images.get(charts[1]!.id)).toMatchObject({ ok: true });
    const sizes = await renderChartImages(
      [
        { ...charts[1]!, id: 'empty', width: 0 },
        { ...charts[1]!, id: 'huge', height: 100_000 },
      ],
      style,
    );
    expect(sizes.get('empty')).toMatchObject({ ok: false });
    expect(sizes.get('huge')).toMatchObject({ ok: false, error: 'A chart of 640 × 100000 pixels cannot be drawn.' });
  });
});
