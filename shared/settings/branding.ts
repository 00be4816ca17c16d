import { z } from 'zod';
import { LOGO_MAX_BYTES, type LogoType } from './logo';

/**
 * The consultant's firm in its reports: name, primary colour, font and logo (Settings → Report branding).
 * The logo travels and is stored apart from the other settings: it is bytes, up to 2 MB, and only the
 * Settings page and the report read it.
 */

/** Fonts every Word user has (Windows and Microsoft 365 on the Mac); Word substitutes a missing one. */
export const REPORT_FONTS = [
  'Calibri',
  'Aptos',
  'Arial',
  'Cambria',
  'Georgia',
  'Garamond',
  'Segoe UI',
  'Verdana',
] as const;
export type ReportFont = (typeof REPORT_FONTS)[number];

export const AccentColour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'invalid_colour')
  // One spelling, so "#1F4E79" and "#1f4e79" are the same setting and compare equal in the form.
  .transform((s) => s.toLowerCase());

export const Branding = z.object({
  /** On the cover and in the footer; '' leaves it out. */
  firmName: z.string().trim().max(200),
  /** `#rrggbb`: the cover, headings and the client's series in charts. */
  accent: AccentColour,
  font: z.enum(REPORT_FONTS),
});
export type Branding = z.output<typeof Branding>;

/** A sober dark blue that prints well in colour and in grey. */
export const DEFAULT_BRANDING: Branding = { firmName: '', accent: '#1f4e79', font: 'Calibri' };

/**
 * Room for the base64 of a file somewhat over the 2 MB limit, so such a file is told it is too large (by
 * `inspectLogo`, in the user's terms) rather than that a text field is too long.
 */
export const LOGO_MAX_BASE64 = Math.ceil((LOGO_MAX_BYTES * 1.1) / 3) * 4;

export const LogoUpload = z.object({
  fileName: z.string().trim().min(1).max(260),
  contentBase64: z.base64().max(LOGO_MAX_BASE64),
});
export type LogoUpload = z.input<typeof LogoUpload>;

/** The logo as stored (settings key `branding.logo`) and as the Settings page previews it. */
export interface StoredLogo {
  fileName: string;
  type: LogoType;
  width: number;
  height: number;
  dataBase64: string;
}

/**
 * What the Settings page is shown. `problem`: the stored bytes no longer pass inspection (the database
 * was edited by hand); reports then go without the logo and the page asks for another file.
 */
export interface LogoPreview extends StoredLogo {
  problem: 'corrupt' | 'unsupported_type' | null;
}
