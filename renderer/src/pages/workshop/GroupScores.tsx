import { useTranslation } from 'react-i18next';
import { type BookEntry, isAnswered } from './answerBook';
import classes from './Workshop.module.css';

export interface GroupAnswer {
  id: string;
  code: string;
  entry: BookEntry | undefined;
}

/** Two or more points apart: worth a conversation in the room. */
export const NOTABLE_SPREAD = 2;

/**
 * `V`: every group's answer to one question side by side, the group now scoring marked, and a spread of two
 * points or more flagged as "Δ2" (in amber: meaning, not decoration), in no more room than the score buttons.
 */
export function GroupScores({
  answers,
  currentId,
  naShort,
}: {
  answers: GroupAnswer[];
  currentId: string | null;
  naShort: string;
}) {
  const { t } = useTranslation();
  const scores = answers.flatMap((a) =>
    a.entry && !a.entry.notApplicable && a.entry.score !== null ? [a.entry.score] : [],
  );
  const spread = scores.length > 1 ? Math.max(...scores) - Math.min(...scores) : 0;
  const notable = spread >= NOTABLE_SPREAD;
  return (
    <div className={classes.groupScores} data-testid="group-scores" data-spread={spread} data-notable={notable}>
      <ul className={classes.groupCells} aria-label={t('workshop.groupScoresLabel')}>
        {answers.map((a) => {
          const shown = !isAnswered(a.entry) ? '–' : a.entry?.notApplicable ? naShort : String(a.entry?.score);
          const spoken = !isAnswered(a.entry) ? t('workshop.noAnswer') : shown;
          return (
            <li
              key={a.id}
              className={classes.groupCell}
              data-current={a.id === currentId}
              data-group-id={a.id}
              title={a.code}
            >
              <span className={classes.srOnly}>{t('workshop.groupScore', { group: a.code, answer: spoken })}</span>
              <span className={classes.groupCode} aria-hidden>
                {a.code}
              </span>
              <span className={classes.groupValue} aria-hidden>
                {shown}
              </span>
            </li>
          );
        })}
      </ul>
      <span>
        {notable && (
          <span className={classes.spread} data-testid="group-spread" title={t('workshop.spread', { points: spread })}>
            <span aria-hidden>Δ{spread}</span>
            <span className={classes.srOnly}>{t('workshop.spread', { points: spread })}</span>
          </span>
        )}
      </span>
    </div>
  );
}
