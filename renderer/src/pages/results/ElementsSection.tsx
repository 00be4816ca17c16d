import { Accordion, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalText } from '../../framework/frameworkText';
import { useFormat } from '../../i18n/format';
import { Figure } from './Figure';
import { ResultsSection } from './ResultsSection';
import type { ResultsContext } from './resultsContext';

/** Elements and their questions per block, opened one block at a time. */
export function ElementsSection({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useLocalText();
  const { results, index, explain, blockName } = context;
  const element = new Map(results.elements.map((e) => [e.id, e]));
  const question = new Map(results.questions.map((q) => [q.id, q]));
  const block = new Map(results.blocks.map((b) => [b.id, b]));
  const num = { ta: 'right' as const, className: 'tabular' };

  return (
    <ResultsSection
      title={t('results.elements.title')}
      description={t('results.elements.help')}
      padded={false}
      testId="elements"
    >
      <Accordion multiple variant="default" chevronPosition="left">
        {index.blocks.map((b) => (
          <Accordion.Item key={b.id} value={b.id}>
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap" pr="md">
                <Text size="sm" fw={500}>
                  <Text span c="dimmed" size="sm">
                    {b.id}
                  </Text>{' '}
                  {blockName(b.id)}
                </Text>
                <Text size="sm" fw={600} className="tabular">
                  {format.decimal(block.get(b.id)?.score ?? null)}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Table verticalSpacing={4} horizontalSpacing="sm" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('results.elements.item')}</Table.Th>
                    <Table.Th ta="right">{t('results.columns.score')}</Table.Th>
                    <Table.Th ta="right">{t('results.columns.n')}</Table.Th>
                    <Table.Th ta="right">{t('results.columns.sd')}</Table.Th>
                    <Table.Th ta="right">{t('results.columns.notApplicable')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(index.elementsOf.get(b.id) ?? []).map((e) => {
                    const er = element.get(e.id);
                    const questions = (index.questionsOf.get(b.id) ?? []).filter((q) => q.element === e.id);
                    return [
                      <Table.Tr key={e.id} style={{ background: 'var(--mantine-color-default-hover)' }}>
                        <Table.Td fw={600}>{text(e.name)}</Table.Td>
                        <Table.Td {...num} fw={600}>
                          <Figure how={t('results.how.element', { who: explain.who(er?.n ?? 0) })} size="sm" fw={600}>
                            {format.decimal(er?.score ?? null)}
                          </Figure>
                        </Table.Td>
                        <Table.Td {...num}>{format.number(er?.n ?? 0)}</Table.Td>
                        <Table.Td {...num}>{format.decimal(er?.sd ?? null)}</Table.Td>
                        <Table.Td />
                      </Table.Tr>,
                      ...questions.map((q) => {
                        const qr = question.get(q.id);
                        return (
                          <Table.Tr key={q.id}>
                            <Table.Td pl="xl">
                              <Text size="sm">
                                <Text span c="dimmed" size="xs">
                                  {q.id}
                                </Text>{' '}
                                {text(q.text)}
                              </Text>
                            </Table.Td>
                            <Table.Td {...num}>
                              <Figure
                                how={
                                  qr && qr.n > 0
                                    ? `${t('results.how.question', { who: explain.who(qr.n) })}; ${format.count('results.how.na', qr.notApplicable)}.`
                                    : t('results.how.noScore')
                                }
                                size="sm"
                              >
                                {format.decimal(qr?.score ?? null)}
                              </Figure>
                            </Table.Td>
                            <Table.Td {...num}>{format.number(qr?.n ?? 0)}</Table.Td>
                            <Table.Td {...num}>{format.decimal(qr?.sd ?? null)}</Table.Td>
                            <Table.Td {...num}>{format.number(qr?.notApplicable ?? 0)}</Table.Td>
                          </Table.Tr>
                        );
                      }),
                    ];
                  })}
                </Table.Tbody>
              </Table>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </ResultsSection>
  );
}
