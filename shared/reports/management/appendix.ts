import type { ReportWriter } from './writer';

/**
 * Every question's mean over all respondents, as on the results screen's question level. No respondent
 * columns and no minimum or maximum: a report circulates, and an extreme can point at one person.
 */
export function writeAppendix(w: ReportWriter): void {
  const { t, f, framework } = w;
  const { results } = w.input;
  w.heading(1, t('appendix.title'));
  w.paragraph(t('appendix.intro'));
  const byId = new Map(results.questions.map((q) => [q.id, q]));
  const blockOf = new Map(framework.elements.map((e) => [e.id, e.block]));
  for (const block of framework.blocks) {
    const questions = framework.questions.filter((q) => blockOf.get(q.element) === block.id);
    if (questions.length === 0) continue;
    const name = w.blockName(block.id);
    w.heading(2, name);
    w.table(
      `questions-${block.id}`,
      t('appendix.table', { block: name }),
      [
        { header: '#', align: 'left', weight: 0.9 },
        { header: t('results.columns.question'), align: 'left', weight: 8 },
        { header: t('results.columns.score'), align: 'right', weight: 1.2 },
        { header: t('results.columns.sd'), align: 'right', weight: 1 },
        { header: t('results.columns.n'), align: 'right', weight: 0.7 },
        { header: t('results.columns.notApplicable'), align: 'right', weight: 0.9 },
      ],
      questions.map((q) => {
        const r = byId.get(q.id);
        return [
          { text: q.id },
          { text: w.text(q.text) },
          w.scoreCell(r?.score, { bold: true }),
          w.scoreCell(r?.sd),
          { text: f.integer(r?.n ?? 0), align: 'right' as const },
          { text: f.integer(r?.notApplicable ?? 0), align: 'right' as const },
        ];
      }),
    );
  }
}
