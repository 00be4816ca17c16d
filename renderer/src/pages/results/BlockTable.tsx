import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Figure } from './Figure';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { changeColour } from './changeColour';

/** Per block every figure, each with its computation on hover; red/amber only where a figure means trouble. */
export function BlockTable({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { results, explain, blockName } = context;
  const previous = results.previous;
  const deltaOf = new Map(previous?.blocks.map((b) => [b.id, b]) ?? []);
  const num = { ta: 'right' as const, className: 'tabular', style: { whiteSpace: 'nowrap' as const } };

  return (
    <ResultsSection title={t('results.tableTitle')} description={t('results.tableHelp')} padded={false}>
      <ScrollRegion label={t('results.tableTitle')}>
        <Table verticalSpacing={6} horizontalSpacing="md" highlightOnHover data-testid="block-table" miw={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.columns.block')}</Table.Th>
              <Table.Th ta="right">{t('results.columns.score')}</Table.Th>
              <Table.Th ta="right">{t('results.columns.index')}</Table.Th>
              <Table.Th ta="right">{t('results.columns.n')}</Table.Th>
              <Table.Th ta="right">{t('results.columns.sd')}</Table.Th>
              <Table.Th ta="right">{t('results.columns.middleHalf')}</Table.Th>
              <Table.Th>{t('results.columns.consensus')}</Table.Th>
              <Table.Th ta="right">{t('results.columns.notApplicable')}</Table.Th>
              {previous && (
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('results.columns.delta', { round: previous.round })}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.blocks.map((b) => {
              const delta = deltaOf.get(b.id);
              return (
                <Table.Tr key={b.id} data-block-id={b.id}>
                  <Table.Td>
                    <Text size="sm">
                      <Text span c="dimmed" size="sm">
                        {b.id}
                      </Text>{' '}
                      {blockName(b.id)}
                    </Text>
                  </Table.Td>
                  <Table.Td {...num} fw={600}>
                    <Figure how={explain.score(b)} size="sm" fw={600} data-testid="block-score">
                      {format.decimal(b.score)}
                    </Figure>
                  </Table.Td>
                  <Table.Td {...num}>
                    <Figure how={explain.index(b.score)} size="sm">
                      {format.decimal(b.index, 0)}
                    </Figure>
                  </Table.Td>
                  <Table.Td {...num}>
                    <Figure how={explain.n(b.n)} size="sm">
                      {format.number(b.n)}
                    </Figure>
                  </Table.Td>
                  <Table.Td {...num}>
                    <Figure how={explain.sd(b)} size="sm">
                      {format.decimal(b.sd)}
                    </Figure>
                  </Table.Td>
                  <Table.Td {...num}>
                    <Figure how={explain.middleHalf(b)} size="sm">
                      {b.middleHalf === null
                        ? t('common.none')
                        : `${format.decimal(b.middleHalf.p25)} – ${format.decimal(b.middleHalf.p75)}`}
                    </Figure>
                  </Table.Td>
                  <Table.Td>
                    <Figure how={explain.consensus(b)} size="sm" style={{ textDecoration: 'none' }}>
                      {b.consensus === null ? (
                        t('common.none')
                      ) : b.consensus ? (
                        t('results.consensusYes')
                      ) : (
                        <Badge color="yellow" variant="light" size="sm">
                          {t('results.consensusNo')}
                        </Badge>
                      )}
                    </Figure>
                  </Table.Td>
                  <Table.Td {...num}>
                    <Figure how={explain.notApplicable()} size="sm">
                      {format.number(b.notApplicable)}
                    </Figure>
                  </Table.Td>
                  {previous && (
                    <Table.Td {...num}>
                      <Figure
                        how={
                          delta?.delta == null
                            ? t('results.how.noDelta')
                            : t('results.how.delta', {
                                now: format.decimal(b.score),
                                then: format.decimal(delta.score),
                                round: previous.round,
                              })
                        }
                        size="sm"
                        c={changeColour(delta?.change ?? null)}
                      >
                        {format.signed(delta?.delta ?? null)}
                      </Figure>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </ResultsSection>
  );
}
