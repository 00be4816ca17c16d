import { useCallback, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../../shared/roadmap/schemas';
import { useApiMutation } from '../../api/client';
import { notifyFailure } from '../../app/notify';
import { EMPTY_HISTORY, type Move, moveHistory, type Span } from './moveHistory';
import { useQuarterText } from './roadmapText';

/**
 * Moving initiatives between quarters with undo and redo: each move is one `initiatives.update` of start
 * and end; undo sends the quarters back, redo forward again. What happened is announced in words for screen
 * readers (and shown beside the buttons), because a bar that moved is easy to miss.
 */
export function useTimelineMoves() {
  const { t } = useTranslation();
  const { period } = useQuarterText();
  const update = useApiMutation('initiatives.update');
  const [history, dispatch] = useReducer(moveHistory, EMPTY_HISTORY);
  const [announcement, setAnnouncement] = useState('');

  const send = useCallback(
    (id: string, span: Span, onDone: () => void) =>
      update.mutate(
        { id, start: span.start, end: span.end },
        { onSuccess: onDone, onError: (error) => notifyFailure(t, error) },
      ),
    [update, t],
  );

  const move = useCallback(
    (initiative: Pick<Initiative, 'id' | 'title' | 'start' | 'end'>, after: Span) => {
      if (after.start === initiative.start && after.end === initiative.end) return;
      const entry: Move = {
        id: initiative.id,
        title: initiative.title,
        before: { start: initiative.start, end: initiative.end },
        after,
      };
      send(entry.id, after, () => {
        dispatch({ type: 'moved', move: entry });
        setAnnouncement(t('roadmap.timeline.moved', { title: entry.title, period: period(after.start, after.end) }));
      });
    },
    [send, t, period],
  );

  const undo = useCallback(() => {
    const last = history.done.at(-1);
    if (!last) {
      setAnnouncement(t('roadmap.timeline.nothingToUndo'));
      return null;
    }
    send(last.id, last.before, () => {
      dispatch({ type: 'undone' });
      setAnnouncement(
        t('roadmap.timeline.undone', { title: last.title, period: period(last.before.start, last.before.end) }),
      );
    });
    return last.id;
  }, [history, send, t, period]);

  const redo = useCallback(() => {
    const last = history.undone.at(-1);
    if (!last) return null;
    send(last.id, last.after, () => {
      dispatch({ type: 'redone' });
      setAnnouncement(
        t('roadmap.timeline.redone', { title: last.title, period: period(last.after.start, last.after.end) }),
      );
    });
    return last.id;
  }, [history, send, t, period]);

  return {
    move,
    undo,
    redo,
    canUndo: history.done.length > 0,
    canRedo: history.undone.length > 0,
    busy: update.isPending,
    announcement,
  };
}

export type TimelineMoves = ReturnType<typeof useTimelineMoves>;
