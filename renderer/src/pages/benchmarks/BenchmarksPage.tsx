import { Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackSummary, PoolStats } from '../../../../shared/pool/schemas';
import { useApiQuery } from '../../api/client';
import { useLanguage } from '../../i18n/i18n';
import { useFormat } from '../../i18n/format';
import { sectorLabel } from '../../i18n/labels';
import { EmptyState } from '../../ui/EmptyState';
import { IconDownload, IconUpload } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { ExportModal } from './ExportModal';
import { poolCountryName } from '../../../../shared/pool/groupText';
import { ImportModal } from './PoolImportModal';
import { PacksSection } from './PacksSection';
import { ScrollRegionAutosize } from '../../ui/ScrollRegion';
import { keyFromData } from '../../../../shared/i18n/keys';

type Dimension = 'bySector' | 'bySizeBand' | 'byCountry' | 'byYear' | 'bySource';

/** One dimension of the pool: a small table with a bar per value, largest first (years in order). */
function CompositionCard({
  dimension,
  counts,
  total,
  label,
}: {
  dimension: Dimension;
  counts: Record<string, number>;
  total: number;
  label(key: string): string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = Object.entries(counts).sort((a, b) =>
    dimension === 'byYear' ? Number(a[0]) - Number(b[0]) : b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const title = t(`benchmarks.composition.${dimension}`);
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`composition-${dimension}`}>
      <Title order={3} size="h6" mb={6}>
        {title}
      </Title>
      <ScrollRegionAutosize mah={240} label={title}>
        <Table verticalSpacing={3} horizontalSpacing="xs" fz="sm" aria-label={title} layout="fixed">
          <Table.Tbody>
            {rows.map(([key, n]) => (
              <Table.Tr key={key}>
                <Table.Td>
                  <Text size="sm" truncate="end" title={label(key)}>
                    {label(key)}
                  </Text>
                </Table.Td>
                <Table.Td w={56}>
                  <Progress value={(n / max) * 100} size="sm" color="gray" aria-hidden />
                </Table.Td>
                <Table.Td ta="right" className="tabular" w={64}>
                  {format.number(n)}
                </Table.Td>
                <Table.Td ta="right" className="tabular" w={48} c="dimmed">
                  {format.percent(total === 0 ? 0 : n / total)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegionAutosize>
    </Paper>
  );
}

function Composition({ stats, packs }: { stats: PoolStats; packs: PackSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const packName = useMemo(() => new Map(packs.map((p) => [p.id, p.name])), [packs]);
  const labels: Record<Dimension, (key: string) => string> = {
    bySector: (s) => sectorLabel(t, s),
    bySizeBand: (b) => t(keyFromData(`sizeBands.${b}`)),
    byCountry: (c) => poolCountryName(t, c, language),
    byYear: (y) => y,
    bySource: (s) => (s === 'own' ? t('benchmarks.sources.own') : (packName.get(s) ?? s)),
  };
  return (
    <Stack gap="xs" component="section">
      <Stack gap={2}>
        <Title order={2} size="h4">
          {t('benchmarks.composition.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('benchmarks.composition.help')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {(Object.keys(labels) as Dimension[]).map((d) => (
          <CompositionCard key={d} dimension={d} counts={stats[d]} total={stats.total} label={labels[d]} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The benchmark pool: how large, what it is made of, the packs it came from; import and export. */
export function BenchmarksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const stats = useApiQuery('pool.stats', {});
  const packs = useApiQuery('pool.packs', {});
  const [dialog, setDialog] = useState<'import' | 'export' | null>(null);
  const own = stats.data?.bySource.own ?? 0;

  return (
    <Page
      title={t('benchmarks.title')}
      actions={
        <>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setDialog('export')}>
            {t('benchmarks.export.action')}
          </Button>
          <Button leftSection={<IconUpload size={16} />} onClick={() => setDialog('import')}>
            {t('benchmarks.import.action')}
          </Button>
        </>
      }
    >
      <Stack gap="xl">
        <Text size="sm" c="dimmed" maw={900} mt={-8}>
          {t('benchmarks.intro')}
        </Text>
        <QueryState query={stats} />
        {stats.data && (
          <Paper withBorder radius="md" p="md" data-testid="pool-size">
            <Group gap="xl" align="flex-end" wrap="wrap">
              <Stack gap={2}>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
                  {t('benchmarks.poolSize')}
                </Text>
                <Text fz={32} fw={700} lh={1} className="tabular" data-testid="pool-total">
                  {format.number(stats.data.total)}
                </Text>
              </Stack>
              {stats.data.synthetic > 0 && (
                <Stack gap={4}>
                  <Badge color="gray" variant="light" size="lg" tt="none" data-testid="pool-synthetic">
                    {format.count('benchmarks.synthetic', stats.data.synthetic)}
                  </Badge>
                  <Text size="xs" c="dimmed" maw={420}>
                    {t('benchmarks.syntheticHelp')}
                  </Text>
                </Stack>
              )}
              <Stack gap={2}>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
                  {t('benchmarks.own')}
                </Text>
                <Text fz="lg" fw={600} className="tabular">
                  {format.number(own)}
                </Text>
              </Stack>
            </Group>
          </Paper>
        )}
        {stats.data && stats.data.total === 0 && (
          <EmptyState
            title={t('benchmarks.emptyTitle')}
            body={t('benchmarks.emptyBody')}
            action={
              <Button leftSection={<IconUpload size={16} />} onClick={() => setDialog('import')}>
                {t('benchmarks.import.action')}
              </Button>
            }
          />
        )}
        {stats.data && stats.data.total > 0 && <Composition stats={stats.data} packs={packs.data ?? []} />}
        <QueryState query={packs} loading={null} />
        {packs.data && <PacksSection packs={packs.data} />}
      </Stack>
      <ImportModal opened={dialog === 'import'} onClose={() => setDialog(null)} />
      <ExportModal opened={dialog === 'export'} onClose={() => setDialog(null)} />
    </Page>
  );
}
