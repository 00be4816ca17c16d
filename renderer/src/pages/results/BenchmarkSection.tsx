import { Alert, Button, Divider, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../../shared/api/operations';
import type { Comparison, ComparisonStatistics } from '../../../../shared/pool/schemas';
import { benchmarkBars } from '../../../../shared/charts/benchmarkBars';
import { blockRadar } from '../../../../shared/charts/blockRadar';
import { callOrThrow, useApiQuery, useTransport } from '../../api/client';
import { ExcelDownloadButton } from '../../files/ExcelDownloadButton';
import { EChart } from '../../charts/EChart';
import { useChartStyle } from '../../charts/useChartStyle';
import { useLanguage } from '../../i18n/i18n';
import { useFormat } from '../../i18n/format';
import { describeGroup, type GroupFilters, NO_FILTERS, ownGroup } from '../../../../shared/pool/groupText';
import { PoolFilterFields } from '../../forms/PoolFilterFields';
import { LoadingBlock } from '../../ui/Loading';
import { QueryState } from '../../ui/QueryState';
import { ContributionPanel } from './ContributionPanel';
import { Figure } from './Figure';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';
import { ScrollRegion } from '../../ui/ScrollRegion';

type CompareFilters = OperationInput<'pool.compare'>['filters'];

/**
 * The group definition and its n, always on screen (docs/statistics.md "Showing a figure"); below k only
 * "fewer than k", never the n (docs/anonymity.md).
 */
function GroupDefinition({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const shown = comparison.n !== null && !comparison.suppressed;
  return (
    <Text size="sm" data-testid="benchmark-group" data-n={comparison.n ?? undefined}>
      <Text span fw={600} size="sm">
        {t('benchmark.group')}:
      </Text>{' '}
      {describeGroup(t, language, comparison.filters, { full: true })} ·{' '}
      <Text span fw={600} size="sm" className="tabular" data-testid="benchmark-n">
        {shown && comparison.n !== null
          ? t('benchmark.groupN', { n: format.number(comparison.n) })
          : t('benchmark.groupFewer', { k: format.number(comparison.k) })}
      </Text>
      {shown && comparison.synthetic && (
        <Text span size="sm" c="dimmed" data-testid="benchmark-synthetic">
          {' '}
          ({t('benchmark.groupSynthetic')})
        </Text>
      )}
      <Text span size="sm" c="dimmed">
        {' '}
        · {t('benchmark.groupK', { k: format.number(comparison.k) })}
      </Text>
    </Text>
  );
}

/** A suppressed group: why, and the nearest wider group that is large enough, one click away. */
function Suppressed({
  comparison,
  input,
  onWiden,
}: {
  comparison: Comparison;
  input: OperationInput<'pool.widen'>;
  onWiden(filters: GroupFilters): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const widen = useApiQuery('pool.widen', input);
  const suggestion = widen.data?.suggestion ?? null;
  return (
    <Alert color="gray" variant="light" data-testid="benchmark-suppressed">
      <Stack gap="sm">
        <Text size="sm">{t('benchmark.suppressed', { k: format.number(comparison.k) })}</Text>
        <QueryState query={widen} loading={null} />
        {widen.data &&
          (suggestion ? (
            <Group>
              <Button size="xs" onClick={() => onWiden(suggestion.filters)} data-testid="benchmark-widen">
                {t('benchmark.widenTo', {
                  group: describeGroup(t, language, suggestion.filters, { mention: suggestion.dropped }),
                  n: format.number(suggestion.n),
                })}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('benchmark.noWider', { k: format.number(comparison.k) })}
            </Text>
          ))}
      </Stack>
    </Alert>
  );
}

/** One block (or the overall): every block's figures come from the same records as the group's n. */
function StatisticsRow({
  id,
  label,
  s,
  k,
  testId,
}: {
  id: string;
  label: ReactNode;
  s: ComparisonStatistics;
  k: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const num = { ta: 'right' as const, className: 'tabular', style: { whiteSpace: 'nowrap' as const } };
  const n = s.n === null ? '' : format.number(s.n);
  return (
    <Table.Tr data-block-id={id} data-testid={testId} data-suppressed={s.suppressed}>
      <Table.Td>{label}</Table.Td>
      <Table.Td {...num} fw={600} c={s.score === null ? 'dimmed' : undefined}>
        {format.decimal(s.score)}
      </Table.Td>
      {s.suppressed || s.n === null ? (
        <Table.Td colSpan={5}>
          <Text size="sm" c="dimmed" data-testid="block-suppressed">
            {t('benchmark.suppressedBlock', { k: format.number(k) })}
          </Text>
        </Table.Td>
      ) : (
        <>
          <Table.Td {...num}>
            <Figure how={t('benchmark.how.median', { n })} size="sm">
              {format.decimal(s.median)}
            </Figure>
          </Table.Td>
          <Table.Td {...num}>
            <Figure how={t('benchmark.how.band', { n })} size="sm">
              {format.decimal(s.p25)} – {format.decimal(s.p75)}
            </Figure>
          </Table.Td>
          <Table.Td {...num}>
            <Figure how={t('benchmark.how.p90')} size="sm">
              {format.decimal(s.p90)}
            </Figure>
          </Table.Td>
          <Table.Td {...num}>
            {s.percentileRank === null ? (
              t('common.none')
            ) : (
              <Figure how={t('benchmark.how.rank', { n })} size="sm">
                {format.decimal(s.percentileRank, 0)}
              </Figure>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm" data-testid="better-than" style={{ whiteSpace: 'nowrap' }}>
              {s.percentileRank === null
                ? t('benchmark.noScore')
                : t('benchmark.betterThan', { share: format.percent(s.percentileRank / 100) })}
            </Text>
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}

function ComparisonFigures({ comparison, context }: { comparison: Comparison; context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const style = useChartStyle();
  const { blockName } = context;
  const labelled = useMemo(
    () => comparison.blocks.map((b) => ({ ...b, label: `${b.block} ${blockName(b.block)}` })),
    [comparison.blocks, blockName],
  );
  const radar = useMemo(
    () =>
      blockRadar(
        {
          axes: labelled.map((b) => ({ id: b.block, label: b.label })),
          client: { name: context.workspace.assessment.round, scores: labelled.map((b) => b.score) },
          benchmark: {
            median: { name: t('benchmark.median'), scores: labelled.map((b) => b.median) },
            top: { name: t('benchmark.top'), scores: labelled.map((b) => b.p90) },
          },
        },
        style,
      ),
    [labelled, context.workspace.assessment.round, style, t],
  );
  const bars = useMemo(
    () =>
      benchmarkBars(
        {
          blocks: labelled.map((b) => ({ ...b, id: b.block })),
          labels: {
            client: context.workspace.assessment.round,
            band: t('benchmark.band'),
            median: t('benchmark.median'),
            suppressed: t('benchmark.suppressedBlock', { k: comparison.k }),
          },
        },
        style,
      ),
    [labelled, comparison.k, context.workspace.assessment.round, style, t],
  );
  const summary = labelled
    .map(
      (b) =>
        `${b.label}: ${format.decimal(b.score)} (${t('benchmark.median')} ${b.suppressed ? t('common.none') : format.decimal(b.median)})`,
    )
    .join('; ');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <EChart
          option={radar}
          summary={t('benchmark.radarSummary', { scores: summary })}
          height={440}
          testId="benchmark-radar"
        />
        <EChart
          option={bars}
          summary={t('benchmark.barsSummary', { scores: summary })}
          height={440}
          testId="benchmark-bars"
        />
      </SimpleGrid>
      <ScrollRegion label={t('benchmark.tableRegion')}>
        <Table verticalSpacing={6} horizontalSpacing="md" highlightOnHover data-testid="benchmark-table" miw={960}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('benchmark.columns.block')}</Table.Th>
              <Table.Th ta="right">{t('benchmark.columns.score')}</Table.Th>
              <Table.Th ta="right">{t('benchmark.columns.median')}</Table.Th>
              <Table.Th ta="right">{t('benchmark.columns.band')}</Table.Th>
              <Table.Th ta="right">{t('benchmark.columns.p90')}</Table.Th>
              <Table.Th ta="right">{t('benchmark.columns.rank')}</Table.Th>
              <Table.Th>{t('benchmark.columns.reading')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.blocks.map((b) => (
              <StatisticsRow
                key={b.block}
                id={b.block}
                s={b}
                k={comparison.k}
                testId="benchmark-row"
                label={
                  <Text size="sm">
                    <Text span c="dimmed" size="sm">
                      {b.block}
                    </Text>{' '}
                    {blockName(b.block)}
                  </Text>
                }
              />
            ))}
            <StatisticsRow
              id="overall"
              s={comparison.overall}
              k={comparison.k}
              testId="benchmark-overall"
              label={
                <Figure how={t('benchmark.overallHow')} size="sm" fw={600}>
                  {t('benchmark.overall')}
                </Figure>
              }
            />
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}

/**
 * This round against a comparison group of the benchmark pool: by default the client's own sector and size
 * band; a group below k is suppressed and the nearest wider group is offered.
 */
export function BenchmarkSection({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const assessmentId = context.workspace.assessment.id;
  const transport = useTransport();
  const language = useLanguage();
  const client = useApiQuery('clients.get', { id: context.workspace.engagement.clientId });
  const [chosen, setChosen] = useState<GroupFilters | null>(null);
  const own = useMemo<GroupFilters | null>(() => (client.data ? ownGroup(client.data.client) : null), [client.data]);
  const filters = chosen ?? own;
  const input = useMemo(
    // No k: the service applies the Settings' threshold, and says which in the answer.
    () => ({ assessmentId, filters: (filters ?? NO_FILTERS) as CompareFilters }),
    [assessmentId, filters],
  );
  const comparison = useApiQuery('pool.compare', input, {
    enabled: filters !== null,
    placeholderData: keepPreviousData,
  });

  return (
    <ResultsSection title={t('benchmark.title')} description={t('benchmark.help')} testId="benchmark">
      <Stack gap="md">
        {/* Whether this round feeds the firm's pool is the consultant's business, not the client's. */}
        <Stack gap="md" data-controls>
          <ContributionPanel assessmentId={assessmentId} />
          <Divider />
        </Stack>
        <QueryState query={client} loading={null} />
        {filters && (
          <Group align="flex-end" gap="sm" wrap="wrap" data-controls>
            <PoolFilterFields value={filters} onChange={setChosen} idPrefix="benchmark" />
            {chosen !== null && (
              <Button variant="subtle" size="sm" onClick={() => setChosen(null)}>
                {t('benchmark.reset')}
              </Button>
            )}
          </Group>
        )}
        <QueryState query={comparison} loading={<LoadingBlock h={120} />} />
        {comparison.data && (
          <Stack gap="md" style={{ opacity: comparison.isPlaceholderData ? 0.6 : 1 }} aria-busy={comparison.isFetching}>
            <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
              <GroupDefinition comparison={comparison.data} />
              <Group data-controls>
                <ExcelDownloadButton
                  label={t('benchmark.excel.exportButton')}
                  testId="benchmark-excel-button"
                  build={() => callOrThrow(transport, 'pool.exportComparison', { ...input, language })}
                />
              </Group>
            </Group>
            {comparison.data.suppressed ? (
              <Suppressed comparison={comparison.data} input={input} onWiden={(f) => setChosen(f)} />
            ) : (
              <ComparisonFigures comparison={comparison.data} context={context} />
            )}
          </Stack>
        )}
      </Stack>
    </ResultsSection>
  );
}
