import type { TFunction } from 'i18next';
import { ERROR_CODES } from '../../../shared/api/result';
import { isApiFailure } from '../api/client';

/**
 * The sentence a consultant reads for a failed action: translated from the error code, never the
 * English log message or a stack. Transport trouble gets its own sentence (is the service running?).
 */
export function errorSentence(t: TFunction, error: unknown): string {
  if (isApiFailure(error)) {
    if (error.error.details?.network === true) return t('errors.network');
    const code = (ERROR_CODES as readonly string[]).includes(error.code) ? error.code : 'internal';
    return t(`errors.${code}`);
  }
  return t('errors.internal');
}
