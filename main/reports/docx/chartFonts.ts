import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * The fonts resvg draws chart text with. resvg has no fonts of its own: without any, every label and figure
 * silently disappears from the PNG. Scanning all system fonts costs a directory walk and a parse of every
 * font file on each render (hundreds of files on Windows), so a few well-known files are looked up once and
 * handed over by path; the system scan is only the fallback for machines that have none of them.
 */
export interface ChartFonts {
  files: string[];
  /** A family that is certainly among `files`: what resvg draws text in when no family in the SVG matches. */
  defaultFamily: string;
  /** True when none of the candidates exists and resvg has to scan the system's fonts itself. */
  loadSystemFonts: boolean;
}

interface Candidate {
  family: string;
  /** Regular first; bold so figures drawn at weight 600 are not faked from the regular face. */
  files: string[];
}

function candidates(platform: NodeJS.Platform): Candidate[] {
  if (platform === 'win32') {
    const dir = path.join(process.env.SystemRoot ?? process.env.windir ?? 'C:\\Windows', 'Fonts');
    return [
      { family: 'Calibri', files: ['calibri.ttf', 'calibrib.ttf'] },
      { family: 'Arial', files: ['arial.ttf', 'arialbd.ttf'] },
      { family: 'Segoe UI', files: ['segoeui.ttf', 'segoeuib.ttf'] },
    ].map((c) => ({ ...c, files: c.files.map((f) => path.join(dir, f)) }));
  }
  if (platform === 'darwin') {
    return [
      {
        family: 'Arial',
        files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'],
      },
      { family: 'Arial', files: ['/Library/Fonts/Arial.ttf', '/Library/Fonts/Arial Bold.ttf'] },
      { family: 'Helvetica', files: ['/System/Library/Fonts/Helvetica.ttc'] },
    ];
  }
  // Debian/Ubuntu paths first (CI and the development machines), then Fedora's.
  return [
    {
      family: 'Liberation Sans',
      files: [
        '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
        '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
      ],
    },
    {
      family: 'Liberation Sans',
      files: [
        '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
        '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
      ],
    },
    {
      family: 'Liberation Sans',
      files: [
        '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
        '/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf',
      ],
    },
    {
      family: 'DejaVu Sans',
      files: [
        '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
        '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
      ],
    },
    {
      family: 'DejaVu Sans',
      files: [
        '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
        '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf',
      ],
    },
  ];
}

/**
 * Every candidate family that exists (first regular face found wins), so the firm's font is used when it
 * is one of them (Calibri on Windows) and the others remain as fallbacks for characters it lacks.
 */
export function resolveChartFonts(
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = existsSync,
): ChartFonts {
  const files: string[] = [];
  const families: string[] = [];
  for (const candidate of candidates(platform)) {
    if (families.includes(candidate.family)) continue;
    const [regular, ...others] = candidate.files;
    if (!regular || !exists(regular)) continue;
    families.push(candidate.family);
    files.push(regular, ...others.filter(exists));
  }
  const defaultFamily = families[0];
  return defaultFamily
    ? { files, defaultFamily, loadSystemFonts: false }
    : { files: [], defaultFamily: '', loadSystemFonts: true };
}

let resolved: ChartFonts | null = null;

/** Looked up once per process: the fonts on a machine do not change while a report is exported. */
export function chartFonts(): ChartFonts {
  resolved ??= resolveChartFonts();
  return resolved;
}

/** resvg's font settings for report pictures (charts, an SVG logo). */
export function resvgFontOptions(): NonNullable<ResvgRenderOptions['font']> {
  const fonts = chartFonts();
  return fonts.loadSystemFonts
    ? { loadSystemFonts: true }
    : { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.defaultFamily };
}
