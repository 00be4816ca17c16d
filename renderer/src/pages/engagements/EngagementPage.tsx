import { Anchor, Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Engagement } from '../../../../shared/clients/schemas';
import { useApiQuery } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { IconArrowLeft } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { QueryError } from '../../ui/QueryError';
import { StatusBadge } from '../../ui/StatusBadge';
import { ResultsTab } from '../results/ResultsTab';
import { RoadmapTab } from '../roadmap/RoadmapTab';
import { EngagementOverview } from './EngagementOverview';
import { ENGAGEMENT_TABS, type EngagementTab, engagementPath } from '../../app/paths';
import { RoundsTab } from './RoundsTab';

function BackToClient({ clientId, name }: { clientId: string; name: string }) {
  return (
    <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`} size="sm" c="dimmed" w="fit-content">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} />
        {name}
      </Group>
    </Anchor>
  );
}

/** The hub of an engagement: what was agreed, its assessment rounds and their results. */
export function EngagementPage() {
  const { t } = useTranslation();
  const { engagementId = '' } = useParams();
  const engagement = useApiQuery('engagements.get', { id: engagementId });

  if (engagement.data) return <EngagementView engagement={engagement.data} />;

  return (
    <Page title={t('engagement.title')}>
      {engagement.isError ? (
        engagement.error.code === 'not_found' ? (
          <EmptyState
            body={t('errors.not_found')}
            action={
              <Button component={Link} to="/clients" variant="default">
                {t('clients.title')}
              </Button>
            }
          />
        ) : (
          <QueryError error={engagement.error} onRetry={() => void engagement.refetch()} />
        )
      ) : (
        <Stack>
          <Skeleton h={40} radius="md" />
          <Skeleton h={200} radius="md" />
        </Stack>
      )}
    </Page>
  );
}

function EngagementView({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { tab } = useParams();
  const [search] = useSearchParams();
  const active: EngagementTab = (ENGAGEMENT_TABS as readonly string[]).includes(tab ?? '')
    ? (tab as EngagementTab)
    : 'overview';

  return (
    <Page
      title={engagement.title}
      above={<BackToClient clientId={engagement.clientId} name={engagement.clientName} />}
      badges={<StatusBadge status={engagement.status} />}
    >
      <Text c="dimmed" size="sm" mt={-8} mb="md">
        {t(`purposes.${engagement.purpose}`)} · {format.period(engagement.startsOn, engagement.endsOn)}
        {engagement.lead ? ` · ${engagement.lead}` : ''}
      </Text>
      <Tabs
        value={active}
        onChange={(value) => value && navigate(engagementPath(engagement.id, value as EngagementTab))}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {ENGAGEMENT_TABS.map((id) => (
            <Tabs.Tab key={id} value={id}>
              {t(`engagement.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <EngagementOverview engagement={engagement} />
        </Tabs.Panel>
        <Tabs.Panel value="rounds">
          <RoundsTab engagement={engagement} />
        </Tabs.Panel>
        <Tabs.Panel value="results">
          <ResultsTab engagement={engagement} roundId={search.get('round')} />
        </Tabs.Panel>
        <Tabs.Panel value="roadmap">
          <RoadmapTab engagement={engagement} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
