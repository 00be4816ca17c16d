import { Alert, Button, Group, Input, Modal, Progress, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useIsMutating } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../../shared/clients/schemas';
import { type Language, LANGUAGES } from '../../../../shared/domain/identifiers';
import { isApiFailure, useApiMutation, useApiQuery } from '../../api/client';
import { errorSentence } from '../../app/errorText';
import { downloadBytes } from '../../files/fileTransfer';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { IconAlert, IconCheck, IconDownload } from '../../ui/icons';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const KINDS = ['docx', 'zip'] as const;
type Kind = (typeof KINDS)[number];

type Done = { kind: Kind; fileName: string; size: number; evidence: number; warnings: string[] };

/**
 * The dossier as Word (a download, in the browser and the desktop app alike) or the submission package,
 * which the desktop app writes through its Save dialog: the package holds every linked evidence file, too
 * much to pass through the page as one download.
 */
function ExportForm({ engagement, onClose }: { engagement: Engagement; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const uiLanguage = useLanguage();
  const info = useApiQuery('app.info', {}, { staleTime: Number.POSITIVE_INFINITY });
  const desktop = info.data?.transport === 'ipc';
  const [kind, setKind] = useState<Kind>('docx');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [done, setDone] = useState<Done | null>(null);
  const build = useApiMutation('dossier.export');
  const pack = useApiMutation('dossier.package');
  const pending = build.isPending || pack.isPending;
  const error = build.error ?? pack.error;

  const submit = () => {
    const request = { engagementId: engagement.id, language };
    build.reset();
    pack.reset();
    if (kind === 'zip') {
      pack.mutate(request, {
        onSuccess: (r) => {
          if (r.saved)
            setDone({ kind, fileName: r.fileName, size: r.size, evidence: r.evidence, warnings: r.warnings });
        },
      });
      return;
    }
    build.mutate(request, {
      onSuccess: (r) => {
        downloadBytes(r.fileName, r.contentBase64, DOCX);
        setDone({ kind, fileName: r.fileName, size: r.size, evidence: 0, warnings: r.warnings });
      },
    });
  };

  if (done) {
    return (
      <Stack gap="md" data-testid="dossier-export-done">
        <Alert color="teal" variant="light" icon={<IconCheck />} data-testid="dossier-export-result">
          {done.kind === 'zip'
            ? t('dossierTab.export.saved', { file: done.fileName, count: done.evidence })
            : t('dossierTab.export.downloaded', {
                file: done.fileName,
                size: format.number(Math.max(1, Math.round(done.size / 1024))),
              })}
        </Alert>
        {done.warnings.map((w) => (
          <Alert key={w} color="yellow" variant="light" icon={<IconAlert />}>
            {w}
          </Alert>
        ))}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setDone(null)}>
            {t('dossierTab.export.another')}
          </Button>
          <Button onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" data-testid="dossier-export-form">
      <Radio.Group label={t('dossierTab.export.format')} value={kind} onChange={(v) => setKind(v as Kind)}>
        <Stack gap="xs" mt={6}>
          {KINDS.map((k) => (
            <Radio
              key={k}
              value={k}
              label={t(`dossierTab.export.formats.${k}`)}
              description={
                k === 'zip' && !desktop ? t('dossierTab.export.zipDesktopOnly') : t(`dossierTab.export.formatHelp.${k}`)
              }
              disabled={pending || (k === 'zip' && !desktop)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Input.Wrapper label={t('dossierTab.export.language')}>
        <div>
          <SegmentedControl
            mt={6}
            value={language}
            onChange={(v) => setLanguage(v as Language)}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            disabled={pending}
          />
        </div>
      </Input.Wrapper>
      {error && !pending && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          {isApiFailure(error) && error.code === 'conflict' && kind === 'zip'
            ? t('dossierTab.export.conflict')
            : errorSentence(t, error)}
        </Alert>
      )}
      {pending && (
        <Stack gap={6} role="status">
          <Progress value={100} animated striped size="lg" radius="xl" aria-label={t('dossierTab.export.building')} />
          <Text size="sm" c="dimmed">
            {kind === 'zip' ? t('dossierTab.export.packaging') : t('dossierTab.export.building')}
          </Text>
        </Stack>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose} disabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={submit}
          loading={pending}
          disabled={info.data === undefined}
          leftSection={<IconDownload size={16} />}
          data-testid="dossier-export-submit"
        >
          {t('dossierTab.export.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function DossierExportModal({
  opened,
  engagement,
  onClose,
}: {
  opened: boolean;
  engagement: Engagement;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const busy =
    useIsMutating({ mutationKey: ['dossier.export'] }) + useIsMutating({ mutationKey: ['dossier.package'] }) > 0;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('dossierTab.export.title')}
      size="lg"
      closeOnClickOutside={!busy}
      closeOnEscape={!busy}
      withCloseButton={!busy}
    >
      {opened && <ExportForm engagement={engagement} onClose={onClose} />}
    </Modal>
  );
}
