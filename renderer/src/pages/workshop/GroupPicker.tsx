import { Button, Group, Popover, SegmentedControl, Select, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../../../shared/assessments/schemas';
import { IconPlus } from '../../ui/icons';
import { nextGroupCode, RespondentForm } from '../../forms/RespondentForm';

/**
 * Few groups show side by side (readable on the projector); many fall back to a list. A 1024 px wide
 * projector has room for three beside the client's name and the tools.
 */
const SIDE_BY_SIDE = { wide: 6, narrow: 3 } as const;

/** Which group is scoring now, and a way to add one without leaving the screen. */
export function GroupPicker({
  assessmentId,
  groups,
  selected,
  readOnly,
  onSelect,
}: {
  assessmentId: string;
  groups: Respondent[];
  selected: string | null;
  readOnly: boolean;
  onSelect(id: string): void;
}) {
  const { t } = useTranslation();
  const [adding, { close, toggle }] = useDisclosure(false);
  const narrow = useMediaQuery('(max-width: 1199px)') ?? false;
  const codes = groups.map((g) => g.code);
  const data = groups.map((g) => ({ value: g.id, label: g.code }));

  return (
    <Group gap="sm" wrap="nowrap" style={{ flex: 'none' }}>
      <Text size="sm" c="dimmed" id="workshop-group-label">
        {t('workshop.group')}
      </Text>
      {groups.length <= SIDE_BY_SIDE[narrow ? 'narrow' : 'wide'] ? (
        <SegmentedControl
          aria-labelledby="workshop-group-label"
          data={data}
          value={selected ?? ''}
          onChange={onSelect}
          size="md"
          data-testid="workshop-group"
        />
      ) : (
        <Select
          aria-label={t('workshop.group')}
          data={data}
          value={selected}
          onChange={(value) => value && onSelect(value)}
          allowDeselect={false}
          searchable
          w={narrow ? 150 : 200}
          data-testid="workshop-group"
        />
      )}
      {!readOnly && (
        <Popover
          opened={adding}
          onChange={(open) => !open && close()}
          trapFocus
          position="bottom"
          withArrow
          shadow="md"
        >
          <Popover.Target>
            <Button variant="default" size="sm" leftSection={<IconPlus size={16} />} onClick={toggle}>
              {t('workshop.addGroup')}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <RespondentForm
              assessmentId={assessmentId}
              takenCodes={codes}
              defaultRole="management"
              suggestedCode={nextGroupCode(t('workshop.groupPrefix'), codes)}
              compact
              onDone={(id) => {
                close();
                onSelect(id);
              }}
              onCancel={close}
            />
          </Popover.Dropdown>
        </Popover>
      )}
    </Group>
  );
}
