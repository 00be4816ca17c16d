import { Button } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { IconArrowRight, IconCheck } from '../../ui/icons';
import classes from './Workshop.module.css';

export interface BlockTally {
  id: string;
  answered: number;
  total: number;
}

/**
 * The current group's progress over the building blocks (a click goes to a block) and its tally; once every
 * question is answered the tally turns into the way to the results.
 */
export function BlockProgress({
  progress,
  current,
  complete,
  onGoBlock,
  onResults,
}: {
  progress: BlockTally[];
  current: number;
  complete: boolean;
  onGoBlock(index: number): void;
  onResults(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const answered = progress.reduce((sum, p) => sum + p.answered, 0);
  const total = progress.reduce((sum, p) => sum + p.total, 0);
  const counts = { answered: format.number(answered), total: format.number(total) };
  return (
    <nav
      className={classes.progressRow}
      aria-label={t('workshop.progressLabel', counts)}
      data-testid="workshop-progress"
    >
      <div className={classes.progress} style={{ '--blocks': progress.length } as CSSProperties}>
        {progress.map((p, i) => (
          <button
            key={p.id}
            type="button"
            tabIndex={-1}
            className={classes.segment}
            aria-current={i === current ? 'step' : undefined}
            onClick={() => onGoBlock(i)}
            data-answered={p.answered}
            data-complete={p.total > 0 && p.answered === p.total}
          >
            <span className={classes.segmentTrack}>
              <span
                className={classes.segmentFill}
                style={{ display: 'block', width: `${p.total ? (p.answered / p.total) * 100 : 0}%` }}
              />
            </span>
            <span className={classes.segmentLabel} aria-hidden>
              {p.id} · {p.answered}/{p.total}
            </span>
            <span className={classes.srOnly}>
              {t('workshop.segmentLabel', { block: p.id, answered: p.answered, total: p.total })}
            </span>
          </button>
        ))}
      </div>
      <div className={classes.tally} data-complete={complete}>
        {complete && <IconCheck size={18} strokeWidth={2.5} aria-hidden />}
        <span className="tabular" data-testid="workshop-answered">
          {t('workshop.answeredCount', counts)}
        </span>
        {complete && (
          <Button
            size="compact-sm"
            onClick={onResults}
            rightSection={<IconArrowRight size={14} />}
            data-testid="workshop-results"
          >
            {t('workshop.seeResults')}
          </Button>
        )}
      </div>
    </nav>
  );
}
