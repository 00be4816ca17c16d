import { Button, Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../../shared/clients/schemas';
import type { FrameworkFile } from '../../../../shared/frameworks/schema';
import type { Initiative, Roadmap } from '../../../../shared/roadmap/schemas';
import { useApiQuery } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { IconDownload, IconPencil, IconPlus } from '../../ui/icons';
import { QueryError } from '../../ui/QueryError';
import { HorizonModal } from './HorizonModal';
import { InitiativeDetail } from './InitiativeDetail';
import { type FormSubject, InitiativeFormModal } from './InitiativeForm';
import { ListView } from './ListView';
import { MatrixView } from './MatrixView';
import { RoadmapExportModal } from './RoadmapExportModal';
import { useQuarterText } from './roadmapText';
import { SuggestionsPanel } from './SuggestionsPanel';
import { TargetsPanel } from './TargetsPanel';
import { TimelineView } from './TimelineView';
import { useTimelineMoves } from './useTimelineMoves';

type View = 'timeline' | 'matrix' | 'list';

/** The engagement's Roadmap tab: suggestions from the diagnosis, targets, and the initiatives in three views. */
export function RoadmapTab({ engagement }: { engagement: Engagement }) {
  const roadmap = useApiQuery('roadmap.get', { engagementId: engagement.id });
  const framework = useApiQuery(
    'frameworks.get',
    { id: roadmap.data?.framework.id ?? 'sx-default', version: roadmap.data?.framework.version },
    { enabled: roadmap.data !== undefined, staleTime: Number.POSITIVE_INFINITY },
  );
  if (roadmap.isError) return <QueryError error={roadmap.error} onRetry={() => void roadmap.refetch()} />;
  if (framework.isError) return <QueryError error={framework.error} onRetry={() => void framework.refetch()} />;
  if (!roadmap.data || !framework.data) return <Skeleton h={240} radius="md" />;
  return <RoadmapView engagement={engagement} roadmap={roadmap.data} framework={framework.data} />;
}

function RoadmapView({
  engagement,
  roadmap,
  framework,
}: {
  engagement: Engagement;
  roadmap: Roadmap;
  framework: FrameworkFile;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { quarter } = useQuarterText();
  const client = useApiQuery('clients.get', { id: engagement.clientId });
  const [view, setView] = useState<View>('timeline');
  const [form, setForm] = useState<FormSubject | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [horizon, setHorizon] = useState(false);
  const [exporting, setExporting] = useState(false);
  const moves = useTimelineMoves();
  const open = (i: Initiative) => setOpenId(i.id);
  const opened = roadmap.initiatives.find((i) => i.id === openId) ?? null;
  const empty = roadmap.initiatives.length === 0;

  return (
    <Stack gap="lg" data-testid="roadmap-tab">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>
              {t('roadmap.tab.horizon')}:{' '}
              {t('roadmap.tab.horizonValue', {
                first: quarter(roadmap.horizon.first),
                last: quarter(roadmap.horizon.last),
                quarters: format.number(roadmap.horizon.quarters),
              })}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconPencil size={12} />}
              onClick={() => setHorizon(true)}
            >
              {t('roadmap.tab.editHorizon')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {format.count('roadmap.tab.summary', roadmap.initiatives.length)} ·{' '}
            {roadmap.latestRound
              ? t('roadmap.tab.latestRound', { round: roadmap.latestRound.round })
              : t('roadmap.tab.noLatestRound')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => setExporting(true)}
            data-testid="roadmap-export-button"
          >
            {t('roadmap.tab.export')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ kind: 'new' })}>
            {t('roadmap.tab.add')}
          </Button>
        </Group>
      </Group>

      {roadmap.latestRound ? (
        <SuggestionsPanel
          engagementId={engagement.id}
          round={roadmap.latestRound}
          onEdit={(suggestion) => setForm({ kind: 'suggestion', suggestion })}
        />
      ) : (
        empty && <EmptyState title={t('roadmap.tab.emptyTitle')} body={t('roadmap.tab.noRoundBody')} />
      )}

      <TargetsPanel roadmap={roadmap} framework={framework} />

      {empty ? (
        roadmap.latestRound && <EmptyState title={t('roadmap.tab.emptyTitle')} body={t('roadmap.tab.emptyBody')} />
      ) : (
        <Stack gap="sm">
          <Group gap="xs">
            <Text size="sm" fw={500} id="roadmap-view">
              {t('roadmap.tab.views')}
            </Text>
            <SegmentedControl
              value={view}
              onChange={(v) => setView(v as View)}
              aria-labelledby="roadmap-view"
              data={(['timeline', 'matrix', 'list'] as const).map((v) => ({
                value: v,
                label: t(`roadmap.tab.view.${v}`),
              }))}
              data-testid="roadmap-views"
            />
          </Group>
          {view === 'timeline' && <TimelineView roadmap={roadmap} framework={framework} moves={moves} onOpen={open} />}
          {view === 'matrix' && <MatrixView initiatives={roadmap.initiatives} onOpen={open} />}
          {view === 'list' && <ListView initiatives={roadmap.initiatives} onOpen={open} />}
        </Stack>
      )}

      <InitiativeDetail
        initiative={opened}
        roadmap={roadmap}
        framework={framework}
        onClose={() => setOpenId(null)}
        onEdit={(initiative) => {
          setOpenId(null);
          setForm({ kind: 'edit', initiative });
        }}
      />
      <InitiativeFormModal
        subject={form}
        roadmap={roadmap}
        framework={framework}
        contacts={client.data?.contacts ?? []}
        onClose={() => setForm(null)}
      />
      <HorizonModal roadmap={roadmap} opened={horizon} onClose={() => setHorizon(false)} />
      <RoadmapExportModal opened={exporting} engagement={engagement} onClose={() => setExporting(false)} />
    </Stack>
  );
}
