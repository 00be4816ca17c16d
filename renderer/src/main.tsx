// First: the requests of the first screen leave before the modules below are evaluated (see start.ts).
import { firstScreen, queryClient, strings } from './start';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { markOsColorScheme } from './app/colorScheme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
markOsColorScheme();

void Promise.all([strings, firstScreen]).then(([i18n]) =>
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} />
    </StrictMode>,
  ),
);
