import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RESPONDENT_ROLES } from '../../../../shared/domain/identifiers';
import { useFormat } from '../../i18n/format';
import { Figure } from './Figure';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';
import { ScrollRegion } from '../../ui/ScrollRegion';

/** Block scores per role, for the role groups that anonymity allows (the engine decides which). */
export function RolesSection({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { results, blockName, explain } = context;
  const roles = RESPONDENT_ROLES.filter((role) => results.roles.some((r) => r.role === role));
  const cell = new Map(results.roles.map((r) => [`${r.block}:${r.role}`, r]));

  return (
    <ResultsSection
      title={t('results.roles.title')}
      description={t('results.roles.help')}
      testId="roles"
      padded={roles.length === 0}
    >
      {roles.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('results.roles.none')}
        </Text>
      ) : (
        <ScrollRegion label={t('results.roles.title')}>
          <Table verticalSpacing={5} horizontalSpacing="md" data-testid="roles-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.columns.block')}</Table.Th>
                {roles.map((role) => (
                  <Table.Th key={role} ta="right">
                    {t(`roles.${role}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.blocks.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Text size="sm">
                      <Text span c="dimmed" size="sm">
                        {b.id}
                      </Text>{' '}
                      {blockName(b.id)}
                    </Text>
                  </Table.Td>
                  {roles.map((role) => {
                    const r = cell.get(`${b.id}:${role}`);
                    return (
                      <Table.Td key={role} ta="right" className="tabular">
                        {r ? (
                          <Figure
                            how={t('results.how.role', { who: explain.who(r.n), role: t(`roles.${role}`) })}
                            size="sm"
                          >
                            {format.decimal(r.score)}
                          </Figure>
                        ) : (
                          <Text span size="sm" c="dimmed" title={t('results.roles.hidden')}>
                            {t('common.none')}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </ResultsSection>
  );
}
