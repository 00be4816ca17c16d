import type { TFunction } from 'i18next';
import { ERROR_CODES } from '../../../shared/api/result';
import { TEAM_PROBLEMS } from '../../../shared/team/problems';
import { isApiFailure } from '../api/client';

/**
 * The sentence a consultant reads for a failed action: translated from the error code, never the
 * English log message or a stack. Transport trouble gets its own sentence (is the service running?).
 */
export function errorSentence(t: TFunction, error: unknown): string {
  if (isApiFailure(error)) {
    if (error.error.details?.network === true) return t('errors.network');
    // The team server names what went wrong (unreachable, refused login, …); details fill its sentence.
    const reason = error.error.details?.reason;
    if (
      error.code === 'team_server' &&
      typeof reason === 'string' &&
      (TEAM_PROBLEMS as readonly string[]).includes(reason)
    ) {
      const say = t as unknown as (key: string, options: object) => string;
      return say(`team.errors.${reason}`, error.error.details ?? {});
    }
    const code = (ERROR_CODES as readonly string[]).includes(error.code) ? error.code : 'internal';
    return t(`errors.${code}`);
  }
  return t('errors.internal');
}
