import { Button, Group, Modal, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A yes/no question before something that cannot be undone; the safe choice has the focus. */
export function ConfirmModal({
  opened,
  title,
  body,
  confirmLabel,
  busy = false,
  confirmColor = 'red',
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: ReactNode;
  body?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** Red for what destroys; the accent for a weighty step that keeps everything (finalize). */
  confirmColor?: string;
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {body && (
        <Text size="sm" mb="lg">
          {body}
        </Text>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color={confirmColor} onClick={onConfirm} loading={busy}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
