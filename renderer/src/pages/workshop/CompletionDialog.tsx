import { Button, Group, Modal, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconArrowRight, IconCheck } from '../../ui/icons';

/**
 * The moment a group answers its last question: said plainly, with the way to the results first and,
 * where another group still has questions open, the way on to that group.
 */
export function CompletionDialog({
  opened,
  group,
  total,
  blocks,
  nextGroup,
  onResults,
  onNextGroup,
  onClose,
}: {
  opened: boolean;
  group: string;
  total: number;
  blocks: number;
  /** The next group with questions still open, if any. */
  nextGroup: { id: string; code: string } | null;
  onResults(): void;
  onNextGroup(id: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={700}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color="teal.9" radius="xl" size="lg" aria-hidden>
            <IconCheck size={20} strokeWidth={2.5} />
          </ThemeIcon>
          <span>{t('workshop.completeTitle', { total })}</span>
        </Group>
      }
    >
      <div data-testid="workshop-complete">
        <Text mb="lg">{t('workshop.completeBody', { group, blocks })}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('workshop.keepReviewing')}
          </Button>
          {nextGroup && (
            <Button variant="default" onClick={() => onNextGroup(nextGroup.id)}>
              {t('workshop.continueWith', { group: nextGroup.code })}
            </Button>
          )}
          <Button onClick={onResults} rightSection={<IconArrowRight size={16} />} data-autofocus>
            {t('workshop.seeResults')}
          </Button>
        </Group>
      </div>
    </Modal>
  );
}
