import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../shared/domain/countryNames';
import type { Client } from '../../../../shared/clients/schemas';
import { useFormat } from '../../i18n/format';
import { sectorLabel } from '../../i18n/labels';
import { Fact } from '../../ui/Fact';

/** The client's profile as facts at a glance; editing happens in the modal form. */
export function ClientProfile({ client }: { client: Client }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md" p="md">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm">
        <Fact label={t('clients.fields.sector')}>{sectorLabel(t, client.sector)}</Fact>
        <Fact label={t('clients.fields.sizeBand')}>{t(`sizeBands.${client.sizeBand}`)}</Fact>
        <Fact label={t('clients.fields.country')}>{countryName(client.country, format.language)}</Fact>
        <Fact label={t('clients.sort.updatedAt')}>{format.dateTime(client.updatedAt)}</Fact>
      </SimpleGrid>
      <Fact label={t('clients.fields.notes')}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{client.notes ?? t('common.none')}</span>
      </Fact>
    </Stack>
  );
}
