import { describe, expect, it } from 'vitest';
import { roadmapTimeline, type RoadmapTimelineInput } from '../../../shared/charts/roadmapTimeline';
import { numbersIn, renderSvg, style } from './ssr';

const input: RoadmapTimelineInput = {
  quarters: ['K1 2027', 'K2 2027', 'K3 2027', 'K4 2027'],
  rows: 5,
  lanes: [
    { row: 0, label: 'B5 Klantbehoeften begrijpen' },
    { row: 3, label: 'B8 Processen beheersen' },
  ],
  bars: [
    {
      row: 1,
      from: 0,
      to: 1,
      label: '1. Luistersysteem',
      look: 'active',
      cutStart: true,
      cutEnd: false,
      milestones: [{ at: 0.5, done: true }],
    },
    { row: 2, from: 2, to: 3, label: '3. Klantpanel', look: 'idea', cutStart: false, cutEnd: true, milestones: [] },
    {
      row: 4,
      from: 2,
      to: 3,
      label: '2. Herstel',
      look: 'done',
      cutStart: false,
      cutEnd: false,
      milestones: [{ at: 3.2, done: false }],
    },
  ],
  arrows: [{ fromRow: 1, toRow: 4, fromAt: 2, toAt: 2 }],
  today: 1.5,
  labels: { today: 'Vandaag' },
};

describe('roadmapTimeline', () => {
  it('draws the quarters, lanes, bars, milestones, the arrow and today as one picture', () => {
    const svg = renderSvg(roadmapTimeline(input, style), 680, 30 + 5 * 22 + 8);
    for (const text of [
      'K1 2027',
      'K4 2027',
      'B5 Klantbehoeften begrijpen',
      '1. Luistersysteem',
      '2. Herstel',
      'Vandaag',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg.match(new RegExp(`fill="${style.accent}"`, 'g'))?.length).toBeGreaterThanOrEqual(1);
    expect(svg).toContain(`fill="${style.positive}"`);
    expect(svg).toContain('stroke-dasharray');
    expect(svg).not.toContain('NaN');
  });

  it('holds only finite numbers, with or without a today line', () => {
    expect(numbersIn(roadmapTimeline(input, style)).every(Number.isFinite)).toBe(true);
    const svg = renderSvg(roadmapTimeline({ ...input, today: null, arrows: [] }, style), 680, 150);
    expect(svg).not.toContain('Vandaag');
  });
});
