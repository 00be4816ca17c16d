import { ActionIcon, Badge, Box, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, EvidenceItem } from '../../../../shared/dossier/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconAlert, IconPencil, IconPlus, IconTrash } from '../../ui/icons';
import { evidenceNumber } from './dossierOutline';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * The evidence register: every file with its metadata, the parts it is linked to, and a flag when the file
 * went missing or changed on disk. A file dropped on the register opens the add dialog with it.
 */
export function EvidenceRegister({
  dossier,
  onAdd,
  onEdit,
  onOpenPart,
}: {
  dossier: Dossier;
  onAdd(file: File | null): void;
  onEdit(item: EvidenceItem): void;
  onOpenPart(partId: string): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [dragging, setDragging] = useState(false);
  const [removing, setRemoving] = useState<EvidenceItem | null>(null);
  const remove = useApiMutation('evidence.remove');
  const name = (e: EvidenceItem) => `${evidenceNumber(e.number)} ${e.title}`;

  const drop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onAdd(file);
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="evidence-register-title">
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id="evidence-register-title">
          {t('dossierTab.evidence.title')}
        </Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => onAdd(null)} data-testid="evidence-add">
          {t('dossierTab.evidence.add')}
        </Button>
      </Group>
      <Paper
        withBorder
        radius="md"
        p="md"
        onDragOver={(event) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        style={dragging ? { borderStyle: 'dashed', borderColor: 'var(--mantine-primary-color-filled)' } : undefined}
        data-testid="evidence-register"
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {dragging ? t('dossierTab.evidence.dropHere') : t('dossierTab.evidence.help')}
          </Text>
          {dossier.evidence.length === 0 ? (
            <Text size="sm">{t('dossierTab.evidence.none')}</Text>
          ) : (
            <Box style={{ overflowX: 'auto' }}>
              <Table verticalSpacing="xs" striped={false} highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('dossierTab.evidence.columns.number')}</Table.Th>
                    <Table.Th>{t('dossierTab.evidence.columns.title')}</Table.Th>
                    <Table.Th>{t('dossierTab.evidence.columns.type')}</Table.Th>
                    <Table.Th>{t('dossierTab.evidence.columns.date')}</Table.Th>
                    <Table.Th>{t('dossierTab.evidence.columns.validUntil')}</Table.Th>
                    <Table.Th>{t('dossierTab.evidence.columns.confidentiality')}</Table.Th>
                    <Table.Th>{t('dossierTab.evidence.columns.parts')}</Table.Th>
                    <Table.Th>{t('dossierTab.evidence.columns.file')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('dossierTab.evidence.columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {dossier.evidence.map((e) => (
                    <Table.Tr key={e.id} data-testid="evidence-row" data-evidence={e.id} data-file={e.file}>
                      <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{evidenceNumber(e.number)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{e.title}</Text>
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {e.fileName}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`dossier.evidenceTypes.${e.type}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(e.date)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(e.validUntil)}</Table.Td>
                      <Table.Td>{t(`dossier.confidentiality.${e.confidentiality}`)}</Table.Td>
                      <Table.Td>
                        {e.parts.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            {t('dossierTab.evidence.unlinked')}
                          </Text>
                        ) : (
                          <Group gap={4}>
                            {e.parts.map((p) => (
                              <Badge
                                key={p}
                                component="button"
                                type="button"
                                variant="light"
                                color="gray"
                                style={{ cursor: 'pointer', textTransform: 'none' }}
                                onClick={() => onOpenPart(p)}
                              >
                                {p}
                              </Badge>
                            ))}
                          </Group>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {e.file === 'ok' ? (
                          <Text size="sm" c="dimmed">
                            {t('dossier.fileStates.ok')}
                          </Text>
                        ) : (
                          <Badge
                            color="red"
                            variant="light"
                            leftSection={<IconAlert size={12} />}
                            title={t('dossierTab.evidence.flagged')}
                            data-testid="evidence-flag"
                          >
                            {t(`dossier.fileStates.${e.file}`)}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={2} wrap="nowrap" justify="flex-end">
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('dossierTab.evidence.edit', { evidence: name(e) })}
                            onClick={() => onEdit(e)}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('dossierTab.evidence.remove', { evidence: name(e) })}
                            onClick={() => setRemoving(e)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Box>
          )}
        </Stack>
      </Paper>
      <ConfirmModal
        opened={removing !== null}
        title={removing ? t('dossierTab.evidence.removeTitle', { evidence: name(removing) }) : ''}
        body={t('dossierTab.evidence.removeBody')}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          const removed = name(removing);
          remove.mutate(
            { id: removing.id },
            {
              onSuccess: () => {
                notifySuccess(t('dossierTab.evidence.removed', { evidence: removed }));
                setRemoving(null);
              },
              onError: (error) => notifyFailure(t, error),
            },
          );
        }}
      />
    </Stack>
  );
}
