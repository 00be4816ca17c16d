import { Alert, Badge, Button, Grid, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countText } from '../../../../shared/dossier/count';
import type { Dossier, DossierPart } from '../../../../shared/dossier/schemas';
import { isApiFailure, useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { IconAlert } from '../../ui/icons';
import { PartEvidence } from './PartEvidence';

/** The service's refusal of a text over its limit, with the numbers it counted. */
interface Refusal {
  count: number;
  limit: number;
  unit: 'characters' | 'words';
}

function refusalOf(error: unknown): Refusal | null {
  if (!isApiFailure(error) || error.code !== 'invalid_input') return null;
  const { count, limit, unit } = error.error.details ?? {};
  if (typeof count !== 'number' || typeof limit !== 'number') return null;
  return { count, limit, unit: unit === 'words' ? 'words' : 'characters' };
}

/**
 * One part's editor: its text with the live count against the scheme's limit (characters or words, as the
 * scheme counts them — the same count the service applies), the guidance beside it in the UI language, and
 * the evidence linked to it. A text over the limit can be kept as a draft but the service refuses to save it;
 * the refusal shows the service's own count and limit.
 */
export function PartEditor({
  dossier,
  part,
  value,
  onChange,
  onAddEvidence,
}: {
  dossier: Dossier;
  part: DossierPart;
  /** The draft, or the saved text when there is none. */
  value: string;
  onChange(text: string): void;
  onAddEvidence(partId: string): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const save = useApiMutation('dossier.setText');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const unit = part.limit?.unit ?? 'characters';
  const count = countText(value, unit);
  const over = part.limit !== null && count > part.limit.max;
  const dirty = value !== part.text;

  const submit = () => {
    setRefusal(null);
    save.mutate(
      { engagementId: dossier.engagementId, partId: part.id, text: value },
      {
        onSuccess: () => notifySuccess(t('dossierTab.part.saved')),
        onError: (error) => {
          const refused = refusalOf(error);
          if (refused) setRefusal(refused);
          else notifyFailure(t, error);
        },
      },
    );
  };

  // `replace` carries the formatted numbers (1.200 in Dutch); i18next would print `count` as 1200.
  const countLabel = part.limit
    ? t(`dossier.units.${part.limit.unit}`, {
        count,
        max: format.number(part.limit.max),
        replace: { count: format.number(count), max: format.number(part.limit.max) },
      })
    : t('dossierTab.part.noLimit', { count, replace: { count: format.number(count) } });

  return (
    <Stack gap="md" data-testid="part-editor" data-part={part.id}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={2} size="h3">
          {part.title[language]}
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t(part.required ? 'dossierTab.part.required' : 'dossierTab.part.optional')}
          </Badge>
          <Badge variant="light" color={part.status === 'complete' ? 'teal' : 'gray'} data-testid="part-status">
            {t(`dossier.statuses.${part.status}`)}
          </Badge>
        </Group>
      </Group>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xs">
            <Textarea
              label={t('dossierTab.part.text', { part: part.title[language] })}
              value={value}
              onChange={(event) => {
                onChange(event.currentTarget.value);
                if (refusal) setRefusal(null);
              }}
              onKeyDown={(event) => {
                if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
                  event.preventDefault();
                  submit();
                }
              }}
              autosize
              minRows={10}
              maxRows={28}
              description={
                <Text span size="xs" c={over ? 'red.8' : 'dimmed'} fw={over ? 600 : undefined} data-testid="part-count">
                  {countLabel}
                </Text>
              }
              error={
                over && part.limit
                  ? t('dossierTab.part.over', { over: format.number(count - part.limit.max) })
                  : undefined
              }
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data-testid="part-text"
            />
            {refusal && (
              <Alert color="red" variant="light" icon={<IconAlert />} role="alert" data-testid="part-refused">
                {t('dossierTab.part.refused', {
                  count: refusal.count,
                  limit: format.number(refusal.limit),
                  unit: t(`dossier.unitNames.${refusal.unit}`),
                  replace: {
                    count: format.number(refusal.count),
                    limit: format.number(refusal.limit),
                    unit: t(`dossier.unitNames.${refusal.unit}`),
                  },
                })}
              </Alert>
            )}
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {dirty ? t('dossierTab.part.unsaved') : ''}
              </Text>
              <Button onClick={submit} loading={save.isPending} disabled={!dirty} data-testid="part-save">
                {t('dossierTab.part.save')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder radius="md" p="md" component="aside" aria-labelledby={`guidance-${part.id}`}>
            <Text fw={600} size="sm" mb={6} id={`guidance-${part.id}`}>
              {t('dossierTab.part.guidance')}
            </Text>
            <Text size="sm" data-testid="part-guidance">
              {part.guidance[language]}
            </Text>
          </Paper>
        </Grid.Col>
      </Grid>
      <PartEvidence dossier={dossier} part={part} onAdd={() => onAddEvidence(part.id)} />
    </Stack>
  );
}
