import { Kbd } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { chordCaps, type Shortcut } from './workshopKeys';
import classes from './Workshop.module.css';

/**
 * A shortcut's keys as key caps: "1–5" for a range, "0 / N" for alternatives, "Ctrl + Z" for a chord.
 * Screen readers get the same keys as words ("1 to 5", "0 or N").
 */
export function KeyCaps({ shortcut, size = 'xs' }: { shortcut: Shortcut; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const chords = shortcut.display === 'range' ? [shortcut.chords[0], shortcut.chords.at(-1)] : shortcut.chords;
  const separator = shortcut.display === 'range' ? '–' : '/';
  const spoken = shortcut.display === 'range' ? t('workshop.keysRange') : t('workshop.keysOr');
  return (
    <span className={classes.caps}>
      {chords.map((chord, i) =>
        chord ? (
          <Fragment key={i}>
            {i > 0 && (
              <>
                <span aria-hidden>{separator}</span>
                <span className={classes.srOnly}>{` ${spoken} `}</span>
              </>
            )}
            <span className={classes.chord}>
              {chordCaps(chord).map((cap, j) => (
                <Fragment key={j}>
                  {j > 0 && <span aria-hidden>+</span>}
                  <Kbd size={size}>{cap}</Kbd>
                </Fragment>
              ))}
            </span>
          </Fragment>
        ) : null,
      )}
    </span>
  );
}
