import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES, type Initiative } from '../../../../shared/roadmap/schemas';
import { useFormat } from '../../i18n/format';
import { useQuarterText } from './roadmapText';

/** Initiatives grouped by status, in priority order within each group. */
export function ListView({ initiatives, onOpen }: { initiatives: Initiative[]; onOpen(i: Initiative): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { period } = useQuarterText();
  return (
    <Stack gap="lg" aria-label={t('roadmap.list.label')}>
      {INITIATIVE_STATUSES.map((status) => {
        const members = initiatives.filter((i) => i.status === status);
        if (members.length === 0) return null;
        return (
          <Stack key={status} gap={4} component="section" data-testid={`status-${status}`}>
            <Title order={3} size="h5">
              {t(`roadmap.statuses.${status}`)}{' '}
              <Text span c="dimmed" size="sm">
                ({format.number(members.length)})
              </Text>
            </Title>
            <Table verticalSpacing={6} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80} ta="right">
                    {t('roadmap.list.priority')}
                  </Table.Th>
                  <Table.Th>{t('roadmap.list.title')}</Table.Th>
                  <Table.Th>{t('roadmap.list.blocks')}</Table.Th>
                  <Table.Th>{t('roadmap.list.period')}</Table.Th>
                  <Table.Th>{t('roadmap.list.owner')}</Table.Th>
                  <Table.Th ta="right">{t('roadmap.list.progress')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.map((i) => (
                  <Table.Tr key={i.id} data-testid="initiative-row">
                    <Table.Td ta="right" className="tabular">
                      {format.number(i.priority)}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => onOpen(i)} ta="left">
                        {i.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {i.blocks.map((b) => (
                        <Badge key={b} variant="light" mr={4}>
                          {b}
                        </Badge>
                      ))}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{period(i.start, i.end)}</Table.Td>
                    <Table.Td>{i.owner?.name ?? t('roadmap.list.empty')}</Table.Td>
                    <Table.Td ta="right" className="tabular">
                      {format.percent(i.progress / 100)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        );
      })}
    </Stack>
  );
}
