import { Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalText } from '../../framework/frameworkText';
import { useFormat } from '../../i18n/format';
import { Figure } from './Figure';
import type { ResultsContext } from './resultsContext';
import { changeColour } from './changeColour';

function Card({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }} mb={6}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

/** The headline: overall score and index, who answered, the pyramid level, change, strengths and areas. */
export function ResultsSummary({ context }: { context: ResultsContext }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useLocalText();
  const { results, explain, blockName } = context;
  const overall = results.overall;
  const level = context.workspace.framework.pyramid.find((l) => l.id === results.pyramid.level);
  const blockScore = new Map(results.blocks.map((b) => [b.id, b.score]));
  const previous = results.previous;

  const highlights = (ids: string[]) => (
    <List spacing={4} size="sm" listStyleType="none">
      {ids.map((id) => (
        <List.Item key={id}>
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {id}
              </Text>{' '}
              {blockName(id)}
            </Text>
            <Text size="sm" fw={600} className="tabular">
              {format.decimal(blockScore.get(id) ?? null)}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );

  return (
    <Stack gap="md" component="section">
      <Title order={2} size="h4">
        {t('results.summaryTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, lg: previous ? 4 : 3 }} spacing="md">
        <Card label={t('results.overall')} testId="overall">
          <Group gap="sm" align="baseline">
            <Figure how={t('results.how.overall', { count: overall.blocksScored })} fz={32} fw={700} lh={1} focusable>
              {format.decimal(overall.score)}
            </Figure>
            <Text size="sm" c="dimmed">
              {t('results.indexLabel')}{' '}
              <Figure how={explain.index(overall.score)} size="sm" c="dimmed">
                {format.decimal(overall.index, 0)}
              </Figure>
            </Text>
          </Group>
          <Text size="xs" c="dimmed" mt={6}>
            {t('results.blocksScored', { count: overall.blocksScored, total: results.blocks.length })}
          </Text>
        </Card>
        <Card label={context.mode === 'workshop' ? t('results.groupsLabel') : t('results.respondentsLabel')}>
          <Text fz={32} fw={700} lh={1} className="tabular">
            {format.number(results.respondents)}
          </Text>
          <Text size="xs" c="dimmed" mt={6}>
            {format.count('results.notApplicableCount', results.notApplicable)} ·{' '}
            {format.count('results.skippedCount', results.skipped)}
          </Text>
        </Card>
        <Card label={t('results.pyramidLevel')} testId="pyramid-level">
          <Text fz={20} fw={700} lh={1.2}>
            {level ? `${level.id} · ${text(level.name)}` : t('results.noLevel')}
          </Text>
          <Text size="xs" c="dimmed" mt={6}>
            {t('results.pyramidRule', { threshold: format.decimal(3.5, 1) })}
          </Text>
        </Card>
        {previous && (
          <Card label={t('results.changeSince', { round: previous.round })} testId="overall-delta">
            <Text fz={32} fw={700} lh={1} className="tabular" c={changeColour(previous.overall.change)}>
              {format.signed(previous.overall.delta)}
            </Text>
            <Text size="xs" c="dimmed" mt={6}>
              {t('results.previousScore', {
                round: previous.round,
                score: format.decimal(previous.overall.score),
              })}
            </Text>
          </Card>
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="md" data-testid="strengths">
          <Title order={3} size="h5" mb="xs">
            {t('results.strengths')}
          </Title>
          {highlights(results.strengths)}
        </Paper>
        <Paper withBorder radius="md" p="md" data-testid="improvements">
          <Title order={3} size="h5" mb="xs">
            {t('results.improvements')}
          </Title>
          {highlights(results.improvements)}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
