import { Badge, Button, Group, Loader, Skeleton, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, type KeyboardEvent, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientRow } from '../../../../shared/clients/schemas';
import { countryName } from '../../../../shared/domain/countryNames';
import { errorSentence } from '../../app/errorText';
import { useFormat } from '../../i18n/format';
import { sectorLabel } from '../../i18n/labels';
import { IconChevronDown, IconChevronUp } from '../../ui/icons';
import classes from './ClientList.module.css';
import type { ClientSort, SortDirection } from './clientListState';
import type { TranslationKey } from '../../../../shared/i18n/keys';

/** Fixed row height: measuring thousands of rows would cost more than it gives in a dense table. */
const ROW_HEIGHT = 40;
/** Start fetching the next page this many rows before the end, so scrolling rarely meets the loader. */
const PREFETCH_ROWS = 60;

export interface ClientListHandle {
  focusFirstRow(): void;
}

interface ClientListProps {
  rows: ClientRow[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  /** The next page failed: the loader row offers a retry instead of asking again on every render. */
  loadMoreError: unknown;
  stale: boolean;
  sort: ClientSort;
  direction: SortDirection;
  onSort(sort: ClientSort): void;
  onLoadMore(): void;
  onOpen(row: ClientRow): void;
  /** ArrowUp on the first row returns here (the search box). */
  onLeaveTop?(): void;
}

const COLUMNS: { key: string; label: TranslationKey; sort?: ClientSort; numeric?: boolean }[] = [
  { key: 'name', label: 'clients.columns.name', sort: 'name' },
  { key: 'sector', label: 'clients.columns.sector', sort: 'sector' },
  { key: 'sizeBand', label: 'clients.columns.sizeBand', sort: 'sizeBand' },
  { key: 'country', label: 'clients.columns.country', sort: 'country' },
  { key: 'engagements', label: 'clients.columns.engagements', numeric: true },
  { key: 'updatedAt', label: 'clients.sort.updatedAt', sort: 'updatedAt' },
];

/**
 * The client table: a virtualised grid (only the visible rows are in the DOM, so ten thousand clients
 * scroll as smoothly as ten) that asks for the next page as the end comes into view. Rows are
 * focusable: ↑/↓ move, Enter opens.
 */
export const ClientList = forwardRef<ClientListHandle, ClientListProps>(function ClientList(props, ref) {
  const {
    rows,
    total,
    hasMore,
    loadingMore,
    loadMoreError,
    stale,
    sort,
    direction,
    onSort,
    onLoadMore,
    onOpen,
    onLeaveTop,
  } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const viewportRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => viewportRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && !loadMoreError && lastVisible >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, loadMoreError, lastVisible, rows.length, onLoadMore]);

  // Moving focus to a row that is not rendered yet: scroll to it, then focus once it exists.
  useEffect(() => {
    if (focusIndex === null) return;
    const row = viewportRef.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"]`);
    if (row) {
      row.focus();
      setFocusIndex(null);
    }
  }, [focusIndex, items]);

  const moveFocus = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    setFocusIndex(target);
  };

  useImperativeHandle(ref, () => ({ focusFirstRow: () => rows.length > 0 && moveFocus(0) }));

  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, index: number, row: ClientRow) => {
    const page = Math.max(1, Math.floor((viewportRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, () => void> = {
      Enter: () => onOpen(row),
      ' ': () => onOpen(row),
      ArrowDown: () => moveFocus(index + 1),
      ArrowUp: () => (index === 0 && onLeaveTop ? onLeaveTop() : moveFocus(index - 1)),
      PageDown: () => moveFocus(index + page),
      PageUp: () => moveFocus(index - page),
      Home: () => moveFocus(0),
      End: () => moveFocus(rows.length - 1),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  return (
    <div
      className={classes.frame}
      role="table"
      aria-label={t('clients.title')}
      aria-rowcount={total + 1}
      aria-busy={stale || loadingMore}
    >
      <div className={classes.header} role="row" aria-rowindex={1}>
        {COLUMNS.map((column) => {
          const sorted = column.sort === sort;
          return (
            <div
              key={column.key}
              role="columnheader"
              className={column.numeric ? classes.numeric : classes.cell}
              aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {column.sort ? (
                <button
                  type="button"
                  className={`${classes.sortButton} ${sorted ? classes.sorted : ''}`}
                  onClick={() => column.sort && onSort(column.sort)}
                >
                  {t(column.label)}
                  {sorted && (direction === 'asc' ? <IconChevronUp size={12} /> : <IconChevronDown size={12} />)}
                </button>
              ) : (
                t(column.label)
              )}
            </div>
          );
        })}
      </div>
      <div ref={viewportRef} className={`${classes.viewport} ${stale ? classes.stale : ''}`} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            const style = { height: item.size, transform: `translateY(${item.start}px)` };
            if (!row) {
              return (
                <div key="loader" className={classes.row} style={style} role="row" aria-rowindex={item.index + 2}>
                  {loadMoreError && !loadingMore ? (
                    <Group gap="xs" role="cell" wrap="nowrap" style={{ gridColumn: '1 / -1' }}>
                      <Text size="sm" c="red">
                        {errorSentence(t, loadMoreError)}
                      </Text>
                      <Button size="compact-xs" variant="default" onClick={onLoadMore}>
                        {t('common.retry')}
                      </Button>
                    </Group>
                  ) : (
                    <Group gap="xs" role="cell" style={{ gridColumn: '1 / -1' }}>
                      <Loader size={14} />
                      <Text size="sm" c="dimmed">
                        {t('clients.loadingMore')}
                      </Text>
                    </Group>
                  )}
                </div>
              );
            }
            return (
              <div
                key={row.id}
                data-index={item.index}
                data-testid="client-row"
                className={classes.row}
                style={style}
                role="row"
                aria-rowindex={item.index + 2}
                tabIndex={0}
                onClick={() => onOpen(row)}
                onKeyDown={(event) => onRowKey(event, item.index, row)}
              >
                {/* Plain elements in the rows: a screenful of rows is on the first render's path. */}
                <div className={`${classes.cell} ${classes.name}`} role="cell" title={row.name}>
                  <span className={classes.nameText}>{row.name}</span>
                  {row.archivedAt && (
                    <Badge size="xs" variant="outline" color="gray">
                      {t('clients.archivedBadge')}
                    </Badge>
                  )}
                </div>
                <div className={classes.cell} role="cell" title={sectorLabel(t, row.sector)}>
                  <span>{row.sector}</span>
                  <span className={classes.dimmed}> — {t(`sectors.${row.sector}`)}</span>
                </div>
                <div className={classes.cell} role="cell">
                  {t(`sizeBands.${row.sizeBand}`)}
                </div>
                <div className={classes.cell} role="cell">
                  {countryName(row.country, format.language)}
                </div>
                <div className={classes.numeric} role="cell">
                  {format.number(row.engagementCount)}
                </div>
                <div className={`${classes.cell} ${classes.dimmed}`} role="cell">
                  {format.dateOf(row.updatedAt)}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

/** Placeholder rows while the first page loads, shaped like the table so nothing jumps. */
export function ClientListSkeleton() {
  return (
    <div className={classes.frame} aria-hidden="true">
      <div className={classes.header} />
      {Array.from({ length: 8 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div key={i} className={classes.columns} style={{ height: ROW_HEIGHT }}>
          <Skeleton h={12} w="70%" />
          <Skeleton h={12} w="60%" />
          <Skeleton h={12} w="50%" />
          <Skeleton h={12} w="55%" />
          <Skeleton h={12} w="30%" ml="auto" />
          <Skeleton h={12} w="60%" />
        </div>
      ))}
    </div>
  );
}
