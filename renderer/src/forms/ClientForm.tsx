import { Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Client, ClientInput } from '../../../shared/clients/schemas';
import { useApiMutation, useApiQuery } from '../api/client';
import { filterCountries } from './countrySearch';
import { notifySuccess } from '../app/notify';
import { FormActions } from './FormActions';
import { useZodForm } from './useZodForm';
import { useLanguage } from '../i18n/i18n';
import { countryOptions, sectorOptions, sizeBandOptions } from '../i18n/labels';

/** What the form holds: strings as typed, `null` for a choice not made yet; ClientInput parses it. */
interface ClientFormValues extends Record<string, unknown> {
  name: string;
  sector: string | null;
  sizeBand: string | null;
  country: string | null;
  notes: string;
}

/** A new client starts in the firm's own country (Settings); the consultant picks another where needed. */
const valuesOf = (client: Client | undefined, firmCountry: string | null): ClientFormValues => ({
  name: client?.name ?? '',
  sector: client?.sector ?? null,
  sizeBand: client?.sizeBand ?? null,
  country: client?.country ?? firmCountry,
  notes: client?.notes ?? '',
});

export function ClientForm({
  client,
  onSaved,
  onCancel,
}: {
  /** The client to edit; a new client when absent. */
  client?: Client;
  onSaved(saved: { id: string; name: string }): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Loaded before any screen shows (SettingsGate), so the first render already has the firm's country.
  const settings = useApiQuery('settings.get', {});
  const form = useZodForm(ClientInput, valuesOf(client, settings.data?.firmCountry ?? null));
  const create = useApiMutation('clients.create');
  const update = useApiMutation('clients.update');
  const sectors = useMemo(() => sectorOptions(t), [t]);
  const sizeBands = useMemo(() => sizeBandOptions(t), [t]);
  const countries = useMemo(() => countryOptions(language), [language]);

  const submit = form.onSubmit(async (parsed) => {
    if (client) {
      await update.mutateAsync({ ...parsed, id: client.id });
      notifySuccess(t('clients.updated'));
      onSaved({ id: client.id, name: parsed.name });
    } else {
      const { id } = await create.mutateAsync(parsed);
      notifySuccess(t('clients.created', { name: parsed.name }));
      onSaved({ id, name: parsed.name });
    }
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('clients.fields.name')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          {...form.text('name')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('clients.fields.sector')}
            withAsterisk
            data={sectors}
            searchable
            allowDeselect={false}
            maxDropdownHeight={320}
            {...form.select('sector')}
          />
          <Select
            label={t('clients.fields.sizeBand')}
            withAsterisk
            data={sizeBands}
            allowDeselect={false}
            {...form.select('sizeBand')}
          />
        </Group>
        <Select
          label={t('clients.fields.country')}
          withAsterisk
          data={countries}
          searchable
          filter={filterCountries}
          allowDeselect={false}
          maxDropdownHeight={280}
          {...form.select('country')}
        />
        <Textarea label={t('clients.fields.notes')} autosize minRows={3} maxRows={10} {...form.text('notes')} />
        <FormActions submitting={form.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function ClientFormModal({
  opened,
  client,
  onClose,
  onSaved,
}: {
  opened: boolean;
  client?: Client;
  onClose(): void;
  onSaved?(saved: { id: string; name: string }): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={client ? t('clients.edit') : t('clients.new')}>
      <ClientForm
        client={client}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </Modal>
  );
}
