import { Alert, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AssessmentWorkspace } from '../../../../shared/assessments/schemas';
import { scoreAssessment } from '../../../../shared/results/results';
import { SETTING_DEFAULTS } from '../../../../shared/settings/schemas';
import { apiQueryKey, useApiMutation, useApiQuery } from '../../api/client';
import { errorSentence } from '../../app/errorText';
import { notifyFailure } from '../../app/notify';
import { engagementPath } from '../../app/paths';
import { indexFramework, useLocalText } from '../../framework/frameworkText';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { IconAlert, IconLock } from '../../ui/icons';
import { type AnswerBook, isAnswered, useAnswerBook } from './answerBook';
import { Announcer } from './Announcer';
import { BlockProgress } from './BlockProgress';
import { CompletionDialog } from './CompletionDialog';
import { FirstGroup } from './FirstGroup';
import { GroupPicker } from './GroupPicker';
import { KeyCaps } from './KeyCaps';
import { KeyFooter } from './KeyFooter';
import { MiniRadar } from './MiniRadar';
import { QuestionRow } from './QuestionRow';
import { RadarDialog } from './RadarDialog';
import { ScaleLegend } from './ScaleLegend';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useViewStore } from './useViewStore';
import { useWorkshopKeys } from './useWorkshopKeys';
import { ariaShortcuts, type KeyContext, shortcutById, type WorkshopCommands } from './workshopKeys';
import {
  type AnswerValue,
  focusedQuestion,
  initialView,
  nextGroupId,
  nextRedo,
  nextUndo,
  type ViewShape,
} from './workshopView';
import { WorkshopTools } from './WorkshopTools';
import classes from './Workshop.module.css';

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, undefined, { numeric: true, sensitivity: 'base' });

const EMPTY: AnswerValue = { score: null, notApplicable: false, comment: null };

/**
 * The workshop in projector mode: one building block per page, its five questions, the answer scale and a
 * live radar, all in view from 1024×768 up. Driven by the keyboard through one key table
 * (`workshopKeys.ts`: the handler, the footer and the `?` dialog read it); what is shown lives in one
 * reducer (`workshopView.ts`); the answers in the answer book (`answerBook.ts`).
 */
export function WorkshopScreen({ workspace }: { workspace: AssessmentWorkspace }) {
  const { t } = useTranslation();
  const text = useLocalText();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { assessment, framework, engagement } = workspace;
  const index = indexFramework(framework);
  const blocks = index.blocks;
  const groups = useMemo(() => [...workspace.respondents].sort(byCode), [workspace.respondents]);
  const groupIds = useMemo(() => groups.map((g) => g.id), [groups]);
  const readOnly = assessment.status === 'finalized';
  const book = useAnswerBook(workspace);
  const settings = useApiQuery('settings.get', {}).data;
  const autoAdvance = settings?.workshopAutoAdvance ?? SETTING_DEFAULTS.workshopAutoAdvance;

  const shape = useMemo<ViewShape>(
    () => ({
      blocks: blocks.map((b) => ({ id: b.id, questions: (index.questionsOf.get(b.id) ?? []).map((q) => q.id) })),
      groups: groupIds,
      readOnly,
      autoAdvance,
    }),
    [blocks, index, groupIds, readOnly, autoAdvance],
  );
  const { view, read, dispatch } = useViewStore(() =>
    initialView(shape, { projector: settings?.workshopProjectorTheme ?? SETTING_DEFAULTS.workshopProjectorTheme }),
  );
  // A group added here or elsewhere is picked up; the setting may change in another window.
  useEffect(() => dispatch({ type: 'groups', ids: groupIds }), [groupIds, dispatch]);
  useEffect(() => dispatch({ type: 'autoAdvance', on: autoAdvance }), [autoAdvance, dispatch]);

  const questionTotal = shape.blocks.reduce((sum, b) => sum + b.questions.length, 0);
  const answeredOf = useCallback(
    (groupId: string) => countAnswered(book, groupId, shape),
    // `book.get` changes with every answer; the count is read at call time.
    [book, shape],
  );

  const saveSetting = useApiMutation('settings.update', {
    onSuccess: (resolved) => queryClient.setQueryData(apiQueryKey('settings.get', {}), resolved),
    onError: (error) => notifyFailure(t, error),
  });

  const groupId = view.groupId;
  const block = blocks[view.block] ?? blocks[0];
  const questions = useMemo(() => (block ? (index.questionsOf.get(block.id) ?? []) : []), [index, block]);
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const main = useRef<HTMLElement | null>(null);
  const failed = book.failedCount();

  const leaveNow = useCallback(() => navigate(engagementPath(engagement.id, 'rounds')), [navigate, engagement.id]);
  const toResults = () => navigate(engagementPath(engagement.id, 'results', assessment.id));

  useEffect(() => {
    document.title = `${t('workshop.title')} · ${engagement.clientName} · ${t('app.name')}`;
  }, [t, engagement.clientName]);

  // The projector theme is drawn on white whatever the workbench's colour scheme; the scheme comes back
  // when the theme is switched off or the screen is left.
  useLayoutEffect(() => {
    if (!view.projector) return;
    const root = document.documentElement;
    const before = root.getAttribute('data-mantine-color-scheme');
    root.setAttribute('data-mantine-color-scheme', 'light');
    return () => {
      if (before) root.setAttribute('data-mantine-color-scheme', before);
    };
  }, [view.projector]);

  // The focused question holds the keyboard focus too (visible ring, screen readers follow). On the first
  // question the block's name and purpose come back into view; further down, the row just stays in view.
  useEffect(() => {
    if (view.note || view.overlay || !groupId) return;
    const row = rows.current[view.focus];
    row?.focus({ preventScroll: true });
    if (view.focus === 0) main.current?.scrollTo?.({ top: 0 });
    else row?.scrollIntoView?.({ block: 'nearest' });
  }, [view.block, view.focus, view.note, view.overlay, groupId]);

  const answer = (value: number | 'na' | 'clear') => {
    const v = read();
    const questionId = focusedQuestion(v);
    if (!v.groupId || !questionId) return;
    if (v.shape.readOnly) return dispatch({ type: 'refused' });
    const after: AnswerValue =
      value === 'na'
        ? { score: null, notApplicable: true, comment: null }
        : value === 'clear'
          ? EMPTY
          : { score: value, notApplicable: false, comment: null };
    const wasComplete = answeredOf(v.groupId) === questionTotal;
    const saved = book.set(v.groupId, questionId, after);
    if (saved === 'unchanged') {
      if (isAnswered(after)) dispatch({ type: 'confirmed' });
      return;
    }
    dispatch({
      type: 'answered',
      change: { groupId: v.groupId, questionId, before: saved.before, after },
      completesGroup: !wasComplete && answeredOf(v.groupId) === questionTotal,
    });
  };

  /**
   * Another group takes its turn at its first open question of this block, so tables can score one
   * question in turn (G after each answer) or a whole block each; with the block done, the focus stays.
   */
  const showGroup = (id: string) => {
    const v = read();
    const open = v.shape.blocks[v.block]?.questions.findIndex((q) => !isAnswered(book.get(id, q))) ?? -1;
    dispatch({ type: 'selectGroup', id, ...(open >= 0 ? { focus: open } : {}) });
  };

  const commands: WorkshopCommands = {
    score: (value) => answer(value),
    notApplicable: () => answer('na'),
    clear: () => answer('clear'),
    move: (delta) => dispatch({ type: 'move', delta }),
    stepBlock: (delta) => dispatch({ type: 'stepBlock', delta }),
    note: () => dispatch({ type: 'openNote' }),
    undo: () => {
      const step = nextUndo(read());
      if (!step) return;
      book.set(step.groupId, step.questionId, step.before ?? EMPTY);
      dispatch({ type: 'undone' });
    },
    redo: () => {
      const step = nextRedo(read());
      if (!step) return;
      book.set(step.groupId, step.questionId, step.after);
      dispatch({ type: 'redone' });
    },
    nextGroup: () => {
      const id = nextGroupId(read());
      if (id) showGroup(id);
    },
    compare: () => dispatch({ type: 'toggleCompare' }),
    radar: () => dispatch({ type: 'open', overlay: 'radar' }),
    projector: () => {
      const on = !read().projector;
      dispatch({ type: 'toggleProjector' });
      saveSetting.mutate({ workshopProjectorTheme: on });
    },
    help: () => dispatch({ type: 'open', overlay: 'help' }),
    retry: () => book.retryFailed(),
    leave: () => (book.failedCount() > 0 ? dispatch({ type: 'open', overlay: 'leave' }) : leaveNow()),
  };

  const keyContext = (v = read()): KeyContext => ({
    readOnly: v.shape.readOnly,
    hasGroup: v.groupId !== null,
    groups: v.shape.groups.length,
    failed: book.failedCount(),
    dialogOpen: v.overlay !== null,
  });
  useWorkshopKeys(keyContext, commands, () => dispatch({ type: 'refused' }));

  const live = useMemo(
    () => scoreAssessment(framework, workspace.respondents, book.scoringAnswers()),
    // The answers change with `revision`; the function itself is stable between revisions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [framework, workspace.respondents, book.revision],
  );
  const blockIds = useMemo(() => blocks.map((b) => b.id), [blocks]);
  const blockNames = useMemo(() => blocks.map((b) => ({ id: b.id, name: text(b.name) })), [blocks, text]);

  const progress = shape.blocks.map((b) => ({
    id: b.id,
    answered: groupId ? b.questions.filter((q) => isAnswered(book.get(groupId, q))).length : 0,
    total: b.questions.length,
  }));
  const answeredTotal = progress.reduce((sum, p) => sum + p.answered, 0);
  const complete = groupId !== null && answeredTotal === questionTotal;

  const focused = groupId ? questions[view.focus] : undefined;
  const focusedEntry = focused && groupId ? book.get(groupId, focused.id) : undefined;
  const activeLevel = focusedEntry?.notApplicable ? 'na' : (focusedEntry?.score ?? null);
  const firstFailure = failed > 0 ? findFailure(book, groups, framework.questions) : undefined;
  const naShort = t('workshop.naShort');
  const scaleLabel = (score: number) => {
    const level = framework.scale.find((s) => s.score === score);
    return level ? text(level.label) : String(score);
  };
  const dimension = framework.dimensions.find((d) => d.id === block?.dimension);
  const groupCode = (id: string) => groups.find((g) => g.id === id)?.code ?? id;
  const currentGroup = groups.find((g) => g.id === groupId);
  const openGroup = groups.find((g) => g.id !== groupId && answeredOf(g.id) < questionTotal);
  const comparing = view.compare && groups.length > 1;
  const context = keyContext(view);
  const close = () => dispatch({ type: 'close' });

  if (!block) return null;

  return (
    <div
      className={classes.screen}
      data-testid="workshop"
      data-block-id={block.id}
      data-group-id={groupId ?? ''}
      data-theme={view.projector ? 'projector' : 'standard'}
      data-compare={comparing}
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
              showGroup(id);
              // Back to the questions, so the next key scores (also when the same group was picked again).
              requestAnimationFrame(() => rows.current[read().focus]?.focus({ preventScroll: true }));
            }}
          />
        )}
        <WorkshopTools groups={groups.length} compare={comparing} projector={view.projector} commands={commands} />
        <Button
          variant="default"
          onClick={commands.leave}
          rightSection={<KeyCaps shortcut={shortcutById('leave')} />}
          aria-keyshortcuts={ariaShortcuts('leave')}
        >
          {t('workshop.leave')}
        </Button>
      </header>

      <BlockProgress
        progress={progress}
        current={view.block}
        complete={complete}
        onGoBlock={(index) => dispatch({ type: 'goBlock', index })}
        onResults={toResults}
      />

      <div className={classes.body}>
        <main className={classes.main} ref={main}>
          <div className={classes.blockHead}>
            {readOnly && (
              <Alert
                variant="light"
                color={view.readOnlyHint ? 'yellow' : 'gray'}
                icon={<IconLock />}
                mb="xs"
                p="xs"
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
                mb="xs"
                p="xs"
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
                    onClick={commands.retry}
                    rightSection={<KeyCaps shortcut={shortcutById('retry')} />}
                    aria-keyshortcuts={ariaShortcuts('retry')}
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
            <h1 className={classes.blockName} data-testid="workshop-block-title">
              {text(block.name)}
            </h1>
            <p className={classes.purpose}>{text(block.purpose)}</p>
          </div>

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
                      compare={
                        comparing
                          ? {
                              answers: groups.map((g) => ({ id: g.id, code: g.code, entry: book.get(g.id, q.id) })),
                              currentId: groupId,
                            }
                          : null
                      }
                      onFocusRow={() => dispatch({ type: 'focus', index: i })}
                      onScore={(value) => {
                        dispatch({ type: 'focus', index: i });
                        answer(value);
                      }}
                      onNoteDone={(note) => {
                        book.set(
                          groupId,
                          q.id,
                          { score: entry?.score ?? null, notApplicable: entry?.notApplicable ?? false, comment: note },
                          { note: true },
                        );
                        dispatch({ type: 'closeNote' });
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
              onAdded={(id) => {
                dispatch({ type: 'groups', ids: [...read().shape.groups, id] });
                dispatch({ type: 'selectGroup', id });
              }}
            />
          )}
        </main>
        <aside className={classes.side}>
          <ScaleLegend framework={framework} active={activeLevel} title={t('workshop.scaleTitle')} naShort={naShort} />
          <MiniRadar results={live} blockIds={blockIds} projector={view.projector} onEnlarge={commands.radar} />
        </aside>
      </div>

      <KeyFooter context={context} />

      <Announcer
        announcement={view.announcement}
        shape={view.shape}
        groupName={groupCode}
        naShort={naShort}
        onDismiss={(id) => dispatch({ type: 'dismissAnnouncement', id })}
      />

      <ShortcutsDialog opened={view.overlay === 'help'} context={{ ...context, dialogOpen: false }} onClose={close} />
      <RadarDialog
        opened={view.overlay === 'radar'}
        results={live}
        blocks={blockNames}
        projector={view.projector}
        onClose={close}
      />
      <CompletionDialog
        opened={view.overlay === 'complete'}
        group={currentGroup?.code ?? ''}
        total={questionTotal}
        blocks={blocks.length}
        nextGroup={openGroup ? { id: openGroup.id, code: openGroup.code } : null}
        onResults={toResults}
        onNextGroup={(id) => {
          // On to that group's first open question, wherever it is.
          const blockIndex = shape.blocks.findIndex((b) => b.questions.some((q) => !isAnswered(book.get(id, q))));
          dispatch({ type: 'close' });
          dispatch({ type: 'goBlock', index: Math.max(0, blockIndex) });
          showGroup(id);
        }}
        onClose={close}
      />
      <ConfirmModal
        opened={view.overlay === 'leave'}
        title={t('workshop.leaveUnsavedTitle')}
        body={t('workshop.leaveUnsavedBody', { count: failed })}
        confirmLabel={t('workshop.leaveAnyway')}
        onConfirm={leaveNow}
        onClose={close}
      />
    </div>
  );
}

function countAnswered(book: AnswerBook, groupId: string, shape: ViewShape): number {
  let count = 0;
  for (const b of shape.blocks) for (const q of b.questions) if (isAnswered(book.get(groupId, q))) count++;
  return count;
}

function findFailure(book: AnswerBook, groups: { id: string }[], questions: { id: string }[]): unknown {
  for (const g of groups) {
    for (const q of questions) {
      const entry = book.get(g.id, q.id);
      if (entry?.state === 'error') return entry.error;
    }
  }
  return undefined;
}
