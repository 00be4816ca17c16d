import { AppError } from '../../shared/api/result';
import type { BundleRefusal } from '../../shared/bundles/schemas';

/** A bundle refused: `invalid_input` with the reason in `details.bundle` (the UI says it in words). */
export function refuse(reason: BundleRefusal, message: string, entry?: string): never {
  throw new AppError('invalid_input', `${message} Nothing was imported.`, {
    bundle: reason,
    ...(entry !== undefined ? { entry } : {}),
  });
}
