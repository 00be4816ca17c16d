import {
  ActionIcon,
  Button,
  Group,
  Kbd,
  MultiSelect,
  SegmentedControl,
  Select,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { forwardRef, type KeyboardEvent, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_SORTS } from '../../../../shared/clients/listing';
import { sectorOptions, sizeBandOptions, statusOptions } from '../../i18n/labels';
import { IconSearch, IconSortAscending, IconSortDescending } from '../../ui/icons';
import type { ClientListState } from './clientListState';

/** How long typing may pause before the list is asked again: fast enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 120;

/**
 * Mantine keeps a closed dropdown in the page, every option rendered and positioned: four of them on the
 * list's first render for nothing. They are made when opened instead.
 */
const CLOSED_UNMOUNTED = { keepMounted: false } as const;

export interface ClientFiltersHandle {
  focusSearch(): void;
}

interface ClientFiltersProps {
  state: ClientListState;
  onChange(change: Partial<ClientListState>): void;
  onClear(): void;
  /** ArrowDown in the search box moves into the list. */
  onEnterList(): void;
}

/** Search-as-you-type, filters and order of the client list. `/` or Ctrl+F jumps to the search box. */
export const ClientFilters = forwardRef<ClientFiltersHandle, ClientFiltersProps>(function ClientFilters(
  { state, onChange, onClear, onEnterList },
  ref,
) {
  const { t } = useTranslation();
  const searchRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(state.search);
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  // The last search this box sent: an echo of it from the URL must not overwrite newer keystrokes.
  const sent = useRef(state.search);

  useEffect(() => {
    if (debounced === sent.current) return;
    sent.current = debounced;
    onChange({ search: debounced });
  }, [debounced, onChange]);

  useEffect(() => {
    if (state.search === sent.current) return;
    // Changed from outside (Clear filters, Back): show it.
    sent.current = state.search;
    setText(state.search);
  }, [state.search]);

  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };
  useImperativeHandle(ref, () => ({ focusSearch }));
  useHotkeys([
    ['/', focusSearch],
    ['mod+F', focusSearch],
  ]);

  const sectors = useMemo(() => sectorOptions(t), [t]);
  const sizeBands = useMemo(() => sizeBandOptions(t), [t]);
  const statuses = useMemo(() => statusOptions(t), [t]);
  const sorts = useMemo(() => CLIENT_SORTS.map((s) => ({ value: s, label: t(`clients.sort.${s}`) })), [t]);
  const filtered =
    state.sectors.length > 0 ||
    state.sizeBands.length > 0 ||
    state.engagementStatuses.length > 0 ||
    text !== '' ||
    state.show !== 'active';

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onEnterList();
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
    } else if (event.key === 'Enter') {
      // Enter searches at once instead of waiting for the pause.
      sent.current = text;
      onChange({ search: text });
    }
  };

  const nextDirection = state.direction === 'asc' ? 'desc' : 'asc';

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" mb="sm">
      <TextInput
        ref={searchRef}
        aria-label={t('common.search')}
        placeholder={t('clients.searchPlaceholder')}
        type="search"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onSearchKey}
        leftSection={<IconSearch size={16} />}
        rightSection={text === '' ? <Kbd size="xs">/</Kbd> : null}
        rightSectionPointerEvents="none"
        style={{ flex: '1 1 280px', minWidth: 220 }}
        autoComplete="off"
        spellCheck={false}
      />
      <MultiSelect
        aria-label={t('clients.filter.sectors')}
        placeholder={state.sectors.length ? undefined : t('clients.filter.sectors')}
        data={sectors}
        value={state.sectors}
        onChange={(value) => onChange({ sectors: value as ClientListState['sectors'] })}
        searchable
        clearable
        maxDropdownHeight={320}
        comboboxProps={{ ...CLOSED_UNMOUNTED, width: 360, position: 'bottom-start' }}
        style={{ flex: '0 1 200px' }}
      />
      <MultiSelect
        aria-label={t('clients.filter.sizeBands')}
        placeholder={state.sizeBands.length ? undefined : t('clients.filter.sizeBands')}
        data={sizeBands}
        value={state.sizeBands}
        onChange={(value) => onChange({ sizeBands: value as ClientListState['sizeBands'] })}
        clearable
        comboboxProps={{ ...CLOSED_UNMOUNTED, width: 240, position: 'bottom-start' }}
        style={{ flex: '0 1 170px' }}
      />
      <MultiSelect
        aria-label={t('clients.filter.engagementStatuses')}
        placeholder={state.engagementStatuses.length ? undefined : t('clients.filter.engagementStatuses')}
        data={statuses}
        value={state.engagementStatuses}
        onChange={(value) => onChange({ engagementStatuses: value as ClientListState['engagementStatuses'] })}
        clearable
        comboboxProps={{ ...CLOSED_UNMOUNTED, width: 220, position: 'bottom-start' }}
        style={{ flex: '0 1 190px' }}
      />
      <SegmentedControl
        aria-label={t('clients.filter.show')}
        value={state.show}
        onChange={(value) => onChange({ show: value as ClientListState['show'] })}
        data={[
          { value: 'active', label: t('clients.showShort.active') },
          { value: 'archived', label: t('clients.showShort.archived') },
          { value: 'all', label: t('clients.showShort.all') },
        ]}
      />
      <Group gap={4} wrap="nowrap">
        <Select
          aria-label={t('clients.sort.label')}
          data={sorts}
          value={state.sort}
          onChange={(value) => value && onChange({ sort: value as ClientListState['sort'] })}
          allowDeselect={false}
          comboboxProps={CLOSED_UNMOUNTED}
          w={160}
        />
        <Tooltip label={t(`clients.sort.${state.direction}`)}>
          <ActionIcon
            variant="default"
            size={36}
            aria-label={t(`clients.sort.${state.direction}`)}
            onClick={() => onChange({ direction: nextDirection })}
          >
            {state.direction === 'asc' ? <IconSortAscending /> : <IconSortDescending />}
          </ActionIcon>
        </Tooltip>
      </Group>
      {filtered && (
        <Button
          variant="subtle"
          onClick={() => {
            setText('');
            onClear();
          }}
        >
          {t('common.clearFilters')}
        </Button>
      )}
    </Group>
  );
});
