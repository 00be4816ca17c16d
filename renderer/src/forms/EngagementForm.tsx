import { Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Engagement, EngagementInput } from '../../../shared/clients/schemas';
import { useApiMutation } from '../api/client';
import { notifySuccess } from '../app/notify';
import { DateField } from './DateField';
import { FormActions } from './FormActions';
import { useZodForm } from './useZodForm';
import { purposeOptions, statusOptions } from '../i18n/labels';

interface EngagementFormValues extends Record<string, unknown> {
  clientId: string;
  title: string;
  purpose: string | null;
  status: string | null;
  startsOn: string;
  endsOn: string;
  lead: string;
  notes: string;
  benchmarkConsent: boolean;
}

const valuesOf = (clientId: string, engagement?: Engagement): EngagementFormValues => ({
  clientId,
  title: engagement?.title ?? '',
  purpose: engagement?.purpose ?? null,
  status: engagement?.status ?? 'planned',
  startsOn: engagement?.startsOn ?? '',
  endsOn: engagement?.endsOn ?? '',
  lead: engagement?.lead ?? '',
  notes: engagement?.notes ?? '',
  benchmarkConsent: engagement?.benchmarkConsent ?? false,
});

function EngagementForm({
  clientId,
  engagement,
  onDone,
}: {
  clientId: string;
  engagement?: Engagement;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const form = useZodForm(EngagementInput, valuesOf(clientId, engagement));
  const create = useApiMutation('engagements.create');
  const update = useApiMutation('engagements.update');
  const purposes = useMemo(() => purposeOptions(t), [t]);
  const statuses = useMemo(() => statusOptions(t), [t]);

  const submit = form.onSubmit(async (parsed) => {
    if (engagement) {
      await update.mutateAsync({ ...parsed, id: engagement.id });
      notifySuccess(t('engagements.updated'));
    } else {
      await create.mutateAsync(parsed);
      notifySuccess(t('engagements.created', { title: parsed.title }));
    }
    onDone();
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('engagements.fields.title')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          {...form.text('title')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('engagements.fields.purpose')}
            withAsterisk
            data={purposes}
            allowDeselect={false}
            {...form.select('purpose')}
          />
          <Select
            label={t('engagements.fields.status')}
            withAsterisk
            data={statuses}
            allowDeselect={false}
            {...form.select('status')}
          />
        </Group>
        <Group grow align="flex-start">
          <DateField label={t('engagements.fields.startsOn')} {...form.date('startsOn')} />
          <DateField label={t('engagements.fields.endsOn')} {...form.date('endsOn')} />
          <TextInput label={t('engagements.fields.lead')} autoComplete="off" {...form.text('lead')} />
        </Group>
        <Textarea label={t('engagements.fields.notes')} autosize minRows={3} maxRows={10} {...form.text('notes')} />
        <Checkbox label={t('engagements.fields.benchmarkConsent')} {...form.checkbox('benchmarkConsent')} />
        <FormActions submitting={form.submitting} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function EngagementFormModal({
  opened,
  clientId,
  engagement,
  onClose,
}: {
  opened: boolean;
  clientId: string;
  engagement?: Engagement;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={engagement ? t('engagements.edit') : t('engagements.new')}
      size="xl"
    >
      <EngagementForm clientId={clientId} engagement={engagement} onDone={onClose} />
    </Modal>
  );
}
