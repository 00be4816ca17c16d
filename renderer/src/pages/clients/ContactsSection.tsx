import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/clients/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconPlus } from '../../ui/icons';
import { ContactFormModal } from './ContactForm';
import { RowActions } from '../../ui/RowActions';
import { Section } from '../../ui/Section';

type Editing = { mode: 'new' } | { mode: 'edit'; contact: Contact } | null;

/** The people the consultant works with at this client. */
export function ContactsSection({
  clientId,
  contacts,
  readOnly,
}: {
  clientId: string;
  contacts: Contact[];
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const remove = useApiMutation('contacts.delete');

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(
      { id: deleting.id },
      {
        onSuccess: () => notifySuccess(t('contacts.deleted')),
        onError: (error) => notifyFailure(t, error),
        onSettled: () => setDeleting(null),
      },
    );
  };

  return (
    <Section
      title={t('contacts.title')}
      action={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setEditing({ mode: 'new' })}
          disabled={readOnly}
        >
          {t('contacts.new')}
        </Button>
      }
    >
      {contacts.length === 0 ? (
        <Text c="dimmed" size="sm" p="md">
          {t('contacts.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contacts.fields.name')}</Table.Th>
              <Table.Th>{t('contacts.fields.role')}</Table.Th>
              <Table.Th>{t('contacts.fields.email')}</Table.Th>
              <Table.Th>{t('contacts.fields.phone')}</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.map((contact) => (
              <Table.Tr key={contact.id}>
                <Table.Td fw={500}>{contact.name}</Table.Td>
                <Table.Td>{contact.role ?? t('common.none')}</Table.Td>
                <Table.Td>{contact.email ?? t('common.none')}</Table.Td>
                <Table.Td className="tabular">{contact.phone ?? t('common.none')}</Table.Td>
                <Table.Td>
                  <RowActions
                    name={contact.name}
                    disabled={readOnly}
                    onEdit={() => setEditing({ mode: 'edit', contact })}
                    onDelete={() => setDeleting(contact)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ContactFormModal
        opened={editing !== null}
        clientId={clientId}
        contact={editing?.mode === 'edit' ? editing.contact : undefined}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('contacts.deleteConfirm', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Section>
  );
}
