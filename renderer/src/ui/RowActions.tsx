import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconPencil, IconTrash } from './icons';

/** Edit and delete buttons of a table row, named after the item for screen readers. */
export function RowActions({
  name,
  disabled,
  onEdit,
  onDelete,
}: {
  name: string;
  disabled?: boolean;
  onEdit(): void;
  onDelete(): void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      <Tooltip label={t('common.edit')} openDelay={400}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('common.editItem', { name })}
          onClick={onEdit}
          disabled={disabled}
        >
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('common.delete')} openDelay={400}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('common.deleteItem', { name })}
          onClick={onDelete}
          disabled={disabled}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
