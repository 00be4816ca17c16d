import { Anchor, Button, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Engagement } from '../../../../shared/clients/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconCheck, IconPlus } from '../../ui/icons';
import { StatusBadge } from '../../ui/StatusBadge';
import { engagementPath } from '../../app/paths';
import { EngagementFormModal } from '../../forms/EngagementForm';
import { RowActions } from '../../ui/RowActions';
import { Section } from '../../ui/Section';

type Editing = { mode: 'new' } | { mode: 'edit'; engagement: Engagement } | null;

/** The client's engagements: what was agreed, when, and whether it may feed the benchmark pool. */
export function EngagementsSection({
  clientId,
  engagements,
  readOnly,
}: {
  clientId: string;
  engagements: Engagement[];
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Engagement | null>(null);
  const remove = useApiMutation('engagements.delete');

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(
      { id: deleting.id, confirm: true },
      {
        onSuccess: () => notifySuccess(t('engagements.deleted')),
        onError: (error) => notifyFailure(t, error),
        onSettled: () => setDeleting(null),
      },
    );
  };

  return (
    <Section
      title={t('engagements.title')}
      action={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setEditing({ mode: 'new' })}
          disabled={readOnly}
        >
          {t('engagements.new')}
        </Button>
      }
    >
      {engagements.length === 0 ? (
        <Text c="dimmed" size="sm" p="md">
          {t('engagements.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('engagements.fields.title')}</Table.Th>
              <Table.Th>{t('engagements.fields.purpose')}</Table.Th>
              <Table.Th>{t('engagements.fields.status')}</Table.Th>
              <Table.Th>{t('engagements.fields.period')}</Table.Th>
              <Table.Th>{t('engagements.fields.lead')}</Table.Th>
              <Table.Th w={40} />
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {engagements.map((engagement) => (
              <Table.Tr key={engagement.id}>
                <Table.Td>
                  <Anchor component={Link} to={engagementPath(engagement.id)} size="sm" fw={500}>
                    {engagement.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`purposes.${engagement.purpose}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge status={engagement.status} />
                </Table.Td>
                <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                  {format.period(engagement.startsOn, engagement.endsOn)}
                </Table.Td>
                <Table.Td>{engagement.lead ?? t('common.none')}</Table.Td>
                <Table.Td>
                  {engagement.benchmarkConsent ? (
                    <Tooltip label={t('engagements.consentYes')}>
                      <Text c="dimmed" span aria-label={t('engagements.consentYes')} role="img" display="inline-flex">
                        <IconCheck size={16} />
                      </Text>
                    </Tooltip>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={engagement.title}
                    disabled={readOnly}
                    onEdit={() => setEditing({ mode: 'edit', engagement })}
                    onDelete={() => setDeleting(engagement)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <EngagementFormModal
        opened={editing !== null}
        clientId={clientId}
        engagement={editing?.mode === 'edit' ? editing.engagement : undefined}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('engagements.deleteConfirm', { title: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Section>
  );
}
