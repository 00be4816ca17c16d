import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchFirstScreen } from './app/firstScreen';
import { createQueryClient } from './app/queryClient';
import { startUiI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The settings gate every screen (their language first): ask for them, and for the first screen's data,
// while the strings load, not after.
const queryClient = createQueryClient();
prefetchFirstScreen(queryClient, window.location.hash);

void startUiI18n().then((i18n) =>
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} />
    </StrictMode>,
  ),
);
