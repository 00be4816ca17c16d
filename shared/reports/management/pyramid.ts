import { PYRAMID_THRESHOLD } from '../../results/results';
import type { ReportWriter } from './writer';

/** The Service Excellence Pyramid: which level is reached, and how far the next one is. */
export function writePyramid(w: ReportWriter): void {
  const { t, f, framework } = w;
  const { pyramid } = w.input.results;
  const threshold = f.score1(PYRAMID_THRESHOLD);
  w.heading(1, t('pyramid.title'));
  w.paragraph(t('pyramid.intro', { threshold }));
  if (framework.pyramid.length === 0 || !framework.questions.some((q) => q.pyramidLevel)) {
    w.paragraph(t('pyramid.noQuestions'));
    return;
  }
  const levels = [...framework.pyramid]
    .sort((a, b) => a.rank - b.rank)
    .map((l) => {
      const r = pyramid.levels.find((x) => x.id === l.id);
      return { id: l.id, name: w.text(l.name), score: r?.score ?? null, n: r?.n ?? 0, reached: r?.reached ?? false };
    });
  const yes = t('results.yes');
  const no = t('results.no');
  if (levels.some((l) => l.score !== null)) {
    w.blocks.push({
      kind: 'chart',
      id: 'pyramid',
      caption: t('pyramid.caption'),
      alt: t('pyramid.alt', {
        levels: levels
          .map(
            (l) =>
              `${l.id} ${l.name} ${l.score === null ? t('results.none') : f.score2(l.score)} (${l.reached ? yes : no})`,
          )
          .join('; '),
      }),
      width: 600,
      height: 380,
      chart: {
        builder: 'pyramidChart',
        input: {
          levels: levels.map((l) => ({ id: l.id, label: `${l.id} ${l.name}`, score: l.score, reached: l.reached })),
          labels: {
            reached: t('pyramid.legendReached'),
            notReached: t('pyramid.legendNotReached'),
            noScore: t('results.none'),
          },
        },
      },
    });
  } else {
    w.blocks.push({ kind: 'absent', caption: t('pyramid.caption'), reason: t('absent.noAnswers') });
  }
  w.table(
    'pyramid',
    t('pyramid.table'),
    [
      { header: t('pyramid.columns.level'), align: 'left', weight: 5 },
      { header: t('pyramid.columns.score'), align: 'right', weight: 1.2 },
      { header: t('pyramid.columns.n'), align: 'right', weight: 0.8 },
      { header: t('pyramid.columns.reached'), align: 'center', weight: 1.2 },
    ],
    [...levels]
      .reverse()
      .map((l) => [
        { text: `${l.id} ${l.name}`, ...(l.reached ? { bold: true } : {}) },
        w.scoreCell(l.score),
        { text: f.integer(l.n), align: 'right' as const },
        { text: l.reached ? yes : no, align: 'center' as const, ...(l.reached ? { shade: 'accent' as const } : {}) },
      ]),
  );
}
