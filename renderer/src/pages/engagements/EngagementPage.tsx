import { Anchor, Group, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatches, useNavigate, useParams } from 'react-router';
import type { Engagement } from '../../../../shared/clients/schemas';
import { useApiQuery } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { IconArrowLeft } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { SubjectState } from '../../ui/QueryState';
import { StatusBadge } from '../../ui/StatusBadge';
import { ENGAGEMENT_TABS, type EngagementTab, engagementPath, isEngagementTabHandle } from '../../app/paths';

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
      <SubjectState query={engagement} back={{ to: '/clients', label: t('clients.title') }} />
    </Page>
  );
}

function EngagementView({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const active = useMatches()
    .map((match) => match.handle)
    .find(isEngagementTabHandle)?.engagementTab;

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
        value={active ?? null}
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
        {/* The tab's screen comes from the route table (app/engagementTabs.tsx), with this engagement. */}
        {active && (
          <Tabs.Panel value={active}>
            <Outlet context={engagement} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Page>
  );
}
