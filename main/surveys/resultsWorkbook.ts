import type { Cell, Row } from 'write-excel-file/node';
import type { Language } from '../../shared/domain/identifiers';
import type { FrameworkFile } from '../../shared/frameworks/schema';
import { translator } from '../../shared/i18n';
import type { ResultsWithHistory } from '../../shared/results/schemas';
import { safeText, type WorkbookSheet } from '../roadmap/workbook';

/**
 * A round's results for the client's analysts (docs/file-formats.md "Results workbook"): blocks, elements,
 * questions, role groups and shifts, each a sheet. Numbers are the unrounded figures, stored as numbers with
 * a display format; role groups are only those the results show (docs/anonymity.md), so the workbook never
 * publishes a group the screen would hide. Text cells are neutralised like every sheet we write.
 */
export function resultsWorkbook(
  results: ResultsWithHistory,
  framework: FrameworkFile,
  language: Language,
): WorkbookSheet[] {
  const t = translator(language);
  const h = (
    key:
      | 'id'
      | 'block'
      | 'element'
      | 'name'
      | 'text'
      | 'score'
      | 'index'
      | 'n'
      | 'sd'
      | 'p25'
      | 'p75'
      | 'notApplicable'
      | 'role'
      | 'from'
      | 'to'
      | 'now'
      | 'desired',
  ): Cell => ({
    value: safeText(t(`survey.export.columns.${key}`)),
    fontWeight: 'bold',
    backgroundColor: '#E9ECEF',
  });
  const text = (value: string | null | undefined): Cell =>
    value === null || value === undefined || value === '' ? null : { value: safeText(value), type: String };
  const num = (value: number | null | undefined, format = '0.00'): Cell =>
    value === null || value === undefined || Number.isNaN(value) ? null : { value, type: Number, format };
  const count = (value: number): Cell => ({ value, type: Number, format: '0' });
  const local = (v: { nl: string; en: string }) => v[language];
  const blockName = new Map(framework.blocks.map((b) => [b.id, local(b.name)]));
  const elementName = new Map(framework.elements.map((e) => [e.id, local(e.name)]));
  const questionText = new Map(framework.questions.map((q) => [q.id, local(q.text)]));
  const shift = new Map(framework.shifts.map((s) => [s.id, s]));

  const blocks: Row[] = [
    // No respondent's own lowest or highest score: the middle half, and only where the group is large enough.
    [h('id'), h('name'), h('score'), h('index'), h('n'), h('sd'), h('p25'), h('p75'), h('notApplicable')],
    ...results.blocks.map((b): Row => [
      text(b.id),
      text(blockName.get(b.id)),
      num(b.score),
      num(b.index, '0'),
      count(b.n),
      num(b.sd),
      num(b.middleHalf?.p25),
      num(b.middleHalf?.p75),
      count(b.notApplicable),
    ]),
  ];
  const elements: Row[] = [
    [h('id'), h('block'), h('name'), h('score'), h('n'), h('sd')],
    ...results.elements.map((e): Row => [
      text(e.id),
      text(e.block),
      text(elementName.get(e.id)),
      num(e.score),
      count(e.n),
      num(e.sd),
    ]),
  ];
  const questions: Row[] = [
    [h('id'), h('element'), h('text'), h('score'), h('n'), h('sd'), h('notApplicable')],
    ...results.questions.map((q): Row => [
      text(q.id),
      text(q.element),
      text(questionText.get(q.id)),
      num(q.score),
      count(q.n),
      num(q.sd),
      count(q.notApplicable),
    ]),
  ];
  const roles: Row[] = [
    [h('block'), h('name'), h('role'), h('n'), h('score')],
    ...results.roles.map((r): Row => [
      text(r.block),
      text(blockName.get(r.block)),
      text(t(`roles.${r.role}`)),
      count(r.n),
      num(r.score),
    ]),
  ];
  const shifts: Row[] = [
    [h('id'), h('from'), h('to'), h('now'), h('desired')],
    ...results.shifts.map((s): Row => {
      const def = shift.get(s.id);
      return [
        text(s.id),
        text(def && local(def.from)),
        text(def && local(def.to)),
        num(s.now, '0'),
        num(s.desired, '0'),
      ];
    }),
  ];
  const sheet = (key: 'blocks' | 'elements' | 'questions' | 'roles' | 'shifts', data: Row[], wide: number) => ({
    sheet: t(`survey.export.sheets.${key}`),
    data,
    stickyRowsCount: 1,
    columns: (data[0] as Row).map((_, i) => ({ width: i === wide ? 60 : 14 })),
  });
  return [
    sheet('blocks', blocks, 1),
    sheet('elements', elements, 2),
    sheet('questions', questions, 2),
    sheet('roles', roles, 1),
    sheet('shifts', shifts, 1),
  ];
}
