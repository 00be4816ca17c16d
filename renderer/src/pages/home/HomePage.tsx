import { Anchor, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { HomeEngagement } from '../../../../shared/clients/schemas';
import { useApiQuery } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { IconPlus } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';
import { ClientFormModal } from '../../forms/ClientForm';
import { engagementPath } from '../../app/paths';

/** Where a working day starts: the engagements in progress and what each needs next. */
export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const summary = useApiQuery('home.summary', {});
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);

  const newClientButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
      {t('clients.new')}
    </Button>
  );

  return (
    <Page
      title={t('home.title')}
      badges={
        summary.data?.demo ? (
          <Badge color="orange" variant="light">
            {t('app.demoBadge')}
          </Badge>
        ) : null
      }
      actions={summary.data && summary.data.clientCount > 0 ? newClientButton : null}
    >
      <QueryState query={summary} />
      {summary.data && summary.data.clientCount === 0 && (
        <EmptyState title={t('home.emptyTitle')} body={t('home.emptyBody')} action={newClientButton} />
      )}
      {summary.data && summary.data.clientCount > 0 && (
        <Stack gap="lg">
          <Text c="dimmed" size="sm" className="tabular">
            {format.count('home.clientsCount', summary.data.clientCount)} ·{' '}
            {format.count('home.engagementsCount', summary.data.engagementCount)}
          </Text>
          <Stack gap="xs">
            <Title order={2} size="h5">
              {t('home.inProgress')}
            </Title>
            {summary.data.inProgress.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('home.noneInProgress')}
              </Text>
            ) : (
              <InProgressTable rows={summary.data.inProgress} />
            )}
          </Stack>
        </Stack>
      )}
      <ClientFormModal
        opened={creating}
        onClose={closeCreate}
        onSaved={({ id }) => navigate(`/clients/${encodeURIComponent(id)}`)}
      />
    </Page>
  );
}

function InProgressTable({ rows }: { rows: HomeEngagement[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing={6} horizontalSpacing="md" highlightOnHover>
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
          {rows.map(({ engagement, nextStep }) => (
            <Table.Tr key={engagement.id}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${encodeURIComponent(engagement.clientId)}`} size="sm" fw={500}>
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
                <Text size="sm">{t(`home.next.${nextStep}`)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
