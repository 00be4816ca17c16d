import type { AppInfo, ResolvedSettings, Settings } from '../../shared/domain/schemas';
import { readSetting, writeSetting } from '../db/repositories/settings';
import type { ServiceContext } from './context';

export function getSettings(ctx: ServiceContext): ResolvedSettings {
  const language = readSetting<Settings['language']>(ctx.db, 'language') ?? null;
  return { language, effectiveLanguage: language ?? ctx.osLanguage };
}

export function updateSettings(ctx: ServiceContext, patch: Partial<Settings>): ResolvedSettings {
  ctx.db.transaction(() => {
    if (patch.language !== undefined) writeSetting(ctx.db, 'language', patch.language);
  })();
  return getSettings(ctx);
}

export function appInfo(ctx: ServiceContext): AppInfo {
  return {
    version: ctx.version,
    databasePath: ctx.databasePath,
    transport: ctx.transport === 'ipc' ? 'ipc' : 'bridge',
    osLanguage: ctx.osLanguage,
  };
}
