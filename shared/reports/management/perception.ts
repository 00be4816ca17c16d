import { RESPONDENT_ROLES } from '../../domain/identifiers';
import { MIN_GROUP } from '../../results/anonymity';
import { GAP_FLAG } from '../../results/results';
import type { TableCell } from '../model';
import type { ReportWriter } from './writer';

/**
 * Management versus staff, and scores per role. Only what the scoring engine marked as showable is used:
 * a suppressed gap prints "hidden", never its numbers, and roles are those `results.roles` holds.
 */
export function writePerception(w: ReportWriter): void {
  const { t, f } = w;
  const { results } = w.input;
  const threshold = f.score2(GAP_FLAG);
  w.heading(1, t('gaps.title'));
  w.paragraph(t('gaps.intro'));

  const shown = results.gaps.filter((g) => !g.suppressed && g.gap !== null);
  if (shown.length === 0) {
    w.paragraph(t('gaps.allSuppressed', { min: f.integer(MIN_GROUP) }));
  } else {
    const flagged = shown
      .filter((g) => g.flagged === true)
      .map((g) => `${w.blockName(g.block)} (${f.signed(g.gap as number, 1)})`);
    const sentences = [
      flagged.length > 0
        ? t('gaps.flagged', {
            count: flagged.length,
            number: f.countWord(flagged.length),
            threshold,
            blocks: w.list(flagged),
          })
        : t('gaps.none', { threshold }),
      t('gaps.direction'),
    ];
    if (shown.length < results.gaps.length) sentences.push(t('gaps.someSuppressed'));
    w.paragraph(sentences.join(' '));

    const hidden = t('gaps.hidden');
    w.blocks.push({
      kind: 'chart',
      id: 'gaps',
      caption: t('gaps.caption'),
      alt: t('gaps.alt', {
        rows: results.gaps
          .map((g) =>
            g.suppressed || g.management === null || g.staff === null
              ? `${g.block} ${hidden}`
              : `${g.block} ${t('gaps.columns.management')} ${f.score2(g.management)}, ${t('gaps.columns.staff')} ${f.score2(g.staff)}`,
          )
          .join('; '),
      }),
      width: 680,
      height: 440,
      chart: {
        builder: 'perceptionGaps',
        input: {
          blocks: results.gaps.map((g) => ({
            id: g.block,
            label: w.blockName(g.block),
            management: g.suppressed ? null : g.management,
            staff: g.suppressed ? null : g.staff,
            gap: g.suppressed ? null : g.gap,
            flagged: g.suppressed ? null : g.flagged,
            suppressed: g.suppressed,
          })),
          labels: { management: t('gaps.columns.management'), staff: t('gaps.columns.staff'), suppressed: hidden },
        },
      },
    });
    w.table(
      'gaps',
      t('gaps.table'),
      [
        { header: t('results.columns.block'), align: 'left', weight: 4.4 },
        { header: t('gaps.columns.management'), align: 'right', weight: 1.8 },
        { header: t('gaps.columns.staff'), align: 'right', weight: 1.6 },
        { header: t('gaps.columns.gap'), align: 'right', weight: 1.3 },
      ],
      results.gaps.map((g): TableCell[] => {
        if (g.suppressed || g.gap === null) {
          return [
            { text: w.blockName(g.block) },
            { text: hidden, align: 'right', muted: true },
            { text: '', align: 'right' },
            { text: '', align: 'right' },
          ];
        }
        return [
          { text: w.blockName(g.block) },
          w.scoreCell(g.management),
          w.scoreCell(g.staff),
          {
            text: `${g.flagged ? `${t('gaps.flag')} ` : ''}${f.signed(g.gap)}`,
            align: 'right',
            bold: g.flagged === true,
            ...(g.flagged ? { shade: 'accent' as const } : {}),
          },
        ];
      }),
      t('gaps.tableNote', { threshold }),
    );
  }

  w.heading(2, t('gaps.rolesTitle'));
  const roles = RESPONDENT_ROLES.filter((r) => results.roles.some((x) => x.role === r));
  if (roles.length === 0) {
    w.paragraph(t('gaps.rolesNone'));
    return;
  }
  const cell = new Map(results.roles.map((r) => [`${r.block}:${r.role}`, r]));
  w.table(
    'roles',
    t('gaps.rolesTable'),
    [
      { header: t('results.columns.block'), align: 'left', weight: 5 },
      ...roles.map((r) => ({ header: w.tAny(`roles.${r}`), align: 'right' as const, weight: 1.8 })),
    ],
    results.blocks.map((b) => [
      { text: w.blockName(b.id) },
      ...roles.map((r) => w.scoreCell(cell.get(`${b.id}:${r}`)?.score)),
    ]),
  );
}
