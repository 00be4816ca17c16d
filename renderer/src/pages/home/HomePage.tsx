import { Anchor, Badge, Button, Group, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { NextStep } from '../../../../shared/clients/nextStep';
import { HOME_PAGE_SIZE } from '../../../../shared/clients/listing';
import type { HomeEngagement } from '../../../../shared/clients/schemas';
import { useApiQuery } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { LazyModal } from '../../ui/LazyModal';
import { IconPlus } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';
import { engagementPath, workshopPath } from '../../app/paths';

const ClientFormModal = lazy(async () => ({ default: (await import('../../forms/ClientForm')).ClientFormModal }));

/** Where a working day starts: the engagements in progress and what each needs next. */
export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const summary = useApiQuery(
    'home.summary',
    { offset: (page - 1) * HOME_PAGE_SIZE, limit: HOME_PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const data = summary.data;

  const newClientButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
      {t('clients.new')}
    </Button>
  );

  return (
    <Page
      title={t('home.title')}
      badges={
        data?.demo ? (
          <Badge color="orange" variant="light">
            {t('app.demoBadge')}
          </Badge>
        ) : null
      }
      actions={data && data.clientCount > 0 ? newClientButton : null}
    >
      <QueryState query={summary} />
      {data && data.clientCount === 0 && (
        <EmptyState title={t('home.emptyTitle')} body={t('home.emptyBody')} action={newClientButton} />
      )}
      {data && data.clientCount > 0 && (
        <Stack gap="lg">
          <Text c="dimmed" size="sm" className="tabular">
            {format.count('home.clientsCount', data.clientCount)} ·{' '}
            {format.count('home.engagementsCount', data.engagementCount)}
          </Text>
          <Stack gap="xs">
            <Title order={2} size="h5">
              {t('home.inProgress')}
            </Title>
            {data.inProgressTotal === 0 ? (
              <Text c="dimmed" size="sm">
                {t('home.noneInProgress')}
              </Text>
            ) : (
              <>
                <InProgressTable rows={data.inProgress} />
                {data.inProgressTotal > HOME_PAGE_SIZE && (
                  <Group justify="space-between" gap="md" data-testid="home-pages">
                    <Text size="sm" c="dimmed" className="tabular">
                      {t('home.showing', {
                        from: format.number(data.offset + 1),
                        to: format.number(data.offset + data.inProgress.length),
                        total: format.number(data.inProgressTotal),
                      })}
                    </Text>
                    <Pagination
                      total={Math.ceil(data.inProgressTotal / HOME_PAGE_SIZE)}
                      value={page}
                      onChange={setPage}
                      size="sm"
                      siblings={1}
                      aria-label={t('home.pages')}
                      getControlProps={(control) => ({ 'aria-label': t(`common.pages.${control}`) })}
                      getItemProps={(n) => ({ 'aria-label': t('common.pages.page', { page: format.number(n) }) })}
                    />
                  </Group>
                )}
              </>
            )}
          </Stack>
        </Stack>
      )}
      <LazyModal opened={creating}>
        <ClientFormModal
          opened={creating}
          onClose={closeCreate}
          onSaved={({ id }) => navigate(`/clients/${encodeURIComponent(id)}`)}
        />
      </LazyModal>
    </Page>
  );
}

/** Where the next step is taken: the tab (or the workshop screen) that does it. */
function stepPath({ engagement, nextStep, round }: HomeEngagement): string {
  const steps: Record<NextStep, string> = {
    planEngagement: engagementPath(engagement.id),
    startAssessment: engagementPath(engagement.id, 'rounds'),
    holdWorkshop: round ? workshopPath(round.id) : engagementPath(engagement.id, 'rounds'),
    importResponses: engagementPath(engagement.id, 'rounds'),
    finalizeRound: engagementPath(engagement.id, 'rounds'),
    exportReport: engagementPath(engagement.id, 'results', round?.id),
    planNextRound: engagementPath(engagement.id, 'rounds'),
    closeEngagement: engagementPath(engagement.id),
  };
  return steps[nextStep];
}

function InProgressTable({ rows }: { rows: HomeEngagement[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing={6} horizontalSpacing="md" highlightOnHover data-testid="home-in-progress">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('engagements.fields.client')}</Table.Th>
            <Table.Th>{t('engagements.fields.title')}</Table.Th>
            <Table.Th>{t('engagements.fields.purpose')}</Table.Th>
            <Table.Th>{t('engagements.fields.status')}</Table.Th>
            <Table.Th>{t('engagements.fields.period')}</Table.Th>
            <Table.Th>{t('home.nextStep')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { engagement, nextStep, round } = row;
            return (
              <Table.Tr key={engagement.id} data-testid="home-row" data-next-step={nextStep}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/clients/${encodeURIComponent(engagement.clientId)}`}
                    size="sm"
                    fw={500}
                  >
                    {engagement.clientName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={engagementPath(engagement.id)} size="sm">
                    {engagement.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {t(`purposes.${engagement.purpose}`)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge status={engagement.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" className="tabular" c="dimmed">
                    {format.period(engagement.startsOn, engagement.endsOn)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={stepPath(row)} size="sm">
                    {t(`home.next.${nextStep}`, { round: round?.label ?? '' })}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
