import { ActionIcon, Code, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackSummary } from '../../../../shared/pool/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconTrash } from '../../ui/icons';
import { ScrollRegion } from '../../ui/ScrollRegion';

/** Every imported file with its provenance, and a way to take a whole pack out again. */
export function PacksSection({ packs }: { packs: PackSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [removing, setRemoving] = useState<PackSummary | null>(null);
  const remove = useApiMutation('pool.removePack');
  const num = { ta: 'right' as const, className: 'tabular' };

  const confirm = () => {
    if (!removing) return;
    remove.mutate(
      { packId: removing.id },
      {
        onSuccess: (r) => notifySuccess(format.count('benchmarks.packs.removed', r.removed)),
        onError: (error) => notifyFailure(t, error),
        onSettled: () => setRemoving(null),
      },
    );
  };

  return (
    <Stack gap="xs" component="section">
      <Stack gap={2}>
        <Title order={2} size="h4">
          {t('benchmarks.packs.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('benchmarks.packs.help')}
        </Text>
      </Stack>
      <Paper withBorder radius="md">
        {packs.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            {t('benchmarks.packs.none')}
          </Text>
        ) : (
          <ScrollRegion label={t('benchmarks.packs.title')}>
            <Table verticalSpacing={6} horizontalSpacing="md" data-testid="packs" miw={860}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('benchmarks.packs.file')}</Table.Th>
                  <Table.Th>{t('benchmarks.packs.format')}</Table.Th>
                  <Table.Th>{t('benchmarks.packs.imported')}</Table.Th>
                  <Table.Th ta="right">{t('benchmarks.packs.added')}</Table.Th>
                  <Table.Th ta="right">{t('benchmarks.packs.records')}</Table.Th>
                  <Table.Th>{t('benchmarks.packs.checksum')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {packs.map((p) => (
                  <Table.Tr key={p.id} data-testid="pack-row" data-pack-id={p.id}>
                    <Table.Td fw={500}>{p.name}</Table.Td>
                    <Table.Td>{t(`benchmarks.packs.formats.${p.format}`)}</Table.Td>
                    <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                      {format.dateTime(p.importedAt)}
                    </Table.Td>
                    <Table.Td {...num}>{format.number(p.added)}</Table.Td>
                    <Table.Td {...num}>{format.number(p.records)}</Table.Td>
                    <Table.Td>
                      <Tooltip label={p.sha256} maw={360} multiline withArrow>
                        <Code fz="xs">{p.sha256.length > 16 ? `${p.sha256.slice(0, 12)}…` : p.sha256}</Code>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Tooltip label={t('benchmarks.packs.remove')} withArrow>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('benchmarks.packs.removeItem', { name: p.name })}
                          onClick={() => setRemoving(p)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Paper>
      <ConfirmModal
        opened={removing !== null}
        title={t('benchmarks.packs.removeTitle', { name: removing?.name ?? '' })}
        body={format.count('benchmarks.packs.removeBody', removing?.records ?? 0)}
        confirmLabel={t('benchmarks.packs.remove')}
        busy={remove.isPending}
        onConfirm={confirm}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
