import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/clients/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';

/**
 * Hard delete removes the client with its contacts and engagements, so it asks for the client's name
 * to be typed (the server checks it again): a stray Enter can never delete a client.
 */
export function DeleteClientModal({
  client,
  opened,
  onClose,
  onDeleted,
}: {
  client: Client;
  opened: boolean;
  onClose(): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const remove = useApiMutation('clients.delete');
  const matches = typed.trim() === client.name;
  const mismatch = typed.trim() !== '' && !client.name.startsWith(typed.trim());

  const close = () => {
    setTyped('');
    onClose();
  };

  const confirm = () => {
    if (!matches) return;
    remove.mutate(
      { id: client.id, confirm: typed.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('clients.deleted', { name: client.name }));
          setTyped('');
          onDeleted();
        },
        onError: (error) => notifyFailure(t, error),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('clients.deleteTitle', { name: client.name })} size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm">{t('clients.deleteBody')}</Text>
          <TextInput
            label={t('clients.deleteConfirmLabel')}
            description={client.name}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            error={mismatch ? t('clients.deleteConfirmMismatch') : undefined}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={remove.isPending}>
              {t('clients.deleteForever')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
