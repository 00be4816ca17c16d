import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Dossier, DossierSetup } from '../../../../shared/dossier/schemas';
import { useApiMutation } from '../../api/client';
import { notifySuccess } from '../../app/notify';
import { DateField } from '../../forms/DateField';
import { FormActions } from '../../forms/FormActions';
import { useZodForm } from '../../forms/useZodForm';

const SubmissionFields = DossierSetup.pick({ referenceDate: true, signatoryName: true, signatoryRole: true });

function SubmissionForm({ dossier, onClose }: { dossier: Dossier; onClose(): void }) {
  const { t } = useTranslation();
  const setup = useApiMutation('dossier.setup');
  const form = useZodForm(SubmissionFields, {
    referenceDate: dossier.referenceDate ?? '',
    signatoryName: dossier.signatory.name ?? '',
    signatoryRole: dossier.signatory.role ?? '',
  });
  const submit = form.onSubmit(async (fields) => {
    await setup.mutateAsync({ engagementId: dossier.engagementId, ...fields });
    notifySuccess(t('dossierTab.submission.saved'));
    onClose();
  });
  return (
    <form onSubmit={submit} ref={form.formRef} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('dossierTab.submission.help')}</Text>
        <DateField label={t('dossierTab.submission.referenceDate')} data-autofocus {...form.date('referenceDate')} />
        <TextInput label={t('dossierTab.submission.signatoryName')} {...form.text('signatoryName')} />
        <TextInput label={t('dossierTab.submission.signatoryRole')} {...form.text('signatoryRole')} />
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </Stack>
    </form>
  );
}

/** The submission date the readiness counts from, and who signs the dossier's declaration. */
export function SubmissionModal({ dossier, opened, onClose }: { dossier: Dossier; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('dossierTab.submission.title')} size="md">
      {opened && <SubmissionForm dossier={dossier} onClose={onClose} />}
    </Modal>
  );
}
