import { Nothing } from '../domain/primitives';
import { command, query } from '../api/operation';
import { type LogoPreview, LogoUpload, type StoredLogo } from './branding';
import { type AppInfo, type ResolvedSettings, SettingsPatch } from './schemas';

export const settingsOperations = {
  'app.info': query<AppInfo>()({ input: Nothing, reads: ['settings'] }),
  'settings.get': query<ResolvedSettings>()({ input: Nothing, reads: ['settings'] }),
  'settings.update': command<ResolvedSettings>()({ input: SettingsPatch, writes: ['settings'], audit: 'settings' }),
  /** The report logo with its bytes, for the Settings page's preview; null when none is set. */
  'settings.logo': query<LogoPreview | null>()({ input: Nothing, reads: ['settings'] }),
  /**
   * A PNG, JPEG or SVG of at most 2 MB, judged by its content; a refused file is `invalid_input` with a
   * `contentBase64` field problem `logo_<problem>` (e.g. `logo_unsupported_type`), and the stored logo stays.
   */
  'settings.setLogo': command<Omit<StoredLogo, 'dataBase64'>>()({
    input: LogoUpload,
    writes: ['settings'],
    audit: 'settings',
  }),
  'settings.removeLogo': command<{ removed: boolean }>()({ input: Nothing, writes: ['settings'], audit: 'settings' }),
};
