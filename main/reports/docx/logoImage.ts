import { Resvg } from '@resvg/resvg-js';
import { inspectLogo } from '../../../shared/settings/logo';
import type { ReportAssets, ReportBranding } from '../../../shared/reports/model';
import { resvgFontOptions } from './chartFonts';
import { CSS_PX_PER_CM } from './pageLayout';

/**
 * The firm's logo as a picture Word can show, sized for the cover: PNG and JPEG go in as they are once
 * their bytes check out; SVG (which older Word cannot show) is rasterised first. A logo that cannot be used
 * is left out with a problem for the caller to report; it never stops the export.
 */
export interface LogoPicture {
  type: 'png' | 'jpg';
  data: Uint8Array;
  /** The size on the page, in CSS pixels (what docx calls pixels). */
  width: number;
  height: number;
}

export type LogoProblem = 'logo_missing' | 'logo_unreadable';

export interface PreparedLogo {
  picture: LogoPicture | null;
  problem: { code: LogoProblem; detail: string } | null;
}

/** The box the logo is fitted into on the cover: at most 6 × 3 cm. */
const MAX_WIDTH = 6 * CSS_PX_PER_CM;
const MAX_HEIGHT = 3 * CSS_PX_PER_CM;
/** An SVG logo is rasterised at ≈ 300 dpi for the box's width. */
const SVG_RASTER_WIDTH = 720;

export function fitLogo(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(MAX_WIDTH / width, MAX_HEIGHT / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

interface PixelSize {
  width: number;
  height: number;
}

function usable(size: { width: number; height: number } | null | undefined): size is PixelSize {
  return !!size && Number.isFinite(size.width) && Number.isFinite(size.height) && size.width > 0 && size.height > 0;
}

function rasterise(svg: Uint8Array): { data: Uint8Array; size: PixelSize } | null {
  try {
    const image = new Resvg(Buffer.from(svg.buffer, svg.byteOffset, svg.byteLength), {
      fitTo: { mode: 'width', value: SVG_RASTER_WIDTH },
      font: resvgFontOptions(),
      logLevel: 'off',
    }).render();
    if (!image.width || !image.height) return null;
    return { data: image.asPng(), size: { width: image.width, height: image.height } };
  } catch {
    return null;
  }
}

const unreadable = (detail: string): PreparedLogo => ({ picture: null, problem: { code: 'logo_unreadable', detail } });

export function prepareLogo(asset: ReportAssets['logo'], declared: ReportBranding['logo']): PreparedLogo {
  if (!declared) return { picture: null, problem: null };
  if (!asset || asset.data.byteLength === 0) {
    return {
      picture: null,
      problem: { code: 'logo_missing', detail: 'The model names a logo but no bytes came with it.' },
    };
  }
  // The bytes decide what the picture is (the same check as when the logo was chosen in Settings): a logo
  // saved as .png that is really a JPEG is still a fine logo.
  const found = inspectLogo(asset.data);
  if (!found.ok) return unreadable(`The logo (declared ${asset.type}) cannot be used: ${found.problem}.`);
  let type: LogoPicture['type'];
  let data = asset.data;
  let pixels: PixelSize;
  if (found.type === 'svg') {
    const raster = rasterise(data);
    if (!raster) return unreadable('The SVG logo could not be drawn.');
    type = 'png';
    data = raster.data;
    pixels = raster.size;
  } else {
    type = found.type;
    pixels = found;
  }
  // The model's size is the logo's intended shape (an SVG's viewBox, say); the pixels are the fallback.
  const shape = usable(declared) ? declared : pixels;
  return { picture: { type, data, ...fitLogo(shape.width, shape.height) }, problem: null };
}
