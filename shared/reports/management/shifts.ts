import type { ReportWriter } from './writer';

/** The paradigm shifts: where the team places the organisation now, and where it wants to be (0–10). */
export function writeShifts(w: ReportWriter): void {
  const { t, f, framework } = w;
  w.heading(1, t('shifts.title'));
  w.paragraph(t('shifts.intro'));
  const positions = new Map(w.input.results.shifts.map((s) => [s.id, s]));
  const rows = framework.shifts.map((s) => ({
    id: s.id,
    from: w.text(s.from),
    to: w.text(s.to),
    now: positions.get(s.id)?.now ?? null,
    desired: positions.get(s.id)?.desired ?? null,
  }));
  if (!rows.some((r) => r.now !== null || r.desired !== null)) {
    w.blocks.push({ kind: 'absent', caption: t('shifts.caption'), reason: t('shifts.none') });
    return;
  }
  const distance = (r: (typeof rows)[number]) => (r.now === null || r.desired === null ? null : r.desired - r.now);
  const largest = rows
    .filter((r) => distance(r) !== null)
    .sort((a, z) => Math.abs(distance(z) as number) - Math.abs(distance(a) as number))[0];
  if (largest && Math.abs(distance(largest) as number) > 0) {
    w.paragraph(
      t('shifts.largest', {
        from: largest.from,
        to: largest.to,
        distance: f.score1(Math.abs(distance(largest) as number)),
      }),
    );
  }
  const value = (v: number | null) => (v === null ? t('results.none') : f.score1(v));
  w.blocks.push({
    kind: 'chart',
    id: 'shifts',
    caption: t('shifts.caption'),
    alt: t('shifts.alt', {
      rows: rows.map((r) => `${r.from} → ${r.to}: ${value(r.now)} → ${value(r.desired)}`).join('; '),
    }),
    width: 680,
    height: 60 + rows.length * 44,
    chart: {
      builder: 'shiftsChart',
      input: { shifts: rows, labels: { now: t('shifts.columns.now'), desired: t('shifts.columns.desired') } },
    },
  });
  w.table(
    'shifts',
    t('shifts.table'),
    [
      { header: t('shifts.columns.shift'), align: 'left', weight: 6 },
      { header: t('shifts.columns.now'), align: 'right', weight: 1 },
      { header: t('shifts.columns.desired'), align: 'right', weight: 1.2 },
      { header: t('shifts.columns.distance'), align: 'right', weight: 1.2 },
    ],
    rows.map((r) => {
      const d = distance(r);
      return [
        { text: `${r.from} → ${r.to}` },
        { text: value(r.now), align: 'right' as const, ...(r.now === null ? { muted: true } : {}) },
        { text: value(r.desired), align: 'right' as const, ...(r.desired === null ? { muted: true } : {}) },
        d === null
          ? { text: t('results.none'), align: 'right' as const, muted: true }
          : { text: f.signed(d, 1), align: 'right' as const },
      ];
    }),
  );
}
