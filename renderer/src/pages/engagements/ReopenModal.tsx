import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Assessment } from '../../../../shared/assessments/schemas';
import { useApiMutation } from '../../api/client';
import { notifySuccess } from '../../app/notify';
import { FormActions } from '../../forms/FormActions';
import { useZodForm } from '../../forms/useZodForm';

// min(1) first: an empty reason reads "Required" rather than "Too small".
const Reopen = z.object({ id: z.string(), reason: z.string().trim().min(1).min(3).max(1000) });

interface ReopenValues extends Record<string, unknown> {
  id: string;
  reason: string;
}

function ReopenForm({ round, onDone }: { round: Assessment; onDone(): void }) {
  const { t } = useTranslation();
  const form = useZodForm(Reopen, { id: round.id, reason: '' } as ReopenValues);
  const reopen = useApiMutation('assessments.reopen');
  const submit = form.onSubmit(async (parsed) => {
    await reopen.mutateAsync(parsed);
    notifySuccess(t('rounds.reopened', { round: round.round }));
    onDone();
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('rounds.reopenBody')}</Text>
        <Textarea
          label={t('rounds.reopenReason')}
          description={t('rounds.reopenReasonHelp')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus
          {...form.text('reason')}
        />
        <FormActions submitting={form.submitting} onCancel={onDone} submitLabel={t('rounds.reopen')} />
      </Stack>
    </form>
  );
}

/** Reopening a finalized round asks why; the reason goes into the audit log. */
export function ReopenModal({ round, onClose }: { round: Assessment | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={round !== null} onClose={onClose} title={t('rounds.reopenTitle', { round: round?.round ?? '' })}>
      {round && <ReopenForm round={round} onDone={onClose} />}
    </Modal>
  );
}
