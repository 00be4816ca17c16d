import type { settingsOperations } from '../../shared/settings/operations';
import type { HandlersOf } from '../api/handlers';
import * as branding from './branding';
import { appInfo, getSettings, updateSettings } from './settings';

export const settingsHandlers: HandlersOf<typeof settingsOperations> = {
  'app.info': (_, ctx) => appInfo(ctx),
  'settings.get': (_, ctx) => getSettings(ctx),
  'settings.update': (input, ctx) => updateSettings(ctx, input),
  'settings.logo': (_, ctx) => branding.logoPreview(ctx),
  'settings.setLogo': ({ fileName, contentBase64 }, ctx) =>
    branding.setLogo(ctx, { fileName, content: Buffer.from(contentBase64, 'base64') }),
  'settings.removeLogo': (_, ctx) => branding.removeLogo(ctx),
};
