import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { errorSentence } from './errorText';

/**
 * Toasts: short confirmations that fade, and failures that stay until read. Only the latest
 * confirmation shows, so a burst of saves never stacks up and pushes an Undo or an error out of view.
 */

let latestConfirmation: string | null = null;

export function notifySuccess(message: ReactNode): string {
  if (latestConfirmation) notifications.hide(latestConfirmation);
  latestConfirmation = notifications.show({ message, color: 'teal', autoClose: 4000, withBorder: true });
  return latestConfirmation;
}

/** Makes room for a toast that must be seen (one with an Undo). */
export function dismissConfirmation(): void {
  if (latestConfirmation) notifications.hide(latestConfirmation);
  latestConfirmation = null;
}

/** Something the user must know although the action succeeded; stays until read. */
export function notifyWarning(message: ReactNode): string {
  return notifications.show({ message, color: 'orange', autoClose: false, withBorder: true });
}

export function notifyFailure(t: TFunction, error: unknown): string {
  return notifications.show({
    message: errorSentence(t, error),
    color: 'red',
    autoClose: false,
    withBorder: true,
  });
}
