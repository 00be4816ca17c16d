import type { ChangeDirection } from '../../results/change';
import type { ReportWriter } from './writer';

/**
 * Round over round: only when the engagement has an earlier finalized round on the same framework. A block
 * is said to have risen or fallen only when shared/results/change.ts calls the change clear (Welch's test on
 * the respondents' block scores and at least a tenth of a point); every other difference is "no clear change",
 * in the text, the chart's colour and the table alike.
 */
export function writeChanges(w: ReportWriter): void {
  const { t, f } = w;
  const { results, assessment } = w.input;
  const previous = results.previous;
  if (!previous) return;
  const since = w.roundRef(previous.round);
  w.heading(1, t('changes.title', { round: since }));
  const rows = results.blocks.map((b) => {
    const p = previous.blocks.find((x) => x.id === b.id);
    return {
      id: b.id,
      label: w.blockName(b.id),
      now: b.score,
      then: p?.score ?? null,
      delta: p?.delta ?? null,
      change: (p?.change ?? null) as ChangeDirection | null,
    };
  });
  const named = (list: typeof rows) => w.list(list.map((r) => `${r.label} (${f.signed(r.delta as number, 2)})`));
  const rose = rows.filter((r) => r.change === 'rise');
  const fell = rows.filter((r) => r.change === 'fall');
  const steady = rows.filter((r) => r.change === 'none');
  const sentences = [
    t('changes.intro', {
      round: since,
      heldOn: previous.heldOn ? t('changes.heldOn', { date: f.date(previous.heldOn) }) : '',
    }),
  ];
  if (rose.length > 0)
    sentences.push(t('changes.rose', { count: rose.length, number: f.countWord(rose.length), blocks: named(rose) }));
  if (fell.length > 0)
    sentences.push(t('changes.fell', { count: fell.length, number: f.countWord(fell.length), blocks: named(fell) }));
  if (rose.length === 0 && fell.length === 0) sentences.push(t('changes.stable'));
  else if (steady.length > 0)
    sentences.push(t('changes.steady', { count: steady.length, number: f.countWord(steady.length, false) }));
  w.paragraph(sentences.join(' '));
  w.note(t('changes.noise'));

  if (rows.some((r) => r.delta !== null)) {
    w.blocks.push({
      kind: 'chart',
      id: 'deltas',
      caption: t('changes.caption', { round: since }),
      alt: t('changes.alt', {
        rows: rows
          .map(
            (r) =>
              `${r.id} ${r.delta === null ? t('results.none') : `${f.signed(r.delta)} (${t(`changes.verdict.${r.change ?? 'none'}`)})`}`,
          )
          .join('; '),
      }),
      width: 680,
      height: 440,
      chart: {
        builder: 'roundDeltas',
        input: {
          blocks: rows.map((r) => ({ id: r.id, label: r.label, delta: r.delta, change: r.change })),
          labels: {
            rise: t('changes.verdict.rise'),
            fall: t('changes.verdict.fall'),
            none: t('changes.verdict.none'),
          },
        },
      },
    });
  }
  w.table(
    'changes',
    t('changes.table', { previous: previous.round, current: assessment.round }),
    [
      { header: t('results.columns.block'), align: 'left', weight: 4.4 },
      { header: previous.round, align: 'right', weight: 1.5 },
      { header: assessment.round, align: 'right', weight: 1.5 },
      { header: t('changes.columns.change'), align: 'right', weight: 1.5 },
      { header: t('changes.columns.verdict'), align: 'left', weight: 2.2 },
    ],
    rows.map((r) => [
      { text: r.label },
      w.scoreCell(r.then),
      w.scoreCell(r.now, { bold: true }),
      r.delta === null
        ? { text: t('results.none'), align: 'right' as const, muted: true }
        : { text: f.signed(r.delta), align: 'right' as const, bold: r.change === 'rise' || r.change === 'fall' },
      r.change === null
        ? { text: t('results.none'), muted: true }
        : { text: t(`changes.verdict.${r.change}`), muted: r.change === 'none' },
    ]),
  );
}
