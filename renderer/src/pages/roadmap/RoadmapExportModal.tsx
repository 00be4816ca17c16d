import { Alert, Button, Group, Input, Modal, Progress, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useIsMutating } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../../shared/clients/schemas';
import { calendarDate } from '../../../../shared/domain/calendar';
import { type Language, LANGUAGES } from '../../../../shared/domain/identifiers';
import { roadmapFileName } from '../../../../shared/reports/roadmap';
import { ROADMAP_EXPORT_FORMATS, type RoadmapExportFormat } from '../../../../shared/roadmap/schemas';
import { useApiMutation, useApiQuery } from '../../api/client';
import { errorSentence } from '../../app/errorText';
import { downloadBytes } from '../../files/fileTransfer';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { IconAlert, IconCheck, IconDownload } from '../../ui/icons';

const TYPES: Record<RoadmapExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type Done = { fileName: string; size: number; path: string | null; warnings: string[] };

/** The roadmap as Word or Excel: in the desktop app through the Save dialog, in the browser as a download. */
function ExportForm({ engagement, onClose }: { engagement: Engagement; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const uiLanguage = useLanguage();
  const info = useApiQuery('app.info', {}, { staleTime: Number.POSITIVE_INFINITY });
  const [kind, setKind] = useState<RoadmapExportFormat>('docx');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [done, setDone] = useState<Done | null>(null);
  const build = useApiMutation('roadmap.export');
  const save = useApiMutation('roadmap.save');
  const desktop = info.data?.transport === 'ipc';
  const pending = build.isPending || save.isPending;
  const error = build.error ?? save.error;
  const fileName = useMemo(
    () =>
      roadmapFileName(
        {
          language,
          generatedOn: calendarDate(new Date()),
          engagement: { title: engagement.title, clientName: engagement.clientName, lead: engagement.lead },
        },
        kind,
      ),
    [language, kind, engagement],
  );

  const submit = () => {
    const request = { engagementId: engagement.id, format: kind, language };
    build.reset();
    save.reset();
    if (desktop) {
      save.mutate(request, {
        onSuccess: (r) => {
          if (r.saved) setDone({ fileName: r.fileName, size: r.size, path: r.path, warnings: r.warnings });
          else save.reset();
        },
      });
    } else {
      build.mutate(request, {
        onSuccess: (r) => {
          downloadBytes(r.fileName, r.contentBase64, TYPES[kind]);
          setDone({ fileName: r.fileName, size: r.size, path: null, warnings: r.warnings });
        },
      });
    }
  };

  if (done) {
    return (
      <Stack gap="md" data-testid="roadmap-export-done">
        <Alert color="teal" variant="light" icon={<IconCheck />} data-testid="roadmap-export-result">
          {done.path
            ? t('roadmap.exportDialog.saved', { file: done.fileName })
            : t('roadmap.exportDialog.downloaded', {
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
            {t('roadmap.exportDialog.another')}
          </Button>
          <Button onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" data-testid="roadmap-export-form">
      <Radio.Group
        label={t('roadmap.exportDialog.format')}
        value={kind}
        onChange={(v) => setKind(v as RoadmapExportFormat)}
      >
        <Stack gap="xs" mt={6}>
          {ROADMAP_EXPORT_FORMATS.map((f) => (
            <Radio
              key={f}
              value={f}
              label={t(`roadmap.exportDialog.formats.${f}`)}
              description={t(`roadmap.exportDialog.formatHelp.${f}`)}
              disabled={pending}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Input.Wrapper label={t('roadmap.exportDialog.language')}>
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
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {t('roadmap.exportDialog.fileName')}
        </Text>
        <Text size="sm" ff="monospace" data-testid="roadmap-export-filename" style={{ overflowWrap: 'anywhere' }}>
          {fileName}
        </Text>
      </Stack>
      {error && !pending && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          {errorSentence(t, error)}
        </Alert>
      )}
      {pending && (
        <Stack gap={6} role="status">
          <Progress
            value={100}
            animated
            striped
            size="lg"
            radius="xl"
            aria-label={t('roadmap.exportDialog.building')}
          />
          <Text size="sm" c="dimmed">
            {desktop ? t('roadmap.exportDialog.saving') : t('roadmap.exportDialog.building')}
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
          data-testid="roadmap-export-submit"
        >
          {t('roadmap.exportDialog.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function RoadmapExportModal({
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
    useIsMutating({ mutationKey: ['roadmap.export'] }) + useIsMutating({ mutationKey: ['roadmap.save'] }) > 0;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('roadmap.exportDialog.title')}
      size="lg"
      closeOnClickOutside={!busy}
      closeOnEscape={!busy}
      withCloseButton={!busy}
    >
      {opened && <ExportForm engagement={engagement} onClose={onClose} />}
    </Modal>
  );
}
