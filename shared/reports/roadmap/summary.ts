import { INITIATIVE_STATUSES } from '../../roadmap/schemas';
import type { RoadmapWriter } from './writer';

/** How many highest-priority initiatives the summary names. */
export const SUMMARY_TOP = 5;

/** The page a director reads: what the roadmap holds, where it starts, the targets and the first priorities. */
export function writeSummary(w: RoadmapWriter): void {
  const { t, f } = w;
  const { roadmap, engagement } = w.input;
  const { initiatives, horizon } = roadmap;
  w.heading(1, t('summary.title'));
  w.blocks.push({
    kind: 'paragraph',
    variant: 'lead',
    content: [
      t('summary.intro', {
        client: engagement.clientName,
        count: initiatives.length,
        number: f.integer(initiatives.length),
        quarters: f.integer(horizon.quarters),
        first: w.quarter(horizon.first),
        last: w.quarter(horizon.last),
      }),
    ],
  });

  const counts = INITIATIVE_STATUSES.map((s) => ({ s, n: initiatives.filter((i) => i.status === s).length })).filter(
    (c) => c.n > 0,
  );
  if (counts.length > 0) {
    w.paragraph(
      t('summary.statuses', {
        list: w.list(counts.map((c) => t(`summary.statusCount.${c.s}`, { count: c.n, number: f.integer(c.n) }))),
      }),
    );
  }
  const round = roadmap.latestRound;
  w.paragraph(
    round
      ? t('summary.diagnosis', {
          round: round.round,
          heldOn: round.heldOn ? t('summary.heldOn', { date: f.date(round.heldOn) }) : '',
        })
      : t('summary.noDiagnosis'),
  );

  if (roadmap.targets.length > 0) {
    const met = roadmap.targets.filter((x) => x.met === true).length;
    w.paragraph(
      roadmap.targets.length === 1
        ? t(met === 1 ? 'summary.targetOneMet' : 'summary.targetOneOpen')
        : t('summary.targets', { number: f.integer(roadmap.targets.length), met: f.integer(met) }),
    );
    w.table(
      'targets',
      t('summary.targetsTable'),
      [
        { header: t('columns.block'), align: 'left', weight: 5 },
        { header: t('columns.from'), align: 'right', weight: 1.3 },
        { header: t('columns.now'), align: 'right', weight: 1.3 },
        { header: t('columns.target'), align: 'right', weight: 1.3 },
        { header: t('columns.by'), align: 'right', weight: 1.6 },
        { header: t('columns.met'), align: 'left', weight: 1.6 },
      ],
      roadmap.targets.map((x) => [
        { text: w.blockName(x.block) },
        w.scoreCell(x.from),
        w.scoreCell(x.now, { bold: true }),
        w.scoreCell(x.target),
        { text: w.quarter(x.by), align: 'right' },
        { text: t(x.met === null ? 'met.unknown' : x.met ? 'met.yes' : 'met.no'), muted: x.met === null },
      ]),
      round ? t('summary.targetsNote', { round: round.round }) : undefined,
    );
  }

  if (initiatives.length > 0) {
    w.heading(3, t('summary.topTitle', { count: Math.min(SUMMARY_TOP, initiatives.length) }));
    w.bullets(
      initiatives
        .slice(0, SUMMARY_TOP)
        .map((i) => [{ text: w.initiativeName(i), bold: true }, ` – ${w.period(i.start, i.end)}; ${w.list(i.blocks)}`]),
    );
  }

  const outside = initiatives.filter((i) => i.flags.outsideHorizon).length;
  const early = initiatives.filter((i) => i.flags.startsBeforeDependencyEnds.length > 0).length;
  if (outside > 0) w.paragraph(t('summary.outside', { count: outside, number: f.integer(outside) }));
  if (early > 0) w.paragraph(t('summary.early', { count: early, number: f.integer(early) }));
}
