import { act, render, screen, waitFor, within } from '@testing-library/react';
import { use } from 'react';
import { createMemoryRouter, type DataRouter, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { createI18n } from '../../shared/i18n';
import { createTestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';
import { seedClient, setLanguage } from './seed';

/** A screen that takes until `ready` settles to render, like a heavy screen in a slow browser. */
function SlowScreen({ ready }: { ready: Promise<void> }) {
  use(ready);
  return <h1>Slow screen</h1>;
}

/** A backend with one client, for tests that render the App themselves. */
function acme() {
  const backend = createTestBackend();
  seedClient(backend, { name: 'Acme' });
  return backend;
}

describe('app shell', () => {
  it('shows Home, Clients, Benchmarks and Settings in the main navigation, in that order', async () => {
    renderApp('/');
    await findPageTitle('Home');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['Home', 'Clients', 'Benchmarks', 'Settings']);
  });

  it('marks the page ready once settings and the first screen have loaded', async () => {
    const backend = createTestBackend();
    seedClient(backend, { name: 'Acme' });
    renderApp('/', backend);
    expect(document.documentElement.dataset.appState).not.toBe('ready');
    await waitFor(() => expect(document.documentElement.dataset.appState).toBe('ready'));
    expect(screen.getByText('1 client · 0 engagements')).toBeTruthy();
  });

  it('is ready again after a navigation only once the new screen has its data', async () => {
    const backend = createTestBackend();
    seedClient(backend, { name: 'Acme' });
    const { user } = renderApp('/', backend);
    await findPageTitle('Home');
    await waitFor(() => expect(document.documentElement.dataset.appState).toBe('ready'));

    let release = () => {};
    backend.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await user.click(screen.getByRole('link', { name: 'Clients' }));
    await findPageTitle('Clients');
    expect(document.documentElement.dataset.appState).toBe('loading');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.documentElement.dataset.appState).toBe('loading');

    backend.gate = null;
    release();
    await waitFor(() => expect(document.documentElement.dataset.appState).toBe('ready'));
    expect(screen.getAllByTestId('client-row')).toHaveLength(1);
  });

  it('is not ready while a navigation is still rendering, though the old screen is still showing', async () => {
    let release = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const backend = createTestBackend();
    seedClient(backend, { name: 'Acme' });
    let router: DataRouter | undefined;
    const withSlowScreen = (routes: RouteObject[]): RouteObject[] =>
      routes.map(
        (route) =>
          ({
            ...route,
            children: [{ path: 'slow', element: <SlowScreen ready={slow} /> }, ...(route.children ?? [])],
          }) as RouteObject,
      );
    render(
      <App
        transport={backend}
        env="test"
        i18n={createI18n('en')}
        createRouter={(routes) => {
          router = createMemoryRouter(withSlowScreen(routes), { initialEntries: ['/'] });
          return router;
        }}
      />,
    );
    await findPageTitle('Home');
    await waitFor(() => expect(document.documentElement.dataset.appState).toBe('ready'));

    // The router renders navigations in a transition: Home stays up (and clickable) until the new screen
    // is ready, so "ready" must not hold, or a click meant for the new screen lands on Home.
    await act(async () => {
      await router?.navigate('/slow');
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    expect(document.documentElement.dataset.appState).toBe('loading');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.documentElement.dataset.appState).toBe('loading');

    release();
    await findPageTitle('Slow screen');
    await waitFor(() => expect(document.documentElement.dataset.appState).toBe('ready'));
  });

  it('is not ready while the code of a screen loaded on first visit is on its way', async () => {
    let arrive = () => {};
    const code = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    let router: DataRouter | undefined;
    const withLazyScreen = (routes: RouteObject[]): RouteObject[] =>
      routes.map(
        (route) =>
          ({
            ...route,
            children: [
              { path: 'later', lazy: () => code.then(() => ({ Component: () => <h1>Later screen</h1> })) },
              ...(route.children ?? []),
            ],
          }) as RouteObject,
      );
    render(
      <App
        transport={acme()}
        env="test"
        i18n={createI18n('en')}
        createRouter={(routes) => {
          router = createMemoryRouter(withLazyScreen(routes), { initialEntries: ['/'] });
          return router;
        }}
      />,
    );
    await findPageTitle('Home');
    await waitFor(() => expect(document.documentElement.dataset.appState).toBe('ready'));

    // No query runs while the code loads, and the URL is still Home's: only the router knows.
    await act(async () => {
      void router?.navigate('/later');
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    expect(document.documentElement.dataset.appState).toBe('loading');

    arrive();
    await findPageTitle('Later screen');
    await waitFor(() => expect(document.documentElement.dataset.appState).toBe('ready'));
  });

  it('speaks Dutch when the settings say so', async () => {
    const backend = createTestBackend();
    setLanguage(backend, 'nl');
    renderApp('/', backend);
    await findPageTitle('Start');
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Start', 'Opdrachtgevers', 'Benchmarks', 'Instellingen']);
    expect(document.documentElement.lang).toBe('nl');
  });

  it('marks the current place in the navigation', async () => {
    const { user } = renderApp('/');
    await findPageTitle('Home');
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await findPageTitle('Settings');
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBeNull();
  });

  it('says what went wrong when the database cannot be opened, in a sentence', async () => {
    const backend = createTestBackend();
    backend.failures.set('settings.get', { code: 'database_newer' });
    renderApp('/', backend);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This database was written by a newer version of SX Workbench.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.dataset.appState).toBe('error'));
  });
});
