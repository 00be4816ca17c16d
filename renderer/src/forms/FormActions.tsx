import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel and Save at the foot of every form; Enter in a field submits, Esc closes the modal. */
export function FormActions({
  submitting,
  onCancel,
  submitLabel,
}: {
  submitting: boolean;
  onCancel(): void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="xs" mt="md">
      <Button variant="default" onClick={onCancel} disabled={submitting}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submitting}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
