import { Button, Group, SegmentedControl, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { type CSSProperties, type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkFile } from '../../../../shared/frameworks/schema';
import { addQuarters, quartersFrom } from '../../../../shared/roadmap/quarter';
import type { Initiative, Roadmap } from '../../../../shared/roadmap/schemas';
import { layoutTimeline, type Swimlanes, type TimelineBar } from '../../../../shared/roadmap/timeline';
import { useFormat } from '../../i18n/format';
import { IconAlert } from '../../ui/icons';
import classes from './Timeline.module.css';
import { useFrameworkNames, useQuarterText } from './roadmapText';
import { isRedo, isUndo, keyMove } from './timelineKeys';
import type { TimelineMoves } from './useTimelineMoves';

const LABEL_WIDTH = 280;
/** Quarters share the width there is, but never get narrower than a quarter's label and a bar's handle. */
const MIN_COLUMN_WIDTH = 100;
const ROW_HEIGHT = 38;
const HEADER_HEIGHT = 34;

interface Drag {
  id: string;
  x: number;
  dx: number;
}

/**
 * The quarter timeline: swimlanes per building block or dimension, a bar per initiative from its start to its
 * end quarter, milestones, dependency arrows and a today line. A bar is a button: ← and → move it a quarter,
 * Shift + ← / → change its end, Enter opens it, Ctrl+Z and Ctrl+Shift+Z undo and redo; it can also be dragged.
 */
export function TimelineView({
  roadmap,
  framework,
  moves,
  onOpen,
}: {
  roadmap: Roadmap;
  framework: FrameworkFile;
  moves: TimelineMoves;
  onOpen(initiative: Initiative): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useFrameworkNames(framework);
  const { quarter, period } = useQuarterText();
  const [swimlanes, setSwimlanes] = useState<Swimlanes>('block');
  const [drag, setDrag] = useState<Drag | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const { ref: frame, width: frameWidth } = useElementSize();
  // A drag ends with a click on the same bar: that click must not open the initiative.
  const dragged = useRef(false);

  const byId = useMemo(() => new Map(roadmap.initiatives.map((i) => [i.id, i])), [roadmap.initiatives]);
  const layout = useMemo(
    () => layoutTimeline(roadmap.initiatives, roadmap.horizon, framework, { swimlanes, today: roadmap.today.date }),
    [roadmap, framework, swimlanes],
  );
  const quarters = quartersFrom(roadmap.horizon.first, roadmap.horizon.quarters);
  const columnWidth = Math.max(MIN_COLUMN_WIDTH, Math.floor((frameWidth - LABEL_WIDTH - 2) / layout.columns) || 0);
  const width = layout.columns * columnWidth;
  const height = Math.max(1, layout.rows) * ROW_HEIGHT;

  // A moved bar may change rows (lanes sort by start): give the focus back to it once the roadmap is redrawn.
  useEffect(() => {
    if (!focusId) return;
    const bar = scroller.current?.querySelector<HTMLButtonElement>(`[data-bar-id="${CSS.escape(focusId)}"]`);
    if (bar && document.activeElement !== bar) bar.focus();
  }, [focusId, roadmap]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, initiative: Initiative) => {
    if (isUndo(e)) {
      e.preventDefault();
      setFocusId(moves.undo());
      return;
    }
    if (isRedo(e)) {
      e.preventDefault();
      setFocusId(moves.redo());
      return;
    }
    const next = keyMove(e.key, e.shiftKey, initiative);
    if (!next) return;
    e.preventDefault();
    if (moves.busy) return;
    setFocusId(initiative.id);
    moves.move(initiative, next);
  };

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, id: string) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDrag({ id, x: e.clientX, dx: 0 });
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    if (drag) setDrag({ ...drag, dx: e.clientX - drag.x });
  };
  const onPointerUp = (initiative: Initiative) => {
    if (!drag) return;
    const steps = Math.round(drag.dx / columnWidth);
    dragged.current = Math.abs(drag.dx) >= 4;
    setDrag(null);
    if (steps !== 0) {
      setFocusId(initiative.id);
      moves.move(initiative, { start: addQuarters(initiative.start, steps), end: addQuarters(initiative.end, steps) });
    }
  };

  const barStyle = (bar: TimelineBar): CSSProperties => {
    const from = bar.visible ? bar.from : bar.cutEnd ? layout.columns - 1 : 0;
    const to = bar.visible ? bar.to : from;
    const offset = drag?.id === bar.id ? drag.dx : 0;
    return {
      left: from * columnWidth + 4,
      width: (to - from + 1) * columnWidth - 8,
      top: bar.row * ROW_HEIGHT,
      transform: offset ? `translateX(${offset}px)` : undefined,
    };
  };

  const x = (at: number) => at * columnWidth;
  const y = (row: number) => (row + 0.5) * ROW_HEIGHT;

  return (
    <div
      onKeyDown={(e) => {
        // Undo and redo work wherever the focus is inside the timeline, not only on a bar.
        if (e.target instanceof HTMLButtonElement && e.target.dataset.barId) return;
        if (isUndo(e)) {
          e.preventDefault();
          setFocusId(moves.undo());
        } else if (isRedo(e)) {
          e.preventDefault();
          setFocusId(moves.redo());
        }
      }}
    >
      <Group justify="space-between" mb="xs" gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={500} id="timeline-lanes">
            {t('roadmap.timeline.swimlanes')}
          </Text>
          <SegmentedControl
            size="xs"
            value={swimlanes}
            onChange={(v) => setSwimlanes(v as Swimlanes)}
            aria-labelledby="timeline-lanes"
            data={[
              { value: 'block', label: t('roadmap.timeline.byBlock') },
              { value: 'dimension', label: t('roadmap.timeline.byDimension') },
            ]}
          />
        </Group>
        <Group gap="xs">
          <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="timeline-announcement">
            {moves.announcement}
          </Text>
          <Button
            size="xs"
            variant="default"
            disabled={!moves.canUndo || moves.busy}
            onClick={() => setFocusId(moves.undo())}
            data-testid="timeline-undo"
          >
            {t('roadmap.timeline.undo')}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={!moves.canRedo || moves.busy}
            onClick={() => setFocusId(moves.redo())}
            data-testid="timeline-redo"
          >
            {t('roadmap.timeline.redo')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="xs" id="timeline-keys">
        {t('roadmap.timeline.keys')}
      </Text>
      <div
        ref={frame}
        className={classes.frame}
        role="group"
        aria-label={t('roadmap.timeline.label')}
        aria-describedby="timeline-keys"
        style={
          {
            '--label-width': `${LABEL_WIDTH}px`,
            '--row-height': `${ROW_HEIGHT}px`,
            '--header-height': `${HEADER_HEIGHT}px`,
          } as CSSProperties
        }
      >
        <div className={classes.labels} aria-hidden>
          <div className={classes.header} />
          <div style={{ position: 'relative', height }}>
            {layout.lanes.map((lane) => (
              <div key={`lane-${lane.id}`}>
                <div
                  className={classes.laneLabel}
                  style={{ top: lane.row * ROW_HEIGHT }}
                  title={swimlanes === 'block' ? names.block(lane.id) : names.dimension(lane.id)}
                >
                  {swimlanes === 'block' ? names.block(lane.id) : names.dimension(lane.id)}
                </div>
                {lane.bars.map((bar) => {
                  const i = byId.get(bar.id);
                  if (!i) return null;
                  const flagged = i.flags.outsideHorizon || i.flags.startsBeforeDependencyEnds.length > 0;
                  return (
                    <div key={bar.id} className={classes.rowLabel} style={{ top: bar.row * ROW_HEIGHT }}>
                      {flagged && <IconAlert size={14} className={classes.flag} />}
                      <span>{`${i.priority}. ${i.title}`}</span>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        </div>
        <div className={classes.scroller} ref={scroller}>
          <div className={classes.grid} style={{ width }}>
            <div className={classes.header} style={{ position: 'relative' }}>
              {quarters.map((q, c) => (
                <div key={q} className={classes.columnLabel} style={{ left: c * columnWidth, width: columnWidth }}>
                  {quarter(q)}
                </div>
              ))}
            </div>
            <div style={{ position: 'relative', height }}>
              {quarters.map((q, c) => (
                <div key={q} className={classes.column} style={{ left: c * columnWidth }} aria-hidden />
              ))}
              {layout.lanes.map((lane) => (
                <div
                  key={`band-${lane.id}`}
                  className={classes.lane}
                  style={{ top: lane.row * ROW_HEIGHT }}
                  aria-hidden
                />
              ))}
              <svg className={classes.overlay} width={width} height={height} aria-hidden>
                <defs>
                  <marker
                    id="timeline-arrow"
                    viewBox="0 0 8 8"
                    refX="7"
                    refY="4"
                    markerWidth="7"
                    markerHeight="7"
                    orient="auto"
                  >
                    <path d="M0,0 L8,4 L0,8 z" fill="var(--mantine-color-text)" />
                  </marker>
                </defs>
                {layout.arrows.map((a) => {
                  const x1 = x(a.fromAt) - 4;
                  const x2 = x(a.toAt) + 2;
                  const bend = Math.max(x1 + 8, Math.min(x2 - 8, x1 + 12));
                  const d =
                    x2 - 8 >= x1 + 8
                      ? `M${x1},${y(a.fromRow)} H${bend} V${y(a.toRow)} H${x2}`
                      : `M${x1},${y(a.fromRow)} h8 V${(y(a.fromRow) + y(a.toRow)) / 2} H${x2 - 10} V${y(a.toRow)} H${x2}`;
                  return (
                    <path
                      key={`${a.from}-${a.to}`}
                      d={d}
                      fill="none"
                      stroke="var(--mantine-color-text)"
                      strokeWidth={1.3}
                      markerEnd="url(#timeline-arrow)"
                      data-testid="timeline-arrow"
                    />
                  );
                })}
                {layout.today !== null && (
                  <g data-testid="timeline-today">
                    <line
                      x1={x(layout.today)}
                      x2={x(layout.today)}
                      y1={0}
                      y2={height}
                      stroke="var(--mantine-color-red-7)"
                      strokeWidth={1.5}
                      strokeDasharray="5 4"
                    />
                    <text x={x(layout.today) + 4} y={12} fontSize={11} fill="var(--mantine-color-red-7)">
                      {t('roadmap.timeline.today')}
                    </text>
                  </g>
                )}
              </svg>
              {layout.lanes.flatMap((lane) =>
                lane.bars.map((bar) => {
                  const i = byId.get(bar.id);
                  if (!i) return null;
                  const style = barStyle(bar);
                  const label = t('roadmap.timeline.barLabel', {
                    title: `${i.priority}. ${i.title}`,
                    period: period(i.start, i.end),
                    status: t(`roadmap.statuses.${i.status}`),
                  });
                  return (
                    <button
                      key={bar.id}
                      title={label}
                      type="button"
                      className={classes.bar}
                      style={style}
                      data-bar-id={i.id}
                      data-status={i.status}
                      data-start={i.start}
                      data-end={i.end}
                      data-dragging={drag?.id === i.id}
                      aria-label={label}
                      aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Enter Control+Z"
                      onKeyDown={(e) => onKeyDown(e, i)}
                      onClick={() => {
                        if (dragged.current) dragged.current = false;
                        else onOpen(i);
                      }}
                      onPointerDown={(e) => onPointerDown(e, i.id)}
                      onPointerMove={onPointerMove}
                      onPointerUp={() => onPointerUp(i)}
                      onPointerCancel={() => setDrag(null)}
                    >
                      {bar.cutStart ? '◂ ' : ''}
                      {period(i.start, i.end)}
                      {bar.cutEnd ? ' ▸' : ''}
                      <span className={classes.progress} style={{ width: `${i.progress}%` }} aria-hidden />
                    </button>
                  );
                }),
              )}
              {layout.lanes.flatMap((lane) =>
                lane.bars.flatMap((bar) => {
                  const i = byId.get(bar.id);
                  if (!i || !bar.visible) return [];
                  // On the bar's lower edge, where they mark a date without covering the bar's text.
                  const shift = drag?.id === bar.id ? drag.dx : 0;
                  return bar.milestones.map((m, k) => {
                    const milestone = i.milestones[k];
                    return (
                      <span
                        key={`${bar.id}-${milestone?.id ?? k}`}
                        className={classes.milestone}
                        data-done={m.done}
                        data-testid="timeline-milestone"
                        style={{ left: m.at * columnWidth + shift, top: bar.row * ROW_HEIGHT + ROW_HEIGHT - 7 }}
                        title={
                          milestone
                            ? t('roadmap.timeline.milestone', {
                                title: milestone.title,
                                date: format.date(milestone.due),
                              })
                            : undefined
                        }
                        aria-hidden
                      />
                    );
                  });
                }),
              )}
            </div>
          </div>
        </div>
      </div>
      <VisuallyHidden>
        <ul>
          {layout.arrows.map((a) => (
            <li key={`${a.from}-${a.to}`}>
              {t('roadmap.timeline.dependency', {
                from: byId.get(a.from)?.title ?? '',
                to: byId.get(a.to)?.title ?? '',
              })}
            </li>
          ))}
        </ul>
      </VisuallyHidden>
    </div>
  );
}
