import { ALPHA, FALLBACK_CHANGE, MIN_CHANGE } from '../../results/change';
import { MIDDLE_HALF_MIN_N } from '../../results/stats';
import { AROUND_MEDIAN, AROUND_MEDIAN_RANK } from './writer';
import { RESPONDENT_ROLES } from '../../domain/identifiers';
import { MIN_GROUP } from '../../results/anonymity';
import { CONSENSUS_MAX_SD, GAP_FLAG, PYRAMID_THRESHOLD } from '../../results/results';
import { describeBenchmarkAbsence } from './benchmarkText';
import type { ReportWriter } from './writer';
import type { reportEn } from '../../i18n/reportEn';

/** How the numbers came about: model, scale, respondents, anonymity rules, benchmark group, definitions. */
export function writeMethod(w: ReportWriter): void {
  const { t, f, framework } = w;
  const { results, assessment, respondentsByRole } = w.input;
  w.heading(1, t('method.title'));

  w.heading(2, t('method.frameworkTitle'));
  w.paragraph(
    t('method.framework', {
      name: w.text(framework.name),
      version: framework.version,
      dimensions: f.integer(framework.dimensions.length),
      blocks: f.integer(framework.blocks.length),
      elements: f.integer(framework.elements.length),
      questions: f.integer(framework.questions.length),
    }),
  );
  w.heading(3, t('method.scaleTitle'));
  w.blocks.push({
    kind: 'bullets',
    items: framework.scale.map((s) => [
      { text: `${s.score} – ${w.text(s.label)}`, bold: true },
      `: ${w.text(s.descriptor)}`,
    ]),
  });
  w.paragraph(t('method.scaleNotApplicable', { label: w.text(framework.notApplicable) }));

  w.heading(2, t('method.modeTitle'));
  w.paragraph(t(assessment.mode === 'workshop' ? 'method.workshop' : 'method.survey'));
  const invited = w.input.invitedByRole ?? {};
  const roles = RESPONDENT_ROLES.filter((r) => (respondentsByRole[r] ?? 0) > 0 || (invited[r] ?? 0) > 0);
  const count = (r: (typeof roles)[number]) => respondentsByRole[r] ?? 0;
  const total = roles.reduce((sum, r) => sum + count(r), 0);
  // The response rate only where the consultant entered how many were invited; a total only when every role has it.
  const withRate = roles.some((r) => invited[r] !== undefined);
  const invitedTotal = roles.every((r) => invited[r] !== undefined)
    ? roles.reduce((sum, r) => sum + (invited[r] ?? 0), 0)
    : null;
  const rateCells = (answered: number, asked: number | null | undefined, bold = false) =>
    withRate
      ? [
          { text: asked ? f.integer(asked) : '–', align: 'right' as const, bold },
          { text: asked ? f.percent(answered / asked) : '–', align: 'right' as const, bold },
        ]
      : [];
  const notes = [
    t('method.answersNote', { notApplicable: f.integer(results.notApplicable), skipped: f.integer(results.skipped) }),
    ...(withRate ? [t('method.rateNote')] : []),
  ];
  w.table(
    'respondents',
    t('method.respondentsTable'),
    [
      { header: t('method.roleColumn'), align: 'left', weight: 3 },
      { header: t('method.countColumn'), align: 'right', weight: 1.4 },
      ...(withRate
        ? [
            { header: t('method.invitedColumn'), align: 'right' as const, weight: 1.4 },
            { header: t('method.rateColumn'), align: 'right' as const, weight: 1.4 },
          ]
        : []),
    ],
    [
      ...roles.map((r) => [
        { text: w.tAny(`roles.${r}`) },
        { text: f.integer(count(r)), align: 'right' as const },
        ...rateCells(count(r), invited[r]),
      ]),
      [
        { text: t('method.total'), bold: true },
        { text: f.integer(total), align: 'right' as const, bold: true },
        ...rateCells(total, invitedTotal, true),
      ],
    ],
    notes.join(' '),
  );

  w.heading(2, t('method.anonymityTitle'));
  w.paragraph(t('method.anonymity', { min: f.integer(MIN_GROUP) }));

  w.heading(2, t('method.benchmarkTitle'));
  const comparison = w.comparison;
  if (comparison && !comparison.suppressed && comparison.n !== null) {
    const synthetic = comparison.synthetic ? ` ${t('method.benchmarkSynthetic')}` : '';
    w.paragraph(
      t('method.benchmark', { group: w.groupText(), n: f.integer(comparison.n), k: f.integer(comparison.k) }) +
        synthetic,
    );
  } else {
    w.paragraph(t('summary.benchmarkAbsent', { reason: describeBenchmarkAbsence(w) }));
  }

  w.heading(2, t('method.definitionsTitle'));
  const d = (key: keyof typeof reportEn.method.definitions, options?: Record<string, unknown>) => [
    t(`method.definitions.${key}`, options),
  ];
  w.blocks.push({
    kind: 'bullets',
    items: [
      d('score'),
      d('index'),
      d('sd'),
      d('consensus', { max: f.score1(CONSENSUS_MAX_SD) }),
      d('gap', { threshold: f.score2(GAP_FLAG) }),
      d('pyramid', { threshold: f.score1(PYRAMID_THRESHOLD) }),
      d('middleHalf', { min: f.integer(MIDDLE_HALF_MIN_N) }),
      d('benchmark'),
      d('position', { margin: f.score1(AROUND_MEDIAN), low: AROUND_MEDIAN_RANK[0], high: AROUND_MEDIAN_RANK[1] }),
      d('change', { min: f.score1(MIN_CHANGE), alpha: f.score2(ALPHA), fallback: f.score1(FALLBACK_CHANGE) }),
    ],
  });
}
