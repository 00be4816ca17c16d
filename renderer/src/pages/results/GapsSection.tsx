import { Badge, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { perceptionGaps } from '../../../../shared/charts/perceptionGaps';
import { EChart } from '../../charts/EChart';
import { useChartStyle } from '../../charts/useChartStyle';
import { useFormat } from '../../i18n/format';
import { Figure } from './Figure';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';

/**
 * Management against staff and frontline per block. A gap of 0.75 or more is flagged (red); a block whose
 * groups are too small to show says so instead of showing anything.
 */
export function GapsSection({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const style = useChartStyle();
  const { results, blockName } = context;
  const rows = useMemo(
    () => results.gaps.map((g) => ({ ...g, id: g.block, label: `${g.block} ${blockName(g.block)}` })),
    [results.gaps, blockName],
  );
  const suppressedNote = t('results.gaps.suppressed');
  const option = useMemo(
    () =>
      perceptionGaps(
        {
          blocks: rows,
          labels: {
            management: t('results.gaps.management'),
            staff: t('results.gaps.staff'),
            suppressed: suppressedNote,
          },
        },
        style,
      ),
    [rows, style, t, suppressedNote],
  );
  const anyShown = rows.some((r) => !r.suppressed);
  const summary = rows
    .map((r) => (r.suppressed ? `${r.label}: ${suppressedNote}` : `${r.label}: ${format.signed(r.gap)}`))
    .join('; ');
  const num = { ta: 'right' as const, className: 'tabular' };

  return (
    <ResultsSection
      title={t('results.gaps.title')}
      description={t('results.gaps.help', { limit: format.decimal(0.75, 2) })}
      testId="gaps"
    >
      <Stack gap="md">
        {anyShown ? (
          <EChart option={option} summary={summary} height={380} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('results.gaps.noneShown')}
          </Text>
        )}
        <Table verticalSpacing={5} horizontalSpacing="md" data-testid="gaps-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.columns.block')}</Table.Th>
              <Table.Th ta="right">{t('results.gaps.management')}</Table.Th>
              <Table.Th ta="right">{t('results.gaps.staff')}</Table.Th>
              <Table.Th ta="right">{t('results.gaps.gap')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-block-id={r.id}>
                <Table.Td>{r.label}</Table.Td>
                {r.suppressed ? (
                  <Table.Td colSpan={4}>
                    <Tooltip label={t('results.gaps.suppressedWhy')} multiline maw={360} withArrow>
                      <Text size="sm" c="dimmed" fs="italic" span data-testid="gap-suppressed">
                        {suppressedNote}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td {...num}>{format.decimal(r.management)}</Table.Td>
                    <Table.Td {...num}>{format.decimal(r.staff)}</Table.Td>
                    <Table.Td {...num} fw={600}>
                      <Figure how={t('results.how.gap')} size="sm" fw={600} c={r.flagged ? 'red' : undefined}>
                        {format.signed(r.gap)}
                      </Figure>
                    </Table.Td>
                    <Table.Td>
                      {r.flagged && (
                        <Badge color="red" variant="light" size="sm">
                          {t('results.gaps.flagged')}
                        </Badge>
                      )}
                    </Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </ResultsSection>
  );
}
