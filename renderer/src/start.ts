import { languageForLocale } from '../../shared/domain/identifiers';
import { FIRST_SCREEN_WAIT_MS, prefetchFirstScreen, settledWithin } from './app/firstScreen';
import { createQueryClient } from './app/queryClient';
import { warmUpIntl } from './i18n/format';
import { startUiI18n } from './i18n/i18n';

/**
 * What the window asks for before the rest of the first script runs. main.tsx imports this module first,
 * and modules run in the order they are imported, so these requests leave while React, Mantine and the
 * router are still being evaluated (≈ 0.15 s), not after. Nothing here may import those: this module and
 * its imports stay clear of react-dom, @mantine/* and react-router.
 *
 * The strings first (the first render waits for them), then the settings that gate every screen and the
 * first screen's data, all at once rather than one after another.
 */
export const strings = startUiI18n();
export const queryClient = createQueryClient();
/** The first render waits for the first screen's data too, for a moment (see FIRST_SCREEN_WAIT_MS). */
export const firstScreen = settledWithin(prefetchFirstScreen(queryClient, window.location.hash), FIRST_SCREEN_WAIT_MS);

// Meanwhile load the ICU data the first render would otherwise wait for. A task later, so the requests above
// are on their way first.
setTimeout(() => warmUpIntl(languageForLocale(navigator.language)), 0);
