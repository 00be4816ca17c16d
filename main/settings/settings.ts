import { DEFAULT_K, MIN_K } from '../../shared/pool/statistics';
import { COUNTRIES } from '../../shared/domain/identifiers';
import {
  type AppInfo,
  COLOR_SCHEMES,
  type ResolvedSettings,
  SETTING_DEFAULTS,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings/schemas';
import { auditDetails, auditSubject } from '../api/writeScope';
import { readSetting, writeSetting } from '../db/settingsStore';
import { brandingSettings, writeBranding } from './branding';
import type { ServiceContext } from '../api/context';

export function getSettings(ctx: ServiceContext): ResolvedSettings {
  const language = readSetting<Settings['language']>(ctx.db, 'language') ?? null;
  return {
    language,
    effectiveLanguage: language ?? ctx.osLanguage,
    benchmarkK: benchmarkK(ctx),
    branding: brandingSettings(ctx),
    workshopAutoAdvance: flag(ctx, 'workshop.autoAdvance', SETTING_DEFAULTS.workshopAutoAdvance),
    workshopProjectorTheme: flag(ctx, 'workshop.projectorTheme', SETTING_DEFAULTS.workshopProjectorTheme),
    colorScheme: oneOf(ctx, 'ui.colorScheme', COLOR_SCHEMES, SETTING_DEFAULTS.colorScheme),
    firmCountry: oneOf(ctx, 'firm.country', COUNTRIES, SETTING_DEFAULTS.firmCountry),
  };
}

/** A setting from a fixed list; anything else in the file (a hand edit, an older build) reads as the default. */
function oneOf<T extends string>(ctx: ServiceContext, key: string, allowed: readonly T[], fallback: T): T {
  const value = readSetting<unknown>(ctx.db, key);
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

/** A yes/no setting; anything but a boolean in the file (a hand edit, an older build) reads as the default. */
function flag(ctx: ServiceContext, key: string, fallback: boolean): boolean {
  const value = readSetting<unknown>(ctx.db, key);
  return typeof value === 'boolean' ? value : fallback;
}

/** The benchmark's minimum group size k: the setting, or 5; never below 3 whatever the file holds. */
export function benchmarkK(ctx: ServiceContext): number {
  const k = readSetting<unknown>(ctx.db, 'benchmark.k');
  return typeof k === 'number' && Number.isInteger(k) && k >= MIN_K ? k : DEFAULT_K;
}

export function updateSettings(ctx: ServiceContext, patch: SettingsPatch): ResolvedSettings {
  auditSubject(ctx.db, Object.keys(patch).sort().join(',') || '-');
  if (patch.language !== undefined) writeSetting(ctx.db, 'language', patch.language);
  if (patch.benchmarkK !== undefined) {
    const from = benchmarkK(ctx);
    writeSetting(ctx.db, 'benchmark.k', patch.benchmarkK);
    // Who lowered the anonymity threshold, and when, is worth keeping.
    if (from !== patch.benchmarkK) auditDetails(ctx.db, { benchmarkK: { from, to: patch.benchmarkK } });
  }
  if (patch.branding) writeBranding(ctx, patch.branding);
  if (patch.workshopAutoAdvance !== undefined) writeSetting(ctx.db, 'workshop.autoAdvance', patch.workshopAutoAdvance);
  if (patch.workshopProjectorTheme !== undefined) {
    writeSetting(ctx.db, 'workshop.projectorTheme', patch.workshopProjectorTheme);
  }
  if (patch.colorScheme !== undefined) writeSetting(ctx.db, 'ui.colorScheme', patch.colorScheme);
  if (patch.firmCountry !== undefined) writeSetting(ctx.db, 'firm.country', patch.firmCountry);
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
