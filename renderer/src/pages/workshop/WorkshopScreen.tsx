import { Alert, Button, Group, Kbd, Paper, Text, Title } from '@mantine/core';
import { type CSSProperties, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AssessmentWorkspace } from '../../../../shared/assessments/schemas';
import { scoreAssessment } from '../../../../shared/results/results';
import { errorSentence } from '../../app/errorText';
import { indexFramework, useLocalText } from '../../framework/frameworkText';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconAlert, IconLock } from '../../ui/icons';
import { engagementPath } from '../../app/paths';
import { nextGroupCode, RespondentForm } from '../../forms/RespondentForm';
import { type AnswerValue, isAnswered, useAnswerBook } from './answerBook';
import { GroupPicker } from './GroupPicker';
import { MiniRadar } from './MiniRadar';
import { QuestionRow } from './QuestionRow';
import { ScaleLegend } from './ScaleLegend';
import classes from './Workshop.module.css';

interface View {
  groupId: string | null;
  block: number;
  focus: number;
  /** The question whose note is open, if any. */
  note: string | null;
}

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, undefined, { numeric: true, sensitivity: 'base' });

/** Keys typed here belong to a field, not to the scoring shortcuts. */
const OWN_KEYS = 'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="listbox"]';

/**
 * The workshop in projector mode: one building block per page, the five questions, the answer scale and
 * a live radar. Driven entirely by the keyboard: 1–5 score, 0/N not applicable, ↑/↓/Enter move between
 * questions, ←/→ between blocks, C a note, Ctrl+Z undo, G next group, R retry, Esc leave.
 */
export function WorkshopScreen({ workspace }: { workspace: AssessmentWorkspace }) {
  const { t } = useTranslation();
  const text = useLocalText();
  const format = useFormat();
  const navigate = useNavigate();
  const { assessment, framework, engagement } = workspace;
  const index = indexFramework(framework);
  const blocks = index.blocks;
  const groups = useMemo(() => [...workspace.respondents].sort(byCode), [workspace.respondents]);
  const readOnly = assessment.status === 'finalized';
  const book = useAnswerBook(workspace);

  const viewRef = useRef<View>({ groupId: groups[0]?.id ?? null, block: 0, focus: 0, note: null });
  const [view, setViewState] = useState<View>(viewRef.current);
  const setView = useCallback((patch: Partial<View>) => {
    const next = { ...viewRef.current, ...patch };
    if (Object.entries(patch).every(([k, v]) => viewRef.current[k as keyof View] === v)) return;
    viewRef.current = next;
    setViewState(next);
  }, []);

  // A group added here, or the first one created elsewhere, is picked up; a deleted one falls back.
  const groupId = groups.some((g) => g.id === view.groupId) ? view.groupId : (groups[0]?.id ?? null);
  useEffect(() => {
    if (groupId !== viewRef.current.groupId) setView({ groupId });
  }, [groupId, setView]);

  const block = blocks[view.block] ?? blocks[0];
  const questions = useMemo(() => (block ? (index.questionsOf.get(block.id) ?? []) : []), [index, block]);
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const [readOnlyHint, setReadOnlyHint] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);

  const leaveNow = useCallback(() => navigate(engagementPath(engagement.id, 'rounds')), [navigate, engagement.id]);
  const leave = () => (book.failedCount() > 0 ? setConfirmLeave(true) : leaveNow());

  useEffect(() => {
    document.title = `${t('workshop.title')} · ${engagement.clientName} · ${t('app.name')}`;
  }, [t, engagement.clientName]);

  // The focused question holds the keyboard focus too (visible ring, screen readers follow). On the first
  // question the block's name and purpose come back into view; further down, the row just stays in view.
  const main = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (view.note || !groupId) return;
    const row = rows.current[view.focus];
    row?.focus({ preventScroll: true });
    if (view.focus === 0) main.current?.scrollTo?.({ top: 0 });
    else row?.scrollIntoView?.({ block: 'nearest' });
  }, [view.block, view.focus, view.note, groupId]);

  const questionAt = (v: View) => {
    const b = blocks[v.block];
    return b ? index.questionsOf.get(b.id)?.[v.focus] : undefined;
  };

  const answer = (value: number | 'na' | 'clear') => {
    const v = viewRef.current;
    if (readOnly) {
      setReadOnlyHint(true);
      return;
    }
    const question = questionAt(v);
    if (!v.groupId || !question) return;
    const next: AnswerValue =
      value === 'na'
        ? { score: null, notApplicable: true, comment: null }
        : value === 'clear'
          ? { score: null, notApplicable: false, comment: null }
          : { score: value, notApplicable: false, comment: null };
    book.set(v.groupId, question.id, next);
  };

  const goBlock = (target: number) => {
    const b = Math.max(0, Math.min(blocks.length - 1, target));
    setView({ block: b, focus: 0, note: null });
  };

  const move = (delta: number) => {
    const v = viewRef.current;
    const count = questionsIn(v.block);
    setView({ focus: Math.max(0, Math.min(count - 1, v.focus + delta)) });
  };

  const questionsIn = (b: number) => index.questionsOf.get(blocks[b]?.id ?? '')?.length ?? 0;

  const undo = () => {
    if (readOnly) return;
    const step = book.undo();
    if (!step) return;
    // Show what was undone: its group, block and question.
    const blockId = index.blockOfQuestion.get(step.questionId);
    const b = blocks.findIndex((x) => x.id === blockId);
    setView({
      groupId: step.respondentId,
      block: b < 0 ? viewRef.current.block : b,
      focus: (index.questionNumber.get(step.questionId) ?? 1) - 1,
      note: null,
    });
  };

  const openNote = () => {
    const v = viewRef.current;
    if (readOnly) {
      setReadOnlyHint(true);
      return;
    }
    const question = questionAt(v);
    if (v.groupId && question) setView({ note: question.id });
  };

  const nextGroup = () => {
    if (groups.length < 2) return;
    const i = groups.findIndex((g) => g.id === viewRef.current.groupId);
    setView({ groupId: groups[(i + 1) % groups.length]?.id ?? null, note: null });
  };

  const handleKey = (event: KeyboardEvent): boolean => {
    const key = event.key;
    if (event.ctrlKey || event.metaKey) {
      if (key.toLowerCase() === 'z' && !event.shiftKey) {
        undo();
        return true;
      }
      return false;
    }
    switch (key) {
      case 'ArrowDown':
      case 'Enter':
        move(1);
        return true;
      case 'ArrowUp':
        move(-1);
        return true;
      case 'ArrowRight':
        goBlock(viewRef.current.block + 1);
        return true;
      case 'ArrowLeft':
        goBlock(viewRef.current.block - 1);
        return true;
      case 'Escape':
        leave();
        return true;
      case 'Delete':
      case 'Backspace':
        answer('clear');
        return true;
    }
    if (/^[1-5]$/.test(key)) {
      answer(Number(key));
      return true;
    }
    switch (key.toLowerCase()) {
      case '0':
      case 'n':
        answer('na');
        return true;
      case 'c':
        openNote();
        return true;
      case 'g':
        nextGroup();
        return true;
      case 'r':
        book.retryFailed();
        return true;
    }
    return false;
  };
  const keyHandler = useRef(handleKey);
  keyHandler.current = handleKey;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(OWN_KEYS)) return;
      // Enter and Space on a button or link press it.
      if (target?.closest('button, a') && (event.key === 'Enter' || event.key === ' ')) return;
      if (keyHandler.current(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const live = useMemo(
    () => scoreAssessment(framework, workspace.respondents, book.scoringAnswers()),
    // The answers change with `revision`; the function itself is stable between revisions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [framework, workspace.respondents, book.revision],
  );
  const blockIds = useMemo(() => blocks.map((b) => b.id), [blocks]);

  const progress = blocks.map((b) => {
    const qs = index.questionsOf.get(b.id) ?? [];
    const answered = groupId ? qs.filter((q) => isAnswered(book.get(groupId, q.id))).length : 0;
    return { id: b.id, answered, total: qs.length };
  });
  const answeredTotal = progress.reduce((sum, p) => sum + p.answered, 0);
  const questionTotal = progress.reduce((sum, p) => sum + p.total, 0);

  const focused = groupId ? questions[view.focus] : undefined;
  const focusedEntry = focused && groupId ? book.get(groupId, focused.id) : undefined;
  const activeLevel = focusedEntry?.notApplicable ? 'na' : (focusedEntry?.score ?? null);
  const failed = book.failedCount();
  const firstFailure = failed > 0 ? findFailure(book, groups, framework.questions) : undefined;
  const naShort = t('workshop.naShort');
  const scaleLabel = (score: number) => {
    const level = framework.scale.find((s) => s.score === score);
    return level ? text(level.label) : String(score);
  };
  const dimension = framework.dimensions.find((d) => d.id === block?.dimension);

  if (!block) return null;

  return (
    <div
      className={classes.screen}
      data-testid="workshop"
      data-block-id={block.id}
      data-group-id={groupId ?? ''}
      lang={format.language}
    >
      <header className={classes.topBar}>
        <div className={classes.identity}>
          <div className={classes.clientName}>{engagement.clientName}</div>
          <div className={classes.roundLine}>
            {assessment.round} · {text(framework.name)}
          </div>
        </div>
        {groups.length > 0 && (
          <GroupPicker
            assessmentId={assessment.id}
            groups={groups}
            selected={groupId}
            readOnly={readOnly}
            onSelect={(id) => {
              setView({ groupId: id, note: null });
              // Back to the questions, so the next key scores (also when the same group was picked again).
              requestAnimationFrame(() => rows.current[viewRef.current.focus]?.focus({ preventScroll: true }));
            }}
          />
        )}
        <Text className="tabular" size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="workshop-answered">
          {t('workshop.answeredCount', {
            answered: format.number(answeredTotal),
            total: format.number(questionTotal),
          })}
        </Text>
        <Button variant="default" onClick={leave} rightSection={<Kbd size="xs">Esc</Kbd>}>
          {t('workshop.leave')}
        </Button>
      </header>

      <nav
        className={classes.progress}
        style={{ '--blocks': blocks.length } as CSSProperties}
        aria-label={t('workshop.progressLabel', {
          answered: format.number(answeredTotal),
          total: format.number(questionTotal),
        })}
        data-testid="workshop-progress"
      >
        {progress.map((p, i) => (
          <button
            key={p.id}
            type="button"
            tabIndex={-1}
            className={classes.segment}
            aria-current={i === view.block ? 'step' : undefined}
            aria-label={t('workshop.segmentLabel', { block: p.id, answered: p.answered, total: p.total })}
            onClick={() => goBlock(i)}
            data-answered={p.answered}
          >
            <span className={classes.segmentTrack}>
              <span
                className={classes.segmentFill}
                style={{ display: 'block', width: `${p.total ? (p.answered / p.total) * 100 : 0}%` }}
              />
            </span>
            <span className={classes.segmentLabel}>
              {p.id} · {p.answered}/{p.total}
            </span>
          </button>
        ))}
      </nav>

      <div className={classes.body}>
        <main className={classes.main} ref={main}>
          {readOnly && (
            <Alert
              variant="light"
              color={readOnlyHint ? 'yellow' : 'gray'}
              icon={<IconLock />}
              mb="md"
              data-testid="workshop-read-only"
            >
              {t('workshop.readOnly')}
            </Alert>
          )}
          {failed > 0 && (
            <Alert
              variant="light"
              color="red"
              icon={<IconAlert />}
              mb="md"
              role="alert"
              data-testid="workshop-save-error"
            >
              <Group justify="space-between" gap="md" wrap="nowrap">
                <Text size="sm">
                  {t('workshop.saveFailed', { count: failed })} {firstFailure ? errorSentence(t, firstFailure) : ''}{' '}
                  {t('workshop.saveFailedHelp')}
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => book.retryFailed()}
                  rightSection={<Kbd size="xs">R</Kbd>}
                >
                  {t('common.retry')}
                </Button>
              </Group>
            </Alert>
          )}
          <div className={classes.blockKicker}>
            {t('workshop.blockOf', { number: view.block + 1, total: blocks.length })}
            {dimension ? ` · ${text(dimension.name)}` : ''}
          </div>
          <h1 className={classes.blockName}>{text(block.name)}</h1>
          <p className={classes.purpose}>{text(block.purpose)}</p>

          {groupId ? (
            <div
              className={classes.questions}
              aria-label={t('workshop.questionsOf', { block: text(block.name) })}
              role="list"
            >
              {questions.map((q, i) => {
                const entry = book.get(groupId, q.id);
                const element = index.element.get(q.element);
                return (
                  <div role="listitem" key={`${groupId}:${q.id}`}>
                    <QuestionRow
                      ref={(el) => {
                        rows.current[i] = el;
                      }}
                      questionId={q.id}
                      number={i + 1}
                      text={text(q.text)}
                      element={element ? text(element.name) : ''}
                      entry={entry}
                      current={i === view.focus}
                      readOnly={readOnly}
                      editingNote={view.note === q.id}
                      naShort={naShort}
                      scaleLabel={scaleLabel}
                      onFocusRow={() => setView({ focus: i })}
                      onScore={(value) => {
                        setView({ focus: i });
                        answer(value);
                      }}
                      onNoteDone={(note) => {
                        book.set(
                          groupId,
                          q.id,
                          { score: entry?.score ?? null, notApplicable: entry?.notApplicable ?? false, comment: note },
                          { note: true },
                        );
                        setView({ note: null });
                        rows.current[i]?.focus();
                      }}
                    />
                  </div>
                );
              })}
            </div>
          ) : (
            <FirstGroup
              assessmentId={assessment.id}
              readOnly={readOnly}
              onAdded={(id) => setView({ groupId: id, focus: 0 })}
            />
          )}
        </main>
        <aside className={classes.side}>
          <ScaleLegend framework={framework} active={activeLevel} title={t('workshop.scaleTitle')} naShort={naShort} />
          <MiniRadar results={live} blockIds={blockIds} />
        </aside>
      </div>

      <footer className={classes.footer} aria-label={t('workshop.keysLabel')}>
        <Hint keys={['1', '–', '5']} label={t('workshop.keys.score')} />
        <Hint keys={['0', '/', 'N']} label={t('workshop.keys.notApplicable')} />
        <Hint keys={['↑', '↓', 'Enter']} label={t('workshop.keys.move')} />
        <Hint keys={['←', '→']} label={t('workshop.keys.block')} />
        <Hint keys={['C']} label={t('workshop.keys.note')} />
        <Hint keys={['Ctrl', '+', 'Z']} label={t('workshop.keys.undo')} />
        {groups.length > 1 && <Hint keys={['G']} label={t('workshop.keys.group')} />}
        <Hint keys={['Esc']} label={t('workshop.keys.leave')} />
      </footer>

      <ConfirmModal
        opened={confirmLeave}
        title={t('workshop.leaveUnsavedTitle')}
        body={t('workshop.leaveUnsavedBody', { count: failed })}
        confirmLabel={t('workshop.leaveAnyway')}
        onConfirm={leaveNow}
        onClose={() => setConfirmLeave(false)}
      />
    </div>
  );
}

function Hint({ keys, label }: { keys: string[]; label: string }) {
  return (
    <span className={classes.hint}>
      {keys.map((k, i) =>
        k === '–' || k === '/' || k === '+' ? (
          <span key={i} aria-hidden>
            {k}
          </span>
        ) : (
          <Kbd key={i} size="xs">
            {k}
          </Kbd>
        ),
      )}
      <span>{label}</span>
    </span>
  );
}

function findFailure(
  book: ReturnType<typeof useAnswerBook>,
  groups: { id: string }[],
  questions: { id: string }[],
): unknown {
  for (const g of groups) {
    for (const q of questions) {
      const entry = book.get(g.id, q.id);
      if (entry?.state === 'error') return entry.error;
    }
  }
  return undefined;
}

function FirstGroup({
  assessmentId,
  readOnly,
  onAdded,
}: {
  assessmentId: string;
  readOnly: boolean;
  onAdded(id: string): void;
}) {
  const { t } = useTranslation();
  if (readOnly) {
    return (
      <Text c="dimmed" size="lg">
        {t('workshop.noGroupsReadOnly')}
      </Text>
    );
  }
  return (
    <Paper withBorder radius="md" p="lg" maw={760} data-testid="workshop-first-group">
      <Title order={2} size="h3" mb={4}>
        {t('workshop.firstGroupTitle')}
      </Title>
      <Text c="dimmed" mb="md">
        {t('workshop.firstGroupBody')}
      </Text>
      <RespondentForm
        assessmentId={assessmentId}
        takenCodes={[]}
        defaultRole="management"
        suggestedCode={nextGroupCode(t('workshop.groupPrefix'), [])}
        compact
        autoFocus
        onDone={onAdded}
      />
    </Paper>
  );
}
