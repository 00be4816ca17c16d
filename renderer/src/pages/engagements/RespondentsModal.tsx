import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary, Respondent } from '../../../../shared/assessments/schemas';
import { useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { nextGroupCode, RespondentForm } from '../../forms/RespondentForm';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconLock, IconPlus } from '../../ui/icons';
import { QueryState } from '../../ui/QueryState';
import { RowActions } from '../../ui/RowActions';

type Editing = { kind: 'new' } | { kind: 'edit'; respondent: Respondent } | null;

function RespondentsManager({ round }: { round: AssessmentSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const workspace = useApiQuery('assessments.workspace', { id: round.id });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Respondent | null>(null);
  const remove = useApiMutation('respondents.delete');
  const workshop = round.mode === 'workshop';
  const finalized = round.status === 'finalized';

  const answeredBy = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of workspace.data?.answers ?? []) {
      if (a.score !== null || a.notApplicable) counts.set(a.respondentId, (counts.get(a.respondentId) ?? 0) + 1);
    }
    return counts;
  }, [workspace.data]);

  if (!workspace.data || workspace.isError) return <QueryState query={workspace} />;
  const respondents = workspace.data.respondents;
  const codes = respondents.map((r) => r.code);
  const nextCode = workshop ? nextGroupCode(t('workshop.groupPrefix'), codes) : '';

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(
      { id: deleting.id },
      {
        onSuccess: () => notifySuccess(t('respondents.deleted', { code: deleting.code })),
        onError: (error) => notifyFailure(t, error),
        onSettled: () => setDeleting(null),
      },
    );
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {workshop ? t('respondents.groupsHelp') : t('respondents.surveyHelp')}
      </Text>
      {finalized && (
        <Alert variant="light" color="gray" icon={<IconLock />}>
          {t('respondents.readOnly')}
        </Alert>
      )}
      {respondents.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {workshop ? t('respondents.noGroups') : t('respondents.none')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="sm" striped={false} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('respondents.fields.code')}</Table.Th>
              <Table.Th>{t('respondents.fields.role')}</Table.Th>
              <Table.Th>{t('respondents.fields.name')}</Table.Th>
              <Table.Th ta="right">{t('respondents.fields.answered')}</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {respondents.map((r) => (
              <Table.Tr key={r.id} data-testid="respondent-row">
                <Table.Td fw={500}>{r.code}</Table.Td>
                <Table.Td>{t(`roles.${r.role}`)}</Table.Td>
                <Table.Td>{r.name ?? t('common.none')}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {format.number(answeredBy.get(r.id) ?? 0)}
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={r.code}
                    disabled={finalized}
                    onEdit={() => setEditing({ kind: 'edit', respondent: r })}
                    onDelete={() => setDeleting(r)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!finalized &&
        (editing ? (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {editing.kind === 'edit'
                ? t('respondents.editing', { code: editing.respondent.code })
                : workshop
                  ? t('respondents.newGroup')
                  : t('respondents.new')}
            </Text>
            <RespondentForm
              key={editing.kind === 'edit' ? editing.respondent.id : 'new'}
              assessmentId={round.id}
              respondent={editing.kind === 'edit' ? editing.respondent : undefined}
              takenCodes={codes.filter((c) => editing.kind === 'new' || c !== editing.respondent.code)}
              defaultRole={workshop ? 'management' : 'staff'}
              suggestedCode={nextCode}
              onDone={() => {
                notifySuccess(editing.kind === 'edit' ? t('respondents.updated') : t('respondents.created'));
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          </Stack>
        ) : (
          <Group>
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'new' })}>
              {workshop ? t('respondents.newGroup') : t('respondents.new')}
            </Button>
          </Group>
        ))}
      <ConfirmModal
        opened={deleting !== null}
        title={t('respondents.deleteTitle', { code: deleting?.code ?? '' })}
        body={t('respondents.deleteBody', { count: deleting ? (answeredBy.get(deleting.id) ?? 0) : 0 })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}

/** Respondents of a round (groups in a workshop): code, role, optional name. */
export function RespondentsModal({ round, onClose }: { round: AssessmentSummary | null; onClose(): void }) {
  const { t } = useTranslation();
  const title = round
    ? t(round.mode === 'workshop' ? 'respondents.groupsTitleOf' : 'respondents.titleOf', { round: round.round })
    : '';
  return (
    <Modal opened={round !== null} onClose={onClose} title={title} size="xl">
      {round && <RespondentsManager round={round} />}
    </Modal>
  );
}
