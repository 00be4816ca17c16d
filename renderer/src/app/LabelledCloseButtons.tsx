import { createTheme, MantineThemeProvider } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The × of every dialog, drawer and toast named in the UI's language ("Close", "Sluiten"): Mantine draws it
 * as an icon without a name, which screen readers announce as "button" and axe counts as critical. Merged
 * into the app's theme (app/theme.ts), so the dialogs' other defaults stay.
 */
export function LabelledCloseButtons({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const label = t('common.close');
  const labelled = useMemo(() => {
    const closeButtonProps = { 'aria-label': label };
    return createTheme({
      components: {
        Modal: { defaultProps: { closeButtonProps } },
        Drawer: { defaultProps: { closeButtonProps } },
        Notification: { defaultProps: { closeButtonProps } },
      },
    });
  }, [label]);
  return <MantineThemeProvider theme={labelled}>{children}</MantineThemeProvider>;
}
