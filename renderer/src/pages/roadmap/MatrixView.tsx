import { Badge, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Initiative, Quadrant } from '../../../../shared/roadmap/schemas';

/** Quadrants as a consultant draws them: high impact on top, low effort on the left. */
const LAYOUT: Quadrant[] = ['quickWin', 'bigBet', 'fillIn', 'reconsider'];

/** The impact/effort matrix: every initiative in its quadrant, best priority first, each one a button. */
export function MatrixView({ initiatives, onOpen }: { initiatives: Initiative[]; onOpen(i: Initiative): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="group" aria-label={t('roadmap.matrix.label')}>
      <Text size="xs" c="dimmed">
        ↑ {t('roadmap.matrix.impact')} · → {t('roadmap.matrix.effort')}
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        {LAYOUT.map((quadrant) => {
          const members = initiatives.filter((i) => i.quadrant === quadrant);
          return (
            <Paper
              key={quadrant}
              withBorder
              radius="md"
              p="md"
              component="section"
              data-testid={`quadrant-${quadrant}`}
            >
              <Title order={3} size="h5">
                {t(`roadmap.quadrants.${quadrant}`)}
              </Title>
              <Text size="xs" c="dimmed" mb="sm">
                {t(`roadmap.quadrantHelp.${quadrant}`)}
              </Text>
              {members.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('roadmap.matrix.empty')}
                </Text>
              ) : (
                <Stack gap={6}>
                  {members.map((i) => (
                    <Button
                      key={i.id}
                      variant="default"
                      justify="space-between"
                      fullWidth
                      onClick={() => onOpen(i)}
                      rightSection={
                        <Badge variant="light" size="sm" className="tabular">
                          {i.impact}/{i.effort}
                        </Badge>
                      }
                      title={`${i.priority}. ${i.title}`}
                      styles={{
                        inner: { justifyContent: 'space-between', minWidth: 0 },
                        label: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', display: 'block' },
                        section: { flexShrink: 0 },
                      }}
                    >
                      {`${i.priority}. ${i.title}`}
                    </Button>
                  ))}
                </Stack>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
