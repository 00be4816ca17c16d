import { z } from 'zod';
import { Country, Language } from '../domain/primitives';
import { MAX_K, MIN_K } from '../pool/statistics';
import { Branding } from './branding';

/** What `settings.get` answers when a setting was never changed. */
export const SETTING_DEFAULTS = {
  /** Scoring a question moves on to the next one, so a question takes one key instead of two. */
  workshopAutoAdvance: true,
  /** The workshop screen starts in its ordinary colours; the room asks for the projector theme. */
  workshopProjectorTheme: false,
  /** The screen follows the operating system's light or dark mode until the consultant picks one. */
  colorScheme: 'system',
  /** The country new clients are in unless the consultant picks another. */
  firmCountry: 'NL',
} as const;

export const COLOR_SCHEMES = ['system', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export const Settings = z.object({
  /** null: follow the operating system's locale. */
  language: Language.nullable(),
  /**
   * The benchmark's anonymity threshold k: comparison groups and blocks with fewer records are suppressed,
   * exports keep every combination at k or more. Default 5, never below 3.
   */
  benchmarkK: z.number().int().min(MIN_K).max(MAX_K),
  /** Firm name, colour and font of exported reports; the logo has operations of its own. */
  branding: Branding,
  /** On the workshop screen, a score (or n/a) moves the focus to the next question of the block. */
  workshopAutoAdvance: z.boolean(),
  /**
   * The workshop screen in high contrast for a washed-out projector. Kept with the settings rather than in
   * the browser, whose storage the loopback bridge loses with every new port.
   */
  workshopProjectorTheme: z.boolean(),
  /** Light or dark screens, or as the operating system says; kept here for the same reason as the above. */
  colorScheme: z.enum(COLOR_SCHEMES),
  /** The firm's own country: the country picker's default for a new client. */
  firmCountry: Country,
});
export type Settings = z.output<typeof Settings>;

/** What `settings.update` takes: any of the settings, and any of the branding's fields on their own. */
export const SettingsPatch = Settings.partial().extend({ branding: Branding.partial().optional() });
export type SettingsPatch = z.output<typeof SettingsPatch>;

export interface ResolvedSettings extends Settings {
  effectiveLanguage: z.output<typeof Language>;
}

export interface AppInfo {
  version: string;
  databasePath: string;
  transport: 'ipc' | 'bridge';
  osLanguage: z.output<typeof Language>;
}
