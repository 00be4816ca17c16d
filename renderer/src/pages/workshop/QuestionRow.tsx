import { Textarea, VisuallyHidden } from '@mantine/core';
import { forwardRef, type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorSentence } from '../../app/errorText';
import { IconAlert, IconCheck, IconNote } from '../../ui/icons';
import { type BookEntry, isAnswered } from './answerBook';
import { type GroupAnswer, GroupScores } from './GroupScores';
import classes from './Workshop.module.css';

export interface QuestionRowProps {
  questionId: string;
  number: number;
  text: string;
  element: string;
  entry: BookEntry | undefined;
  current: boolean;
  readOnly: boolean;
  editingNote: boolean;
  /** "n/a" in the UI language. */
  naShort: string;
  scaleLabel(score: number): string;
  /** Every group's answer, shown instead of the score buttons when the groups are compared. */
  compare: { answers: GroupAnswer[]; currentId: string | null } | null;
  onFocusRow(): void;
  onScore(score: number | 'na'): void;
  onNoteDone(text: string | null): void;
}

/**
 * One question of the block: its number and text, the answer as chips (1–5, n/a), and the save state.
 * The row is the keyboard's target (roving focus); the chips are for a mouse and stay out of the tab order.
 * When the groups are compared, every group's answer takes the chips' place.
 */
export const QuestionRow = forwardRef<HTMLDivElement, QuestionRowProps>(function QuestionRow(props, ref) {
  const { t } = useTranslation();
  const { entry, current, readOnly } = props;
  const answered = isAnswered(entry);
  const answerText = !entry
    ? t('workshop.unanswered')
    : entry.notApplicable
      ? t('workshop.notApplicable')
      : entry.score !== null
        ? `${entry.score} — ${props.scaleLabel(entry.score)}`
        : t('workshop.unanswered');

  return (
    <div
      ref={ref}
      className={classes.question}
      role="group"
      tabIndex={current ? 0 : -1}
      aria-current={current ? 'true' : undefined}
      aria-label={t('workshop.questionLabel', { number: props.number, text: props.text, answer: answerText })}
      data-testid="workshop-question"
      data-question-id={props.questionId}
      data-score={entry?.notApplicable ? 'na' : (entry?.score ?? '')}
      data-state={entry ? entry.state : 'empty'}
      data-saved={entry && entry.state === 'saved' ? 'true' : undefined}
      onMouseDown={props.onFocusRow}
      onFocus={props.onFocusRow}
    >
      <span className={classes.number} aria-hidden>
        {props.number}
      </span>
      <div>
        <div className={classes.questionText}>{props.text}</div>
        <div className={classes.element}>{props.element}</div>
        {props.editingNote ? (
          <NoteEditor questionNumber={props.number} initial={entry?.comment ?? ''} onDone={props.onNoteDone} />
        ) : (
          entry?.comment && (
            <div className={classes.note} data-testid="workshop-note">
              <IconNote size={16} style={{ flexShrink: 0, marginTop: 2 }} />
              {entry.comment}
            </div>
          )
        )}
      </div>
      {props.compare ? (
        <GroupScores answers={props.compare.answers} currentId={props.compare.currentId} naShort={props.naShort} />
      ) : (
        <div className={classes.chips}>
          {[1, 2, 3, 4, 5].map((score) => (
            <button
              key={score}
              type="button"
              tabIndex={-1}
              className={classes.chip}
              aria-pressed={entry?.score === score && !entry.notApplicable}
              aria-label={`${score} — ${props.scaleLabel(score)}`}
              disabled={readOnly}
              title={props.scaleLabel(score)}
              onClick={() => props.onScore(score)}
            >
              {score}
            </button>
          ))}
          <button
            type="button"
            tabIndex={-1}
            className={classes.chip}
            aria-pressed={entry?.notApplicable === true}
            aria-label={`${props.naShort} — ${t('workshop.notApplicable')}`}
            disabled={readOnly}
            title={t('workshop.notApplicable')}
            onClick={() => props.onScore('na')}
            data-testid="chip-na"
          >
            <span className={classes.small}>{props.naShort}</span>
          </button>
        </div>
      )}
      <SaveStatus entry={entry} answered={answered} />
    </div>
  );
});

function SaveStatus({ entry, answered }: { entry: BookEntry | undefined; answered: boolean }) {
  const { t } = useTranslation();
  if (!entry || (!answered && entry.state === 'saved' && !entry.comment)) {
    return <span className={classes.status} />;
  }
  if (entry.state === 'error') {
    return (
      <span className={`${classes.status} ${classes.statusError}`} role="status" title={errorSentence(t, entry.error)}>
        <IconAlert size={18} />
        {t('workshop.notSaved')}
      </span>
    );
  }
  // Pending and saved share one shape and place; only the colour changes, so a fast save does not flicker.
  const saved = entry.state === 'saved';
  return (
    <span
      className={`${classes.status} ${saved ? classes.statusSaved : classes.statusPending}`}
      title={saved ? t('common.saved') : t('common.saving')}
    >
      <IconCheck size={22} strokeWidth={2.5} />
      <VisuallyHidden>{saved ? t('common.saved') : t('common.saving')}</VisuallyHidden>
    </span>
  );
}

function NoteEditor({
  questionNumber,
  initial,
  onDone,
}: {
  questionNumber: number;
  initial: string;
  onDone(text: string | null): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const finished = useRef(false);
  const finish = (value: string) => {
    if (finished.current) return;
    finished.current = true;
    onDone(value.trim() === '' ? null : value.trim());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // The window's shortcuts never see keys typed into the note.
    event.stopPropagation();
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      finish(event.currentTarget.value);
    }
  };
  return (
    <Textarea
      mt="xs"
      label={t('workshop.noteLabel', { number: questionNumber })}
      description={t('workshop.noteHelp')}
      autosize
      minRows={2}
      maxRows={6}
      maxLength={2000}
      autoFocus
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget.value)}
      data-testid="workshop-note-editor"
    />
  );
}
