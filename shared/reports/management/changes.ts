import type { ReportWriter } from './writer';

/** A change of this size or more is named in the text; smaller ones are within the noise of a re-assessment. */
export const NOTABLE_CHANGE = 0.25;

/** Round over round: only when the engagement has an earlier finalized round on the same framework. */
export function writeChanges(w: ReportWriter): void {
  const { t, f } = w;
  const { results, assessment } = w.input;
  const previous = results.previous;
  if (!previous) return;
  w.heading(1, t('changes.title', { round: previous.round }));
  const threshold = f.score2(NOTABLE_CHANGE);
  const rows = results.blocks.map((b) => {
    const p = previous.blocks.find((x) => x.id === b.id);
    return { id: b.id, label: w.blockName(b.id), now: b.score, then: p?.score ?? null, delta: p?.delta ?? null };
  });
  const named = (list: typeof rows) => w.list(list.map((r) => `${r.label} (${f.signed(r.delta as number, 1)})`));
  const rose = rows.filter((r) => r.delta !== null && r.delta >= NOTABLE_CHANGE);
  const fell = rows.filter((r) => r.delta !== null && r.delta <= -NOTABLE_CHANGE);
  const sentences = [
    t('changes.intro', {
      round: previous.round,
      heldOn: previous.heldOn ? t('changes.heldOn', { date: f.date(previous.heldOn) }) : '',
    }),
  ];
  if (rose.length > 0) sentences.push(t('changes.rose', { count: rose.length, threshold, blocks: named(rose) }));
  if (fell.length > 0) sentences.push(t('changes.fell', { count: fell.length, threshold, blocks: named(fell) }));
  if (rose.length === 0 && fell.length === 0) sentences.push(t('changes.stable', { threshold }));
  w.paragraph(sentences.join(' '));

  if (rows.some((r) => r.delta !== null)) {
    w.blocks.push({
      kind: 'chart',
      id: 'deltas',
      caption: t('changes.caption', { round: previous.round }),
      alt: t('changes.alt', {
        rows: rows.map((r) => `${r.id} ${r.delta === null ? t('results.none') : f.signed(r.delta)}`).join('; '),
      }),
      width: 680,
      height: 400,
      chart: {
        builder: 'roundDeltas',
        input: {
          blocks: rows.map((r) => ({ id: r.id, label: r.label, delta: r.delta })),
          labels: { delta: t('changes.columns.change') },
        },
      },
    });
  }
  w.table(
    'changes',
    t('changes.table', { previous: previous.round, current: assessment.round }),
    [
      { header: t('results.columns.block'), align: 'left', weight: 5 },
      { header: previous.round, align: 'right', weight: 1.4 },
      { header: assessment.round, align: 'right', weight: 1.4 },
      { header: t('changes.columns.change'), align: 'right', weight: 1.4 },
    ],
    rows.map((r) => [
      { text: r.label },
      w.scoreCell(r.then),
      w.scoreCell(r.now, { bold: true }),
      r.delta === null
        ? { text: t('results.none'), align: 'right' as const, muted: true }
        : { text: f.signed(r.delta), align: 'right' as const, bold: Math.abs(r.delta) >= NOTABLE_CHANGE },
    ]),
  );
}
