import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { markOsColorScheme } from './app/colorScheme';
import { FIRST_SCREEN_WAIT_MS, prefetchFirstScreen, settledWithin } from './app/firstScreen';
import { createQueryClient } from './app/queryClient';
import { warmUpIntl } from './i18n/format';
import { startUiI18n } from './i18n/i18n';
import { languageForLocale } from '../../shared/domain/identifiers';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
markOsColorScheme();

// The strings first (the first render waits for them), then the settings that gate every screen and the
// first screen's data, all at once rather than one after another; the first render waits for those too,
// for a moment (see FIRST_SCREEN_WAIT_MS).
const strings = startUiI18n();
const queryClient = createQueryClient();
const firstScreen = settledWithin(prefetchFirstScreen(queryClient, window.location.hash), FIRST_SCREEN_WAIT_MS);

// Meanwhile the main thread is idle: load the ICU data the first render would otherwise wait for. A task
// later, so the requests above are on their way first.
setTimeout(() => warmUpIntl(languageForLocale(navigator.language)), 0);

void Promise.all([strings, firstScreen]).then(([i18n]) =>
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} />
    </StrictMode>,
  ),
);
