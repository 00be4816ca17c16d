import type { Cell, Row } from 'write-excel-file/node';
import type { Language } from '../../shared/domain/identifiers';
import type { FrameworkFile } from '../../shared/frameworks/schema';
import { translator } from '../../shared/i18n';
import { quarterEnd, quarterStart } from '../../shared/roadmap/quarter';
import type { Roadmap } from '../../shared/roadmap/schemas';
import { keyFromData } from '../../shared/i18n/keys';

/**
 * The roadmap for a client's programme office as an Excel workbook (docs/roadmap.md "Excel"): one row per
 * initiative with real numbers and dates, blocks as codes and as names; a sheet of milestones and one of
 * block targets. Column headers in the chosen language.
 *
 * Text that a spreadsheet could take for a formula — starting with = + - @, a tab or a carriage return —
 * is written with a leading apostrophe ('=…), the usual neutralisation: the cell stays text even when it
 * is edited, copied or saved as CSV and opened again. Characters XML cannot hold are dropped.
 */

/** A sheet as write-excel-file takes it (no images, so no file content type is involved). */
export interface WorkbookSheet {
  sheet: string;
  data: Row[];
  stickyRowsCount: number;
  columns: { width: number }[];
}

const FORMULA_START = /^[=+\-@\t\r]/;
// eslint-disable-next-line no-control-regex -- exactly the characters an XML 1.0 document cannot hold
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text as a cell that stays text: never a formula, never invalid XML. */
export function safeText(value: string): string {
  const clean = value.replace(XML_INVALID, '');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

const DATE_FORMAT = 'yyyy-mm-dd';
const header = (value: string): Cell => ({ value: safeText(value), fontWeight: 'bold', backgroundColor: '#E9ECEF' });
const text = (value: string | null | undefined): Cell =>
  value === null || value === undefined || value === '' ? null : { value: safeText(value), type: String };
const number = (value: number | null | undefined, format?: string): Cell =>
  value === null || value === undefined ? null : { value, type: Number, ...(format ? { format } : {}) };
const date = (iso: string): Cell => ({
  value: new Date(`${iso}T00:00:00.000Z`),
  type: Date,
  format: DATE_FORMAT,
});

export function roadmapWorkbook(roadmap: Roadmap, framework: FrameworkFile, language: Language): WorkbookSheet[] {
  const t = translator(language);
  const h = (key: string) => t(keyFromData(`roadmap.excel.${key}`));
  const local = (v: { nl: string; en: string }) => v[language];
  const blockName = new Map(framework.blocks.map((b) => [b.id, local(b.name)]));
  const elementName = new Map(framework.elements.map((e) => [e.id, local(e.name)]));
  const shiftName = new Map(framework.shifts.map((s) => [s.id, `${local(s.from)} → ${local(s.to)}`]));
  const named = (ids: string[], names: Map<string, string>) =>
    ids.map((id) => `${id} ${names.get(id) ?? ''}`.trim()).join('; ');

  const initiativeHeaders = [
    'priority',
    'id',
    'title',
    'blocks',
    'blockNames',
    'elements',
    'shifts',
    'status',
    'startQuarter',
    'endQuarter',
    'startDate',
    'endDate',
    'impact',
    'effort',
    'priorityScore',
    'quadrant',
    'owner',
    'sponsor',
    'progress',
    'baselineRound',
    'baselineScore',
    'targetScore',
    'latestScore',
    'change',
    'kpi',
    'kpiUnit',
    'kpiBaseline',
    'kpiTarget',
    'dependsOn',
    'description',
    'notes',
  ];
  const initiatives: Row[] = [
    initiativeHeaders.map((k) => header(h(`columns.${k}`))),
    ...roadmap.initiatives.map((i): Row => {
      const first = i.movement.find((m) => m.block === i.gap?.block) ?? i.movement[0];
      return [
        number(i.priority),
        text(i.id),
        text(i.title),
        text(i.blocks.join(', ')),
        text(i.blocks.map((b) => blockName.get(b) ?? b).join('; ')),
        text(named(i.elements, elementName)),
        text(named(i.shifts, shiftName)),
        text(t(`roadmap.statuses.${i.status}`)),
        text(i.start),
        text(i.end),
        date(quarterStart(i.start)),
        date(quarterEnd(i.end)),
        number(i.impact),
        number(i.effort),
        number(Math.round(i.priorityScore * 10) / 10, '0.0'),
        text(t(`roadmap.quadrants.${i.quadrant}`)),
        text(i.owner?.name),
        text(i.sponsor?.name),
        number(i.progress),
        text(i.gap?.round),
        number(i.gap?.score, '0.00'),
        number(i.gap?.target, '0.00'),
        number(first?.now?.score, '0.00'),
        text(first?.change ? t(`roadmap.change.${first.change}`) : null),
        text(i.kpi?.name),
        text(i.kpi?.unit),
        number(i.kpi?.baseline),
        number(i.kpi?.target),
        text(i.dependsOn.join(', ')),
        text(i.description),
        text(i.notes),
      ];
    }),
  ];

  const milestones: Row[] = [
    ['initiativeId', 'priority', 'initiative', 'milestone', 'due', 'done'].map((k) => header(h(`milestones.${k}`))),
    ...roadmap.initiatives.flatMap((i) =>
      i.milestones.map((m): Row => [
        text(i.id),
        number(i.priority),
        text(i.title),
        text(m.title),
        date(m.due),
        { value: m.done, type: Boolean },
      ]),
    ),
  ];

  const targets: Row[] = [
    ['block', 'blockName', 'from', 'now', 'target', 'by', 'met'].map((k) => header(h(`targets.${k}`))),
    ...roadmap.targets.map((x): Row => [
      text(x.block),
      text(blockName.get(x.block) ?? x.block),
      number(x.from, '0.00'),
      number(x.now, '0.00'),
      number(x.target, '0.00'),
      text(x.by),
      x.met === null ? null : { value: x.met, type: Boolean },
    ]),
  ];

  const widths = (row: Row) => row.map(() => ({ width: 16 }));
  return [
    {
      sheet: h('sheets.initiatives'),
      data: initiatives,
      stickyRowsCount: 1,
      columns: widths(initiatives[0] as Row).map((w, i) => ({ width: i === 2 || i === 29 ? 48 : w.width })),
    },
    { sheet: h('sheets.milestones'), data: milestones, stickyRowsCount: 1, columns: widths(milestones[0] as Row) },
    { sheet: h('sheets.targets'), data: targets, stickyRowsCount: 1, columns: widths(targets[0] as Row) },
  ];
}
