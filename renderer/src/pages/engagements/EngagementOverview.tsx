import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../../shared/clients/schemas';
import { useFormat } from '../../i18n/format';
import { Fact } from '../../ui/Fact';
import { IconPencil } from '../../ui/icons';
import { StatusBadge } from '../../ui/StatusBadge';
import { EngagementFormModal } from '../../forms/EngagementForm';
import { Section } from '../../ui/Section';

/** What was agreed with the client, editable in the same form as on the client page. */
export function EngagementOverview({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, { open, close }] = useDisclosure(false);
  return (
    <Section
      title={t('engagement.details')}
      action={
        <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={open}>
          {t('common.edit')}
        </Button>
      }
    >
      <Stack gap="md" p="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm">
          <Fact label={t('engagements.fields.client')}>{engagement.clientName}</Fact>
          <Fact label={t('engagements.fields.purpose')}>{t(`purposes.${engagement.purpose}`)}</Fact>
          <Fact label={t('engagements.fields.status')}>
            <StatusBadge status={engagement.status} />
          </Fact>
          <Fact label={t('engagements.fields.period')}>
            <span className="tabular">{format.period(engagement.startsOn, engagement.endsOn)}</span>
          </Fact>
          <Fact label={t('engagements.fields.lead')}>{engagement.lead ?? t('common.none')}</Fact>
          <Fact label={t('engagement.benchmarkConsent')}>
            {engagement.benchmarkConsent ? t('engagements.consentYes') : t('engagements.consentNo')}
          </Fact>
          <Fact label={t('clients.sort.updatedAt')}>{format.dateTime(engagement.updatedAt)}</Fact>
        </SimpleGrid>
        <Fact label={t('engagements.fields.notes')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{engagement.notes ?? t('common.none')}</span>
        </Fact>
      </Stack>
      <EngagementFormModal opened={editing} clientId={engagement.clientId} engagement={engagement} onClose={close} />
    </Section>
  );
}
