import { describe, expect, it } from 'vitest';
import { perceptionGaps } from '../../../shared/charts/perceptionGaps';
import { blocks, numbersIn, renderSvg, seriesOf, style } from './ssr';

const rows = blocks.map((b, i) =>
  i === 2
    ? { ...b, management: null, staff: null, gap: null, flagged: null, suppressed: true }
    : { ...b, management: 3.8, staff: 3.8 - i * 0.1, gap: i * 0.1, flagged: i * 0.1 >= 0.75, suppressed: false },
);
const labels = { management: 'Management', staff: 'Staff and frontline', suppressed: 'Not shown: fewer than 3' };

describe('perceptionGaps', () => {
  const option = perceptionGaps({ blocks: rows, labels }, style);
  const [links, management, staff, notes] = seriesOf(option);

  it('shows no point for a suppressed block, only the note', () => {
    const rowsOf = (data: unknown[] | undefined) => (data as number[][]).map((d) => d[1]);
    expect(rowsOf(management?.data)).not.toContain(2);
    expect(rowsOf(staff?.data)).not.toContain(2);
    expect((links?.data as number[][]).map((d) => d[0])).not.toContain(2);
    expect(notes?.data).toEqual([[1, 2]]);
    expect((notes?.label as { formatter: string }).formatter).toBe(labels.suppressed);
  });

  it('draws management in the accent and staff in grey', () => {
    expect((management?.itemStyle as { color: string }).color).toBe(style.accent);
    expect((staff?.itemStyle as { color: string }).color).toBe(style.muted);
    expect(management?.data?.[0]).toEqual([3.8, 0]);
  });

  it('marks flagged gaps in red, and only those', () => {
    const svg = renderSvg(option);
    expect(svg).toContain(style.negative);
    expect(svg).toContain(labels.suppressed);
    expect(svg).not.toContain('NaN');
    const calm = perceptionGaps({ blocks: rows.map((r) => ({ ...r, flagged: false })), labels }, style);
    expect(renderSvg(calm)).not.toContain(style.negative);
    expect(numbersIn(option).every(Number.isFinite)).toBe(true);
  });
});
