import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { LazyModal } from '../../ui/LazyModal';
import { IconPlus, IconUpload } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { QueryError } from '../../ui/QueryError';
import { ClientFilters, type ClientFiltersHandle } from './ClientFilters';
import { ClientList, type ClientListHandle, ClientListSkeleton } from './ClientList';
import { type ClientSort, narrowsList, toListQuery, useClientListState } from './clientListState';
import { useClientPages } from './useClientPages';

const ClientFormModal = lazy(async () => ({ default: (await import('../../forms/ClientForm')).ClientFormModal }));
const ImportBundleModal = lazy(async () => ({ default: (await import('./ImportBundleModal')).ImportBundleModal }));

export function ClientListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { state, update, clearFilters } = useClientListState();
  const query = useMemo(() => toListQuery(state), [state]);
  const pages = useClientPages(query);
  const filtersRef = useRef<ClientFiltersHandle>(null);
  const listRef = useRef<ClientListHandle>(null);
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [importing, { open: openImport, close: closeImport }] = useDisclosure(false);

  const rows = useMemo(() => pages.data?.pages.flatMap((page) => page.rows) ?? [], [pages.data]);
  const total = pages.data?.pages[0]?.total ?? 0;
  const narrowed = narrowsList(state);
  // "No clients yet" only when there are none at all, archived ones included.
  const anyClient = useApiQuery(
    'clients.list',
    { archived: 'all', limit: 1 },
    { enabled: pages.isSuccess && total === 0 && !narrowed },
  );
  const noClientsAtAll = !narrowed && total === 0 && anyClient.data?.total === 0;
  const emptyResult = pages.isSuccess && total === 0 && !pages.isPlaceholderData;

  const openClient = useCallback((id: string) => navigate(`/clients/${encodeURIComponent(id)}`), [navigate]);
  const { fetchNextPage } = pages;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const onSort = useCallback(
    (sort: ClientSort) =>
      update(
        sort === state.sort ? { direction: state.direction === 'asc' ? 'desc' : 'asc' } : { sort, direction: 'asc' },
      ),
    [update, state.sort, state.direction],
  );

  const newClientButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
      {t('clients.new')}
    </Button>
  );

  let body: ReactNode;
  if (pages.isError && !pages.data) {
    body = <QueryError error={pages.error} onRetry={() => void pages.refetch()} />;
  } else if (pages.isPending || (emptyResult && !narrowed && anyClient.isPending)) {
    body = <ClientListSkeleton />;
  } else if (emptyResult && noClientsAtAll) {
    body = <EmptyState title={t('clients.emptyTitle')} body={t('clients.emptyBody')} action={newClientButton} />;
  } else if (emptyResult) {
    // Nothing matches; without filters that means every client is archived.
    body = (
      <EmptyState
        body={t('clients.noMatches')}
        action={
          narrowed ? (
            <Button variant="default" onClick={clearFilters}>
              {t('common.clearFilters')}
            </Button>
          ) : (
            <Button variant="default" onClick={() => update({ show: 'all' })}>
              {t('clients.show.all')}
            </Button>
          )
        }
      />
    );
  } else {
    body = (
      <ClientList
        ref={listRef}
        rows={rows}
        total={total}
        hasMore={pages.hasNextPage}
        loadingMore={pages.isFetchingNextPage}
        loadMoreError={pages.isFetchNextPageError ? pages.error : null}
        stale={pages.isPlaceholderData}
        sort={state.sort}
        direction={state.direction}
        onSort={onSort}
        onLoadMore={loadMore}
        onOpen={(row) => openClient(row.id)}
        onLeaveTop={() => filtersRef.current?.focusSearch()}
      />
    );
  }

  return (
    <Page
      fill
      title={t('clients.title')}
      badges={
        pages.data ? (
          <Text c="dimmed" size="sm" className="tabular" aria-live="polite">
            {format.count('clients.count', total)}
          </Text>
        ) : null
      }
      actions={
        <>
          <Button variant="default" leftSection={<IconUpload size={16} />} onClick={openImport}>
            {t('bundles.import.button')}
          </Button>
          {newClientButton}
        </>
      }
    >
      <ClientFilters
        ref={filtersRef}
        state={state}
        onChange={update}
        onClear={clearFilters}
        onEnterList={() => listRef.current?.focusFirstRow()}
      />
      {body}
      <LazyModal opened={creating}>
        <ClientFormModal opened={creating} onClose={closeCreate} onSaved={({ id }) => openClient(id)} />
      </LazyModal>
      <LazyModal opened={importing}>
        <ImportBundleModal
          opened={importing}
          onClose={closeImport}
          onImported={(id) => {
            closeImport();
            openClient(id);
          }}
        />
      </LazyModal>
    </Page>
  );
}
