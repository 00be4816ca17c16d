import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/client';
import { dismissConfirmation, notifyFailure, notifySuccess } from '../../app/notify';

/**
 * "Archived Acme — Undo". Rendered by the notifications host, which lives inside the app's providers,
 * so Undo works even after the user has left the client's page.
 */
export function ArchivedToast({ toastId, clientId, name }: { toastId: string; clientId: string; name: string }) {
  const { t } = useTranslation();
  const restore = useApiMutation('clients.restore');
  const undo = () =>
    restore.mutate(
      { id: clientId },
      {
        onSuccess: () => {
          notifications.hide(toastId);
          notifySuccess(t('clients.restored', { name }));
        },
        onError: (error) => notifyFailure(t, error),
      },
    );
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
        {t('clients.archived', { name })}
      </Text>
      <Button size="compact-sm" variant="light" onClick={undo} loading={restore.isPending}>
        {t('common.undo')}
      </Button>
    </Group>
  );
}

let toastCounter = 0;

/** Shows the archive confirmation with its Undo; it stays long enough to be noticed and used. */
export function showArchivedToast(clientId: string, name: string): void {
  toastCounter += 1;
  dismissConfirmation();
  const toastId = `archived-${clientId}-${toastCounter}`;
  notifications.show({
    id: toastId,
    message: <ArchivedToast toastId={toastId} clientId={clientId} name={name} />,
    autoClose: 8000,
    withBorder: true,
  });
}
