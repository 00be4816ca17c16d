import { AppShell, Badge, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useApiQuery } from '../api/client';
import { IconBenchmark, IconClients, IconHome, IconSettings } from '../ui/icons';
import { AppStateMarker } from './AppStateMarker';
import type { TranslationKey } from '../../../shared/i18n/keys';
import { DatabaseHealthBanner } from './DatabaseHealthBanner';

/**
 * The places of the workbench, in the order of docs/domain.md ("The workbench's places"); later places join
 * when their feature works.
 */
const PLACES: { path: string; label: TranslationKey; icon: ReactNode; matches(pathname: string): boolean }[] = [
  { path: '/', label: 'nav.home', icon: <IconHome />, matches: (p) => p === '/' },
  {
    path: '/clients',
    label: 'nav.clients',
    icon: <IconClients />,
    // An engagement is reached through its client until Engagements becomes a place of its own.
    matches: (p) => p.startsWith('/clients') || p.startsWith('/engagements'),
  },
  {
    path: '/benchmarks',
    label: 'nav.benchmarks',
    icon: <IconBenchmark />,
    matches: (p) => p.startsWith('/benchmarks'),
  },
  { path: '/settings', label: 'nav.settings', icon: <IconSettings />, matches: (p) => p.startsWith('/settings') },
];

export const NAVBAR_WIDTH = 216;

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const info = useApiQuery('app.info', {}, { staleTime: Number.POSITIVE_INFINITY });
  // Two counts, not Home's list: the frame asks on every start, whatever the size of the database.
  const badge = useApiQuery('home.badge', {});

  return (
    <AppShell navbar={{ width: NAVBAR_WIDTH, breakpoint: 0 }} padding={0}>
      <AppShell.Navbar p="xs">
        <AppShell.Section px="xs" pt={6} pb="md">
          <Text fw={700} size="md" lh={1.2}>
            {t('app.name')}
          </Text>
          <Text size="xs" c="dimmed" lh={1.3}>
            {t('app.tagline')}
          </Text>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label={t('nav.mainNavigation')}>
            <Stack gap={2}>
              {PLACES.map((place) => {
                const active = place.matches(pathname);
                return (
                  <NavLink
                    key={place.path}
                    component={Link}
                    to={place.path}
                    label={t(place.label)}
                    leftSection={place.icon}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    variant="light"
                    styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
                  />
                );
              })}
            </Stack>
          </nav>
        </AppShell.Section>
        <AppShell.Section px="xs" pb={4}>
          <Stack gap={6} align="flex-start">
            {badge.data?.demo && (
              <Badge color="orange" variant="light" size="sm">
                {t('app.demoBadge')}
              </Badge>
            )}
            {info.data && (
              <Text size="xs" c="dimmed">
                {t('settings.version', { version: info.data.version })}
              </Text>
            )}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <AppStateMarker />
        <DatabaseHealthBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
