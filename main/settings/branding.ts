import { z } from 'zod';
import { AppError } from '../../shared/api/result';
import {
  Branding,
  DEFAULT_BRANDING,
  type LogoPreview,
  type ReportFont,
  type StoredLogo,
} from '../../shared/settings/branding';
import { inspectLogo, LOGO_TYPES, type LogoProblem, type LogoType } from '../../shared/settings/logo';
import { auditDetails, auditSubject } from '../api/writeScope';
import { deleteSetting, readSetting, writeSetting } from '../db/settingsStore';
import type { ServiceContext } from '../api/context';
import type { ReportAssets, ReportBranding } from '../../shared/reports/model';

/**
 * Report branding: firm name, colour and font as three settings, the logo as a fourth holding its bytes.
 * Every read forgives what a hand-edited database may hold — an unknown font, a colour Word cannot use,
 * a logo whose bytes were damaged — by falling back (and saying so for the logo) instead of failing the
 * report that needs it.
 */

const FIELD_KEYS = { firmName: 'branding.firmName', accent: 'branding.accent', font: 'branding.font' } as const;
const LOGO_KEY = 'branding.logo';

/** What a report needs: the settings, and the logo's bytes only when they are still a usable image. */
export interface ReportBrandingSource {
  firmName: string;
  accent: string;
  font: ReportFont;
  logo: { type: LogoType; width: number; height: number; data: Uint8Array } | null;
  /** Why a stored logo is left out; null when there is none or it is fine. */
  logoProblem: 'corrupt' | 'unsupported_type' | null;
}

/** A value present but not even JSON (typed into the file by hand). */
const UNREADABLE = Symbol('unreadable');

/** A stored value; undefined when missing. */
function readLenient(ctx: ServiceContext, key: string): unknown {
  try {
    return readSetting<unknown>(ctx.db, key);
  } catch {
    return UNREADABLE;
  }
}

export function brandingSettings(ctx: ServiceContext): Branding {
  const field = <K extends keyof Branding>(key: K): Branding[K] => {
    const parsed = Branding.shape[key].safeParse(readLenient(ctx, FIELD_KEYS[key]));
    return parsed.success ? (parsed.data as Branding[K]) : DEFAULT_BRANDING[key];
  };
  return { firmName: field('firmName'), accent: field('accent'), font: field('font') };
}

/** Writes the fields given (already validated); the caller holds the transaction. */
export function writeBranding(ctx: ServiceContext, patch: Partial<Branding>): void {
  for (const key of Object.keys(FIELD_KEYS) as (keyof Branding)[]) {
    const value = patch[key];
    if (value !== undefined) writeSetting(ctx.db, FIELD_KEYS[key], value);
  }
}

// ---- Logo ---------------------------------------------------------------------------------------------

const StoredLogoShape = z.object({
  fileName: z.string(),
  type: z.enum(LOGO_TYPES),
  width: z.number(),
  height: z.number(),
  dataBase64: z.string(),
});

/** English, for logs and the CLI; the Settings page says it in the user's language from the code. */
const PROBLEM_SENTENCES: Record<LogoProblem, string> = {
  empty: 'the file is empty',
  too_large: 'the file is larger than 2 MB',
  unsupported_type:
    'it is not a PNG, JPEG or SVG image (an SVG may not contain scripts or refer to other files or websites)',
  corrupt: 'the file is damaged or incomplete',
};

/** The stored logo as found, with its bytes judged again. */
type StoredState =
  | { kind: 'none' }
  | { kind: 'unreadable'; fileName: string }
  | { kind: 'stored'; logo: StoredLogo; data: Uint8Array; inspection: ReturnType<typeof inspectLogo> };

function storedLogo(ctx: ServiceContext): StoredState {
  const raw = readLenient(ctx, LOGO_KEY);
  if (raw === undefined || raw === null) return { kind: 'none' };
  const parsed = StoredLogoShape.safeParse(raw);
  if (!parsed.success) {
    const fileName = typeof raw === 'object' ? (raw as { fileName?: unknown }).fileName : undefined;
    return { kind: 'unreadable', fileName: typeof fileName === 'string' ? fileName : '' };
  }
  const data = new Uint8Array(Buffer.from(parsed.data.dataBase64, 'base64'));
  return { kind: 'stored', logo: parsed.data, data, inspection: inspectLogo(data) };
}

/** Reports know two kinds of trouble: bytes that are no image any more, and an image of a refused kind. */
const storedProblem = (problem: LogoProblem): 'corrupt' | 'unsupported_type' =>
  problem === 'unsupported_type' ? problem : 'corrupt';

/** For the Settings page's preview. */
export function logoPreview(ctx: ServiceContext): LogoPreview | null {
  const state = storedLogo(ctx);
  if (state.kind === 'none') return null;
  if (state.kind === 'unreadable') {
    return { fileName: state.fileName, type: 'png', width: 0, height: 0, dataBase64: '', problem: 'corrupt' };
  }
  const { inspection, logo } = state;
  return inspection.ok
    ? { ...logo, type: inspection.type, width: inspection.width, height: inspection.height, problem: null }
    : { ...logo, problem: storedProblem(inspection.problem) };
}

/**
 * Stores a logo judged by its content, replacing the one before. A refused file changes nothing and is
 * `invalid_input` with the problem as a field code (`logo_corrupt`, …) for the form to translate.
 */
export function setLogo(
  ctx: ServiceContext,
  input: { fileName: string; content: Uint8Array },
): Omit<StoredLogo, 'dataBase64'> {
  const { fileName, content } = input;
  const found = inspectLogo(content);
  if (!found.ok) {
    const sentence = PROBLEM_SENTENCES[found.problem];
    throw new AppError('invalid_input', `The logo "${fileName}" was refused: ${sentence}. The current logo is kept.`, {
      fields: [{ path: 'contentBase64', code: `logo_${found.problem}`, message: sentence }],
    });
  }
  const logo: StoredLogo = {
    fileName,
    type: found.type,
    width: found.width,
    height: found.height,
    dataBase64: Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('base64'),
  };
  writeSetting(ctx.db, LOGO_KEY, logo);
  auditSubject(ctx.db, LOGO_KEY);
  auditDetails(ctx.db, { fileName, type: found.type, bytes: content.byteLength });
  return { fileName, type: found.type, width: found.width, height: found.height };
}

export function removeLogo(ctx: ServiceContext): { removed: boolean } {
  auditSubject(ctx.db, LOGO_KEY);
  return { removed: deleteSetting(ctx.db, LOGO_KEY) };
}

/**
 * Branding for a report, never throwing: the logo's bytes are judged again here, so a logo damaged in the
 * database file is left out with `logoProblem` (for the report's warnings) rather than breaking Word.
 */
export function reportBranding(ctx: ServiceContext): ReportBrandingSource {
  const { firmName, accent, font } = brandingSettings(ctx);
  const state = storedLogo(ctx);
  if (state.kind === 'none') return { firmName, accent, font, logo: null, logoProblem: null };
  if (state.kind === 'stored' && state.inspection.ok) {
    const { type, width, height } = state.inspection;
    return { firmName, accent, font, logo: { type, width, height, data: state.data }, logoProblem: null };
  }
  const logoProblem =
    state.kind === 'stored' && !state.inspection.ok ? storedProblem(state.inspection.problem) : 'corrupt';
  ctx.log('warn', 'The stored report logo cannot be used; reports go without it', { logoProblem });
  return { firmName, accent, font, logo: null, logoProblem };
}

/**
 * The branding as a document model holds it (the logo's size only) and the logo's bytes beside it, which
 * the Word renderer reads: one split for the management report, the roadmap and the dossier.
 */
export function documentBranding(branding: ReportBrandingSource): { branding: ReportBranding; assets: ReportAssets } {
  const { firmName, accent, font, logo } = branding;
  return {
    branding: {
      firmName,
      accent,
      font,
      logo: logo ? { type: logo.type, width: logo.width, height: logo.height } : null,
    },
    assets: { logo: logo ? { type: logo.type, data: logo.data } : null },
  };
}
