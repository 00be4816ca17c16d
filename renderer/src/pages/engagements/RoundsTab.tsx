import { ActionIcon, Button, Group, Menu, Progress, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentSummary } from '../../../../shared/assessments/schemas';
import type { Engagement } from '../../../../shared/clients/schemas';
import { useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import {
  IconChart,
  IconDots,
  IconDownload,
  IconLock,
  IconLockOpen,
  IconPencil,
  IconPlay,
  IconPlus,
  IconPresentation,
  IconTrash,
  IconUpload,
  IconUsers,
} from '../../ui/icons';
import { LoadingBlock } from '../../ui/Loading';
import { QueryState } from '../../ui/QueryState';
import { RoundStatusBadge } from '../../ui/RoundStatusBadge';
import { Section } from '../../ui/Section';
import { engagementPath, workshopPath } from '../../app/paths';
import { ImportModal } from './SurveyImportModal';
import { OutsidePeriodMark } from './OutsidePeriod';
import { ReopenModal } from './ReopenModal';
import { RespondentsModal } from './RespondentsModal';
import { EditRoundModal, NewRoundModal } from './RoundForm';
import { useTemplateDownload } from './useTemplateDownload';

/** Share of the answers given: respondents × questions; null before anyone is there. */
export function answeredShare(round: AssessmentSummary): number | null {
  const possible = round.respondentCount * round.questionCount;
  return possible === 0 ? null : round.answeredCount / possible;
}

type Dialog =
  | { kind: 'new' }
  | { kind: 'edit' | 'respondents' | 'import' | 'reopen' | 'finalize' | 'delete'; round: AssessmentSummary }
  | null;

/** The engagement's assessment rounds: baseline and follow-ups, each a workshop or a survey. */
export function RoundsTab({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const rounds = useApiQuery('assessments.list', { engagementId: engagement.id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const finalize = useApiMutation('assessments.finalize');
  const remove = useApiMutation('assessments.delete');
  const roundOf = (kind: NonNullable<Dialog>['kind']) =>
    dialog && dialog.kind === kind && 'round' in dialog ? dialog.round : null;

  const newButton = (
    <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'new' })}>
      {t('rounds.new')}
    </Button>
  );

  const confirmFinalize = () => {
    const round = roundOf('finalize');
    if (!round) return;
    finalize.mutate(
      { id: round.id },
      {
        onSuccess: () => notifySuccess(t('rounds.finalized', { round: round.round })),
        onError: (error) => notifyFailure(t, error),
        onSettled: close,
      },
    );
  };
  const confirmDelete = () => {
    const round = roundOf('delete');
    if (!round) return;
    remove.mutate(
      { id: round.id, confirm: true },
      {
        onSuccess: () => notifySuccess(t('rounds.deleted', { round: round.round })),
        onError: (error) => notifyFailure(t, error),
        onSettled: close,
      },
    );
  };

  const list = rounds.data ?? [];
  const deleting = roundOf('delete');

  return (
    <>
      <QueryState query={rounds} loading={<LoadingBlock h={120} />} />
      {rounds.data && list.length === 0 && (
        <EmptyState
          title={t('rounds.emptyTitle')}
          body={t('rounds.emptyBody')}
          action={
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
              {t('rounds.new')}
            </Button>
          }
        />
      )}
      {rounds.data && list.length > 0 && (
        <Section title={t('rounds.title')} action={newButton}>
          <Table verticalSpacing={8} horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rounds.fields.round')}</Table.Th>
                <Table.Th>{t('rounds.fields.mode')}</Table.Th>
                <Table.Th>{t('rounds.fields.status')}</Table.Th>
                <Table.Th>{t('rounds.fields.heldOn')}</Table.Th>
                <Table.Th ta="right">{t('rounds.fields.respondents')}</Table.Th>
                <Table.Th w={170}>{t('rounds.fields.answered')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((round) => (
                <RoundRow key={round.id} round={round} engagement={engagement} onDialog={setDialog} />
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      )}
      <NewRoundModal
        opened={dialog?.kind === 'new'}
        engagement={engagement}
        firstRound={list.length === 0}
        onClose={close}
      />
      <EditRoundModal round={roundOf('edit')} engagement={engagement} onClose={close} />
      <ReopenModal round={roundOf('reopen')} onClose={close} />
      <RespondentsModal round={roundOf('respondents')} onClose={close} />
      <ImportModal round={roundOf('import')} engagementId={engagement.id} onClose={close} />
      <ConfirmModal
        opened={dialog?.kind === 'finalize'}
        title={t('rounds.finalizeTitle', { round: roundOf('finalize')?.round ?? '' })}
        body={t('rounds.finalizeBody')}
        confirmLabel={t('rounds.finalize')}
        confirmColor="indigo"
        busy={finalize.isPending}
        onConfirm={confirmFinalize}
        onClose={close}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('rounds.deleteTitle', { round: deleting?.round ?? '' })}
        body={
          deleting && deleting.respondentCount > 0
            ? t('rounds.deleteBodyAnswers', { count: deleting.respondentCount })
            : t('rounds.deleteBody')
        }
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onClose={close}
      />
    </>
  );
}

function RoundRow({
  round,
  engagement,
  onDialog,
}: {
  round: AssessmentSummary;
  engagement: Engagement;
  onDialog(dialog: Dialog): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = useApiMutation('assessments.open');
  const template = useTemplateDownload();
  const share = answeredShare(round);
  const finalized = round.status === 'finalized';
  const workshop = round.mode === 'workshop';

  const openRound = () =>
    open.mutate(
      { id: round.id },
      {
        onSuccess: () => notifySuccess(t('rounds.opened', { round: round.round })),
        onError: (error) => notifyFailure(t, error),
      },
    );

  return (
    <Table.Tr data-testid="round-row" data-round-id={round.id} data-status={round.status}>
      <Table.Td fw={500}>{round.round}</Table.Td>
      <Table.Td>{t(`assessmentModes.${round.mode}`)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <RoundStatusBadge status={round.status} />
      </Table.Td>
      <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
        {format.date(round.heldOn)}
        <OutsidePeriodMark heldOn={round.heldOn} engagement={engagement} />
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {format.number(round.respondentCount)}
      </Table.Td>
      <Table.Td>
        {share === null ? (
          <Text size="sm" c="dimmed">
            {workshop ? t('rounds.noGroupsYet') : t('rounds.noRespondentsYet')}
          </Text>
        ) : (
          <Tooltip
            label={t('rounds.answeredHow', {
              answered: format.number(round.answeredCount),
              possible: format.number(round.respondentCount * round.questionCount),
            })}
          >
            <Group gap="xs" wrap="nowrap">
              <Progress value={share * 100} size="sm" w={80} aria-hidden />
              <Text size="sm" className="tabular">
                {format.percent(share)}
              </Text>
            </Group>
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} justify="flex-end" wrap="nowrap">
          {finalized && !workshop ? (
            <Button
              size="xs"
              variant="default"
              component={Link}
              to={engagementPath(engagement.id, 'results', round.id)}
              leftSection={<IconChart size={14} />}
            >
              {t('rounds.viewResults')}
            </Button>
          ) : workshop ? (
            <Button
              size="xs"
              variant={finalized ? 'default' : 'filled'}
              component={Link}
              to={workshopPath(round.id)}
              leftSection={<IconPresentation size={14} />}
              data-testid="open-workshop"
            >
              {t('rounds.workshopScreen')}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="filled"
              leftSection={<IconUpload size={14} />}
              onClick={() => onDialog({ kind: 'import', round })}
              data-testid="import-responses"
            >
              {t('rounds.importResponses')}
            </Button>
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size={30} aria-label={t('rounds.actionsFor', { round: round.round })}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconUsers size={16} />} onClick={() => onDialog({ kind: 'respondents', round })}>
                {workshop ? t('respondents.groupsTitle') : t('respondents.title')}
              </Menu.Item>
              {!workshop && (
                <Menu.Item
                  leftSection={<IconDownload size={16} />}
                  onClick={() => void template.download(round.id)}
                  disabled={template.busy}
                >
                  {t('surveyImport.downloadTemplate')}
                </Menu.Item>
              )}
              <Menu.Item
                leftSection={<IconChart size={16} />}
                component={Link}
                to={engagementPath(engagement.id, 'results', round.id)}
              >
                {t('rounds.viewResults')}
              </Menu.Item>
              <Menu.Divider />
              {!finalized && (
                <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onDialog({ kind: 'edit', round })}>
                  {t('rounds.edit')}
                </Menu.Item>
              )}
              {round.status === 'draft' && (
                <Menu.Item leftSection={<IconPlay size={16} />} onClick={openRound}>
                  {t('rounds.open')}
                </Menu.Item>
              )}
              {!finalized && (
                <Menu.Item leftSection={<IconLock size={16} />} onClick={() => onDialog({ kind: 'finalize', round })}>
                  {t('rounds.finalize')}
                </Menu.Item>
              )}
              {finalized && (
                <Menu.Item leftSection={<IconLockOpen size={16} />} onClick={() => onDialog({ kind: 'reopen', round })}>
                  {t('rounds.reopen')}
                </Menu.Item>
              )}
              <Menu.Divider />
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => onDialog({ kind: 'delete', round })}
              >
                {t('rounds.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
