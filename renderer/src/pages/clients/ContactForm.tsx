import { Group, Modal, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Contact, ContactInput } from '../../../../shared/clients/schemas';
import { useApiMutation } from '../../api/client';
import { notifySuccess } from '../../app/notify';
import { FormActions } from '../../forms/FormActions';
import { useZodForm } from '../../forms/useZodForm';

interface ContactFormValues extends Record<string, unknown> {
  clientId: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

function ContactForm({ clientId, contact, onDone }: { clientId: string; contact?: Contact; onDone(): void }) {
  const { t } = useTranslation();
  const form = useZodForm(ContactInput, {
    clientId,
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
  } satisfies ContactFormValues);
  const create = useApiMutation('contacts.create');
  const update = useApiMutation('contacts.update');

  const submit = form.onSubmit(async (parsed) => {
    if (contact) {
      await update.mutateAsync({ ...parsed, id: contact.id });
      notifySuccess(t('contacts.updated'));
    } else {
      await create.mutateAsync(parsed);
      notifySuccess(t('contacts.created'));
    }
    onDone();
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label={t('contacts.fields.name')}
            withAsterisk
            data-autofocus
            autoComplete="off"
            {...form.text('name')}
          />
          <TextInput label={t('contacts.fields.role')} autoComplete="off" {...form.text('role')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('contacts.fields.email')} type="email" autoComplete="off" {...form.text('email')} />
          <TextInput label={t('contacts.fields.phone')} type="tel" autoComplete="off" {...form.text('phone')} />
        </Group>
        <FormActions submitting={form.submitting} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function ContactFormModal({
  opened,
  clientId,
  contact,
  onClose,
}: {
  opened: boolean;
  clientId: string;
  contact?: Contact;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={contact ? t('contacts.edit') : t('contacts.new')}>
      <ContactForm clientId={clientId} contact={contact} onDone={onClose} />
    </Modal>
  );
}
