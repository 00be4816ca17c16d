import { Button, Checkbox, Group, Modal, PasswordInput, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Engagement } from '../../../../shared/clients/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { downloadBytes } from '../../files/fileTransfer';

const MIN_PASSPHRASE = 8;

/**
 * One client as a `.sxwb` bundle: the engagements to take (all at first), and optionally a passphrase,
 * typed twice — a mistyped one would lock the consultant out of their own file.
 */
export function ExportBundleModal({
  client,
  engagements,
  opened,
  onClose,
}: {
  client: Client;
  engagements: Engagement[];
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('bundles.export.title', { name: client.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <ExportBundleForm client={client} engagements={engagements} onClose={onClose} />}
    </Modal>
  );
}

function ExportBundleForm({
  client,
  engagements,
  onClose,
}: {
  client: Client;
  engagements: Engagement[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(engagements.map((e) => e.id));
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const exportBundle = useApiMutation('bundles.export');

  const noneChosen = engagements.length > 0 && chosen.length === 0;
  const tooShort = encrypt && passphrase.length < MIN_PASSPHRASE;
  const mismatch = encrypt && again !== passphrase;

  const submit = () => {
    setTried(true);
    if (noneChosen || tooShort || mismatch) return;
    exportBundle.mutate(
      {
        clientId: client.id,
        engagementIds: engagements.length > 0 ? chosen : undefined,
        passphrase: encrypt ? passphrase : undefined,
      },
      {
        onSuccess: (result) => {
          downloadBytes(result.fileName, result.contentBase64, 'application/octet-stream');
          notifySuccess(t('bundles.export.done', { file: result.fileName }));
          onClose();
        },
        onError: (error) => notifyFailure(t, error),
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
    >
      <Stack gap="md">
        <Text size="sm">{t('bundles.export.help')}</Text>
        {engagements.length === 0 ? (
          <Text size="sm">{t('bundles.export.noEngagements')}</Text>
        ) : (
          <Checkbox.Group
            label={t('bundles.export.engagements')}
            value={chosen}
            onChange={setChosen}
            error={tried && noneChosen ? t('bundles.export.chooseOne') : undefined}
          >
            <Stack gap={6} mt={6}>
              {engagements.map((e) => (
                <Checkbox key={e.id} value={e.id} label={e.title} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Switch
          label={t('bundles.export.encrypt')}
          description={t('bundles.export.encryptHint')}
          checked={encrypt}
          onChange={(event) => setEncrypt(event.currentTarget.checked)}
        />
        {encrypt && (
          <Group grow align="flex-start">
            <PasswordInput
              label={t('bundles.export.passphrase')}
              value={passphrase}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
              error={tried && tooShort ? t('bundles.export.passphraseShort') : undefined}
              autoComplete="new-password"
            />
            <PasswordInput
              label={t('bundles.export.passphraseAgain')}
              value={again}
              onChange={(event) => setAgain(event.currentTarget.value)}
              error={tried && !tooShort && mismatch ? t('bundles.export.passphraseMismatch') : undefined}
              autoComplete="new-password"
            />
          </Group>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={exportBundle.isPending}>
            {t('bundles.export.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
