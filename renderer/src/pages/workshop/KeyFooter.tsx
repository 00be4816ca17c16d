import { useTranslation } from 'react-i18next';
import { KeyCaps } from './KeyCaps';
import { footerShortcuts, type KeyContext } from './workshopKeys';
import classes from './Workshop.module.css';

/** The everyday shortcuts that work right now, read from the key table; `?` lists the rest. */
export function KeyFooter({ context }: { context: KeyContext }) {
  const { t } = useTranslation();
  return (
    <footer className={classes.footer} aria-label={t('workshop.keysLabel')} data-testid="workshop-footer">
      {footerShortcuts(context).map((shortcut) => (
        <span key={shortcut.id} className={classes.hint} data-shortcut={shortcut.id}>
          <KeyCaps shortcut={shortcut} />
          <span>{t(shortcut.label)}</span>
        </span>
      ))}
    </footer>
  );
}
