import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nextGroupCode, RespondentForm } from '../../forms/RespondentForm';

/** A round without groups: the first one is added right here, so the workshop can start. */
export function FirstGroup({
  assessmentId,
  readOnly,
  onAdded,
}: {
  assessmentId: string;
  readOnly: boolean;
  onAdded(id: string): void;
}) {
  const { t } = useTranslation();
  if (readOnly) {
    return (
      <Text c="dimmed" size="lg">
        {t('workshop.noGroupsReadOnly')}
      </Text>
    );
  }
  return (
    <Paper withBorder radius="md" p="lg" maw={760} data-testid="workshop-first-group">
      <Title order={2} size="h3" mb={4}>
        {t('workshop.firstGroupTitle')}
      </Title>
      <Text c="dimmed" mb="md">
        {t('workshop.firstGroupBody')}
      </Text>
      <RespondentForm
        assessmentId={assessmentId}
        takenCodes={[]}
        defaultRole="management"
        suggestedCode={nextGroupCode(t('workshop.groupPrefix'), [])}
        compact
        autoFocus
        onDone={onAdded}
      />
    </Paper>
  );
}
