import { Badge, Button, CloseButton, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dossier, DossierPart } from '../../../../shared/dossier/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure } from '../../app/notify';
import { IconAlert, IconPlus } from '../../ui/icons';
import { evidenceNumber } from './dossierOutline';

/** The evidence linked to one part: unlink, link from the register, or add a new file for it. */
export function PartEvidence({ dossier, part, onAdd }: { dossier: Dossier; part: DossierPart; onAdd(): void }) {
  const { t } = useTranslation();
  const link = useApiMutation('evidence.link');
  const unlink = useApiMutation('evidence.unlink');
  const linked = dossier.evidence.filter((e) => part.evidence.includes(e.id));
  const others = dossier.evidence.filter((e) => !part.evidence.includes(e.id));
  const onError = (error: unknown) => notifyFailure(t, error);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`evidence-of-${part.id}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600} size="sm" id={`evidence-of-${part.id}`}>
            {t('dossierTab.part.evidence')}
          </Text>
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={onAdd}>
            {t('dossierTab.part.addEvidence')}
          </Button>
        </Group>
        {part.needsEvidence && linked.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('dossierTab.part.needsEvidence')}
          </Text>
        )}
        {linked.length === 0 && !part.needsEvidence && (
          <Text size="sm" c="dimmed">
            {t('dossierTab.part.noEvidence')}
          </Text>
        )}
        {linked.length > 0 && (
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="part-evidence">
            {linked.map((e) => {
              const name = `${evidenceNumber(e.number)} ${e.title}`;
              return (
                <Group key={e.id} component="li" gap="xs" justify="space-between" wrap="nowrap">
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">{name}</Text>
                    {e.file !== 'ok' && (
                      <Badge color="red" variant="light" leftSection={<IconAlert size={12} />}>
                        {t(`dossier.fileStates.${e.file}`)}
                      </Badge>
                    )}
                  </Group>
                  <CloseButton
                    aria-label={t('dossierTab.part.unlink', { evidence: name })}
                    onClick={() => unlink.mutate({ id: e.id, partId: part.id }, { onError })}
                  />
                </Group>
              );
            })}
          </Stack>
        )}
        {others.length > 0 && (
          <Select
            label={t('dossierTab.part.link')}
            placeholder={t('dossierTab.part.linkPlaceholder')}
            data={others.map((e) => ({ value: e.id, label: `${evidenceNumber(e.number)} ${e.title}` }))}
            value={null}
            onChange={(id) => id && link.mutate({ id, partId: part.id }, { onError })}
            searchable
            maw={420}
          />
        )}
      </Stack>
    </Paper>
  );
}
