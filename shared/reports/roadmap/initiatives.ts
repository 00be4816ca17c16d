import type { BlockMovement, Initiative } from '../../roadmap/schemas';
import type { Inline, TableCell } from '../model';
import type { RoadmapWriter } from './writer';

/** One part per initiative, in priority order: what, who, when, the link to the diagnosis, KPI, milestones. */
export function writeInitiatives(w: RoadmapWriter): void {
  const { t } = w;
  const { initiatives } = w.input.roadmap;
  w.heading(1, t('initiatives.title'));
  if (initiatives.length === 0) {
    w.paragraph(t('initiatives.empty'));
    return;
  }
  const names = new Map(initiatives.map((i) => [i.id, w.initiativeName(i)]));
  for (const i of initiatives) writeInitiative(w, i, names);
}

function fact(label: string, value: string, muted = false): TableCell[] {
  return [
    { text: label, muted: true },
    { text: value, ...(muted ? { muted: true } : {}) },
  ];
}

function writeInitiative(w: RoadmapWriter, i: Initiative, names: Map<string, string>): void {
  const { t, f } = w;
  w.heading(2, w.initiativeName(i));
  if (i.description) w.paragraph(i.description);

  const none = t('none');
  const rows: TableCell[][] = [
    fact(t('facts.blocks'), i.blocks.map((b) => w.blockName(b)).join('; ')),
    ...(i.elements.length > 0 ? [fact(t('facts.elements'), i.elements.map((e) => w.elementName(e)).join('; '))] : []),
    ...(i.shifts.length > 0 ? [fact(t('facts.shifts'), i.shifts.map((s) => w.shiftName(s)).join('; '))] : []),
    fact(t('facts.owner'), i.owner?.name ?? none, !i.owner),
    fact(t('facts.sponsor'), i.sponsor?.name ?? none, !i.sponsor),
    fact(t('facts.period'), w.period(i.start, i.end)),
    fact(t('facts.status'), w.tAny(`roadmap.statuses.${i.status}`)),
    fact(
      t('facts.impactEffort'),
      t('facts.impactEffortValue', {
        impact: f.integer(i.impact),
        effort: f.integer(i.effort),
        quadrant: w.tAny(`roadmap.quadrants.${i.quadrant}`),
      }),
    ),
    fact(
      t('facts.priority'),
      i.rank !== null
        ? t('facts.priorityRanked', { priority: f.integer(i.priority), score: f.integer(Math.round(i.priorityScore)) })
        : t('facts.priorityValue', { priority: f.integer(i.priority), score: f.integer(Math.round(i.priorityScore)) }),
    ),
    fact(t('facts.progress'), t('facts.progressValue', { progress: f.integer(i.progress) })),
  ];
  w.table(
    `initiative-${i.priority}`,
    t('initiatives.factsCaption', { name: w.initiativeName(i) }),
    [
      { header: t('columns.fact'), align: 'left', weight: 2 },
      { header: t('columns.value'), align: 'left', weight: 5 },
    ],
    rows,
  );

  w.heading(3, t('initiatives.diagnosisTitle'));
  const diagnosis: string[] = [];
  if (i.gap && i.gap.score !== null) {
    diagnosis.push(
      i.gap.target !== null
        ? t('initiatives.gapWithTarget', {
            block: w.blockName(i.gap.block),
            score: f.score1(i.gap.score),
            round: i.gap.round ?? '',
            target: f.score1(i.gap.target),
          })
        : t('initiatives.gap', {
            block: w.blockName(i.gap.block),
            score: f.score1(i.gap.score),
            round: i.gap.round ?? '',
          }),
    );
  } else {
    diagnosis.push(t('initiatives.noGap'));
  }
  w.paragraph(diagnosis.join(' '));
  const moved = i.movement.filter((m) => m.now !== null);
  if (moved.length > 0) w.bullets(moved.map((m) => movementLine(w, m)));

  if (i.kpi) {
    w.heading(3, t('initiatives.kpiTitle'));
    const unit = i.kpi.unit ? ` ${i.kpi.unit}` : '';
    const value = (v: number | null) => (v === null ? none : `${w.number(v)}${unit}`);
    w.paragraph(
      { text: i.kpi.name, bold: true },
      ` – ${t('initiatives.kpi', { baseline: value(i.kpi.baseline), target: value(i.kpi.target) })}`,
    );
  }

  if (i.milestones.length > 0) {
    w.table(
      `milestones-${i.priority}`,
      t('initiatives.milestonesCaption', { name: w.initiativeName(i) }),
      [
        { header: t('columns.milestone'), align: 'left', weight: 5 },
        { header: t('columns.due'), align: 'right', weight: 2 },
        { header: t('columns.done'), align: 'left', weight: 1.2 },
      ],
      i.milestones.map((m) => [
        { text: m.title },
        { text: f.date(m.due), align: 'right' },
        { text: t(m.done ? 'met.yes' : 'met.no'), muted: !m.done },
      ]),
    );
  }

  if (i.dependsOn.length > 0) {
    const parts: Inline[] = [
      { text: `${t('initiatives.dependsOn')} `, bold: true },
      w.list(i.dependsOn.map((d) => names.get(d) ?? d)),
      '.',
    ];
    if (i.flags.startsBeforeDependencyEnds.length > 0) {
      parts.push(
        ` ${t('initiatives.startsEarly', { list: w.list(i.flags.startsBeforeDependencyEnds.map((d) => names.get(d) ?? d)) })}`,
      );
    }
    w.paragraph(...parts);
  }
  if (i.flags.outsideHorizon) w.note(t('initiatives.outside'));
  if (i.notes) {
    w.heading(3, t('initiatives.notesTitle'));
    w.paragraph(i.notes);
  }
}

/** "B5: 2,4 in Baseline → 3,1 in Follow-up, a clear rise; target 3,5 not yet reached." */
function movementLine(w: RoadmapWriter, m: BlockMovement): Inline[] {
  const { t, f } = w;
  const change = w.tAny(`roadmap.change.${m.change ?? 'none'}`);
  const target =
    m.target === null
      ? ''
      : t(m.met ? 'initiatives.targetMet' : 'initiatives.targetOpen', { target: f.score1(m.target) });
  return [
    { text: `${m.block}: `, bold: true },
    t('initiatives.movement', {
      start: m.start?.score === null || m.start === null ? t('none') : f.score1(m.start.score),
      startRound: m.start?.round ?? '',
      now: m.now?.score === null || m.now === null ? t('none') : f.score1(m.now.score),
      nowRound: m.now?.round ?? '',
      change,
    }),
    `${target}.`,
  ];
}
