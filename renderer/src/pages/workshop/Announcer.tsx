import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Announcement, AnswerValue, ViewShape } from './workshopView';
import { locate } from './workshopView';
import classes from './Workshop.module.css';

/** How long an undo/redo message stays on screen; screen readers hear it once either way. */
const SHOWN_MS = 6000;

/**
 * Says what Ctrl+Z or Ctrl+Y just did, on screen and to screen readers: "Undone: B3 question 2 back to 3".
 * The live region is always in the page (empty when quiet), so the first message is announced too.
 */
export function Announcer({
  announcement,
  shape,
  groupName,
  naShort,
  onDismiss,
}: {
  announcement: Announcement | null;
  shape: ViewShape;
  groupName(id: string): string;
  naShort: string;
  onDismiss(id: number): void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => onDismiss(announcement.id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [announcement, onDismiss]);

  let sentence = '';
  if (announcement) {
    const { change, kind } = announcement;
    const place = locate(shape, change.questionId);
    const value = kind === 'undone' ? change.before : change.after;
    const answer = (v: AnswerValue | null) =>
      !v || (v.score === null && !v.notApplicable)
        ? t('workshop.noAnswer')
        : v.notApplicable
          ? naShort
          : String(v.score);
    sentence = t(`workshop.${kind}`, {
      block: shape.blocks[place?.block ?? -1]?.id ?? '',
      number: (place?.focus ?? 0) + 1,
      answer: answer(value),
      group: shape.groups.length > 1 ? `${groupName(change.groupId)}, ` : '',
    });
  }

  return (
    <div className={classes.announcer} role="status" aria-live="polite" data-testid="workshop-announcer">
      {sentence && (
        <span key={announcement?.id} className={classes.announcement}>
          {sentence}
        </span>
      )}
    </div>
  );
}
