import { z } from 'zod';
import { Language } from '../domain/primitives';
import { MAX_K, MIN_K } from '../pool/statistics';
import { Branding } from './branding';

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
