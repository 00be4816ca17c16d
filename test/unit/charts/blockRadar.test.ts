import { describe, expect, it } from 'vitest';
import { blockRadar } from '../../../shared/charts/blockRadar';
import { blocks, numbersIn, renderSvg, seriesOf, style } from './ssr';

const scores = [3.2, 2.5, 2.8, 4.1, 3.6, 1.8, 2.2, 3, 3.9];
const gapped = [3.2, 2.5, null, 4.1, 3.6, 1.8, 2.2, 3, 3.9];

describe('blockRadar', () => {
  const option = blockRadar(
    {
      axes: blocks,
      client: { name: 'Follow-up', scores },
      comparison: { name: 'Baseline', scores: [2, 2, 2, 3, 3, 1, 2, 2, 3] },
    },
    style,
  );
  const radar = option.radar as { indicator: { name: string; max: number }[] };
  const data = seriesOf(option)[0]?.data as { name: string; value: unknown[]; lineStyle: { color: string } }[];

  it('has one axis per building block, clockwise from B1 at the top', () => {
    expect(radar.indicator).toHaveLength(9);
    expect(radar.indicator[0]?.name).toMatch(/^B1 /);
    expect(radar.indicator[1]?.name).toMatch(/^B9 /);
    expect(radar.indicator.every((i) => i.max === 5)).toBe(true);
  });

  it('keeps each score on its own block’s axis', () => {
    const client = data.find((d) => d.name === 'Follow-up');
    radar.indicator.forEach((indicator, axis) => {
      const block = Number(/^B(\d)/.exec(indicator.name)?.[1]) - 1;
      expect(client?.value[axis]).toBe(scores[block]);
    });
  });

  it('draws the client in the accent colour and the comparison in grey, dashed', () => {
    const client = data.find((d) => d.name === 'Follow-up');
    const comparison = data.find((d) => d.name === 'Baseline') as unknown as { lineStyle: { type: string } };
    expect(client?.lineStyle.color).toBe(style.accent);
    expect((comparison as unknown as { lineStyle: { color: string } }).lineStyle.color).toBe(style.muted);
    expect(comparison.lineStyle.type).toBe('dashed');
  });

  it('draws a series with an unscored block as lines with a gap there, never a vertex at the centre', () => {
    const withGap = blockRadar(
      { axes: blocks, client: { name: 'Follow-up', scores: gapped }, comparison: { name: 'Baseline', scores } },
      style,
    );
    const [polygons, ...overlays] = seriesOf(withGap);
    expect((polygons?.data as { name: string }[]).map((d) => d.name)).toEqual(['Baseline']);
    expect(overlays.map((o) => [o.type, o.name])).toEqual([['custom', 'Follow-up']]);
    expect((withGap.legend as { data: string[] }).data).toEqual(['Follow-up', 'Baseline']);
    const svg = renderSvg(withGap);
    expect(svg).not.toContain('NaN');
    expect(svg).toContain(style.accent);
  });

  it('leaves out a series with no value at all, legend included', () => {
    const empty = blockRadar(
      { axes: blocks, client: { name: 'Now', scores }, comparison: { name: 'Before', scores: scores.map(() => null) } },
      style,
    );
    expect((empty.legend as { data: string[] }).data).toEqual(['Now']);
  });

  it('contains no NaN and renders to SVG without animation', () => {
    expect(numbersIn(option).every(Number.isFinite)).toBe(true);
    expect(option.animation).toBe(false);
    const svg = renderSvg(option);
    expect(svg).toContain(style.accent);
    expect(svg).not.toContain('NaN');
  });

  it('has no legend or tooltip when compact', () => {
    const compact = blockRadar({ axes: blocks, client: { name: 'Now', scores }, compact: true }, style);
    expect(compact.legend).toBeUndefined();
    expect(compact.tooltip).toBeUndefined();
    expect(renderSvg(compact, 240, 220)).not.toContain('NaN');
  });
});
