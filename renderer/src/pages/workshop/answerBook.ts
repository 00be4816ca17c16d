import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { OperationInput } from '../../../../shared/api/operations';
import type { Answer, AssessmentWorkspace } from '../../../../shared/assessments/schemas';
import type { ScoringAnswer } from '../../../../shared/results/results';
import { apiQueryKey, useApiMutation } from '../../api/client';
import type { AnswerValue } from './workshopView';

/**
 * The answers of a workshop as they are typed. Each keystroke shows at once (optimistic), is saved through
 * `answers.set` in the order typed (one at a time, so a quick "3 then 4" never lands as 3), and carries its
 * own state: pending → saved, or error with the typed value kept for a retry. The workspace query is
 * updated in place rather than refetched, so nothing on screen reloads or flickers while saving.
 */

export type SaveState = 'saved' | 'pending' | 'error';

export interface BookEntry extends AnswerValue {
  state: SaveState;
  error?: unknown;
}

interface OverlayEntry extends BookEntry {
  version: number;
  input: OperationInput<'answers.set'>;
}

export const answerKey = (respondentId: string, questionId: string) => `${respondentId}\u0000${questionId}`;

export const isAnswered = (a: AnswerValue | undefined | null) => !!a && (a.score !== null || a.notApplicable);

function fromAnswer(a: Answer): BookEntry {
  return { score: a.score, notApplicable: a.notApplicable, comment: a.comment, state: 'saved' };
}

export interface AnswerBook {
  /** Changes with every keystroke and every save; a memo key for what is derived from the answers. */
  revision: number;
  get(respondentId: string, questionId: string): BookEntry | undefined;
  /**
   * A score (1–5), not applicable, or cleared; `comment` only when the note itself changes. Answers what the
   * question held before, or `unchanged` when there was nothing to save.
   */
  set(
    respondentId: string,
    questionId: string,
    value: AnswerValue,
    options?: { note?: boolean },
  ): { before: AnswerValue | null } | 'unchanged';
  retryFailed(): number;
  failedCount(): number;
  /** Every answer given so far (scores and not applicable), for live scoring. */
  scoringAnswers(): ScoringAnswer[];
}

export function useAnswerBook(workspace: AssessmentWorkspace): AnswerBook {
  const assessmentId = workspace.assessment.id;
  const queryClient = useQueryClient();
  const mutation = useApiMutation('answers.set');
  const mutate = useRef(mutation.mutateAsync);
  mutate.current = mutation.mutateAsync;

  const base = useMemo(
    () => new Map(workspace.answers.map((a) => [answerKey(a.respondentId, a.questionId), fromAnswer(a)])),
    [workspace.answers],
  );
  const baseRef = useRef(base);
  baseRef.current = base;

  const overlay = useRef(new Map<string, OverlayEntry>());
  const version = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [revision, bump] = useReducer((x: number) => x + 1, 0);

  const get = useCallback(
    (respondentId: string, questionId: string): BookEntry | undefined => {
      const key = answerKey(respondentId, questionId);
      return overlay.current.get(key) ?? baseRef.current.get(key);
    },
    // `revision` makes consumers re-read after every change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [revision],
  );

  const remember = useCallback(
    (answer: Answer) => {
      queryClient.setQueryData<AssessmentWorkspace>(
        apiQueryKey('assessments.workspace', { id: assessmentId }),
        (old) => {
          if (!old) return old;
          const rest = old.answers.filter(
            (a) => !(a.respondentId === answer.respondentId && a.questionId === answer.questionId),
          );
          const keep = answer.score !== null || answer.notApplicable || answer.comment !== null;
          return { ...old, answers: keep ? [...rest, answer] : rest };
        },
      );
    },
    [queryClient, assessmentId],
  );

  const send = useCallback(
    (key: string, entry: OverlayEntry) => {
      overlay.current.set(key, entry);
      bump();
      queue.current = queue.current.then(() =>
        mutate.current(entry.input).then(
          ({ updatedAt }) => {
            const latest = overlay.current.get(key);
            if (latest?.version !== entry.version) return;
            overlay.current.set(key, { ...latest, state: 'saved', error: undefined });
            remember({
              respondentId: entry.input.respondentId,
              questionId: entry.input.questionId,
              score: entry.score,
              notApplicable: entry.notApplicable,
              comment: entry.comment,
              updatedAt,
            });
            bump();
          },
          (error: unknown) => {
            const latest = overlay.current.get(key);
            if (latest?.version !== entry.version) return;
            overlay.current.set(key, { ...latest, state: 'error', error });
            bump();
          },
        ),
      );
    },
    [remember],
  );

  const set = useCallback<AnswerBook['set']>(
    (respondentId, questionId, value, options = {}) => {
      const key = answerKey(respondentId, questionId);
      const current = overlay.current.get(key) ?? baseRef.current.get(key);
      const comment = options.note ? value.comment : (current?.comment ?? null);
      const unchanged =
        current &&
        current.state !== 'error' &&
        current.score === value.score &&
        current.notApplicable === value.notApplicable &&
        current.comment === comment;
      if (unchanged || (!current && !isAnswered(value) && !(options.note && comment))) return 'unchanged';
      const input: OperationInput<'answers.set'> = {
        assessmentId,
        respondentId,
        questionId,
        score: value.score,
        notApplicable: value.notApplicable,
        // Undefined keeps the note as it is: a score never overwrites a note typed meanwhile.
        ...(options.note ? { comment } : {}),
      };
      send(key, {
        score: value.score,
        notApplicable: value.notApplicable,
        comment,
        state: 'pending',
        version: ++version.current,
        input,
      });
      return {
        before: current
          ? { score: current.score, notApplicable: current.notApplicable, comment: current.comment }
          : null,
      };
    },
    [assessmentId, send],
  );

  const retryFailed = useCallback(() => {
    let count = 0;
    for (const [key, entry] of overlay.current) {
      if (entry.state !== 'error') continue;
      count++;
      send(key, { ...entry, state: 'pending', error: undefined, version: ++version.current });
    }
    return count;
  }, [send]);

  const failedCount = useCallback(() => {
    let count = 0;
    for (const entry of overlay.current.values()) if (entry.state === 'error') count++;
    return count;
  }, []);

  const scoringAnswers = useCallback((): ScoringAnswer[] => {
    const out: ScoringAnswer[] = [];
    const seen = new Set<string>();
    const add = (key: string, a: AnswerValue) => {
      seen.add(key);
      if (!isAnswered(a)) return;
      const [respondentId = '', questionId = ''] = key.split('\u0000');
      out.push({ respondentId, questionId, score: a.notApplicable ? null : a.score });
    };
    for (const [key, entry] of overlay.current) add(key, entry);
    for (const [key, entry] of baseRef.current) if (!seen.has(key)) add(key, entry);
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision]);

  return { revision, get, set, retryFailed, failedCount, scoringAnswers };
}
