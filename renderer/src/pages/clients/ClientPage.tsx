import { ActionIcon, Alert, Anchor, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ClientDetail } from '../../../../shared/clients/schemas';
import { useApiMutation, useApiQuery } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../app/notify';
import { IconArchive, IconArrowLeft, IconDots, IconDownload, IconPencil, IconRestore, IconTrash } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { SubjectState } from '../../ui/QueryState';
import { showArchivedToast } from './ArchivedToast';
import { ClientFormModal } from '../../forms/ClientForm';
import { ClientProfile } from './ClientProfile';
import { ContactsSection } from './ContactsSection';
import { EraseClientModal } from './EraseClientModal';
import { ExportBundleModal } from './ExportBundleModal';
import { EngagementsSection } from './EngagementsSection';
import { Section } from '../../ui/Section';

function BackToClients() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/clients" size="sm" c="dimmed" w="fit-content">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} />
        {t('clients.title')}
      </Group>
    </Anchor>
  );
}

/** One client: profile, engagements and contacts, with archive, restore and (guarded) erasure. */
export function ClientPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const detail = useApiQuery('clients.get', { id: clientId });

  if (detail.data) return <ClientView detail={detail.data} />;

  return (
    <Page title={t('clients.title')} above={<BackToClients />}>
      <SubjectState query={detail} back={{ to: '/clients', label: t('clients.title') }} />
    </Page>
  );
}

function ClientView({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { client, contacts, engagements } = detail;
  const archived = client.archivedAt !== null;
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const [erasing, { open: openErase, close: closeErase }] = useDisclosure(false);
  const [exporting, { open: openExport, close: closeExport }] = useDisclosure(false);
  const archive = useApiMutation('clients.archive');
  const restore = useApiMutation('clients.restore');

  const onArchive = () =>
    archive.mutate(
      { id: client.id },
      { onSuccess: () => showArchivedToast(client.id, client.name), onError: (error) => notifyFailure(t, error) },
    );
  const onRestore = () =>
    restore.mutate(
      { id: client.id },
      {
        onSuccess: () => notifySuccess(t('clients.restored', { name: client.name })),
        onError: (error) => notifyFailure(t, error),
      },
    );

  return (
    <Page
      title={client.name}
      above={<BackToClients />}
      badges={
        <Group gap={6} wrap="nowrap">
          {archived && (
            <Badge variant="outline" color="gray">
              {t('clients.archivedBadge')}
            </Badge>
          )}
          {client.demo && (
            <Badge variant="light" color="orange">
              {t('app.demoBadge')}
            </Badge>
          )}
        </Group>
      }
      actions={
        <>
          {archived ? (
            <Button
              variant="default"
              leftSection={<IconRestore size={16} />}
              onClick={onRestore}
              loading={restore.isPending}
            >
              {t('common.restore')}
            </Button>
          ) : (
            <>
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={openEdit}>
                {t('common.edit')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconArchive size={16} />}
                onClick={onArchive}
                loading={archive.isPending}
              >
                {t('common.archive')}
              </Button>
            </>
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size={36} aria-label={t('common.moreActions')}>
                <IconDots />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconDownload size={16} />} onClick={openExport}>
                {t('bundles.export.menu')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={openErase}>
                {t('erasure.menu')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </>
      }
    >
      <Stack gap="lg">
        {archived && (
          <Alert variant="light" color="gray" icon={<IconArchive />}>
            <Group justify="space-between" gap="md">
              <Text size="sm">{t('clients.archivedBanner')}</Text>
              <Button size="xs" variant="default" onClick={onRestore} loading={restore.isPending}>
                {t('common.restore')}
              </Button>
            </Group>
          </Alert>
        )}
        <Section title={t('clients.profile')}>
          <ClientProfile client={client} />
        </Section>
        <EngagementsSection clientId={client.id} engagements={engagements} readOnly={archived} />
        <ContactsSection clientId={client.id} contacts={contacts} readOnly={archived} />
      </Stack>
      <ClientFormModal opened={editing} client={client} onClose={closeEdit} />
      <ExportBundleModal client={client} engagements={engagements} opened={exporting} onClose={closeExport} />
      <EraseClientModal
        client={client}
        opened={erasing}
        onClose={closeErase}
        onErased={() => {
          closeErase();
          navigate('/clients');
        }}
      />
    </Page>
  );
}
