import { describe, expect, it } from 'vitest';
import type { RespondentRole } from '../../../shared/domain/identifiers';
import { type ScoringAnswer, scoreAssessment } from '../../../shared/results/results';
import { pickHighlights } from '../../../shared/results/highlights';
import { tinyFramework } from './fixture';

const answers = (respondentId: string, scores: Record<string, number | null>): ScoringAnswer[] =>
  Object.entries(scores).map(([questionId, score]) => ({ respondentId, questionId, score }));

describe('scoring a hand-worked assessment', () => {
  const respondents = [
    { id: 'r1', role: 'management' as const },
    { id: 'r2', role: 'management' as const },
    { id: 'r3', role: 'staff' as const },
  ];
  const all = [
    ...answers('r1', { 'B1.Q1': 4, 'B1.Q2': 2, 'B1.Q3': 5, 'B2.Q1': 3, 'B2.Q2': null, 'B3.Q1': 4 }),
    ...answers('r2', { 'B1.Q1': 5, 'B1.Q2': null, 'B1.Q3': 3, 'B2.Q1': 4, 'B3.Q1': null }),
    ...answers('r3', { 'B1.Q1': 1, 'B1.Q2': 2, 'B1.Q3': 3, 'B2.Q1': null, 'B2.Q2': null, 'B3.Q1': null }),
  ];
  const res = scoreAssessment(tinyFramework, respondents, all, [{ id: 'S1', now: 3, desired: 8 }]);
  const block = (id: string) => res.blocks.find((b) => b.id === id);

  it('averages respondents’ block means, each respondent once, leaving n/a out', () => {
    // r1: (4+2+5)/3, r2: (5+3)/2 with one n/a, r3: (1+2+3)/3 → (11/3 + 4 + 2) / 3 = 29/9
    expect(block('B1')?.score).toBeCloseTo(29 / 9, 12);
    expect(block('B1')).toMatchObject({ n: 3, middleHalf: null, consensus: false, notApplicable: 1 });
    expect(block('B1')?.sd).toBeCloseTo(1.0715167, 6);
    expect(block('B1')?.index).toBeCloseTo(((29 / 9 - 1) / 4) * 100, 12);
  });

  it('leaves out respondents with no scored answer in a block', () => {
    expect(block('B2')).toMatchObject({ score: 3.5, n: 2, consensus: true, notApplicable: 3 });
    expect(block('B2')?.sd).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('gives one respondent an sd and consensus of null', () => {
    expect(block('B3')).toMatchObject({ score: 4, n: 1, sd: null, consensus: null });
  });

  it('scores elements and questions the same way, counting n/a per question', () => {
    expect(res.elements.find((e) => e.id === 'B1.E1')?.score).toBeCloseTo((3 + 5 + 1.5) / 3, 12);
    expect(res.elements.find((e) => e.id === 'B1.E2')?.score).toBeCloseTo(11 / 3, 12);
    expect(res.questions.find((q) => q.id === 'B1.Q2')).toMatchObject({ score: 2, n: 2, notApplicable: 1, sd: 0 });
    expect(res.questions.find((q) => q.id === 'B2.Q2')).toMatchObject({
      score: null,
      n: 0,
      sd: null,
      notApplicable: 2,
    });
  });

  it('counts not-applicable and skipped answers separately', () => {
    expect(res).toMatchObject({ respondents: 3, notApplicable: 6, skipped: 1 });
  });

  it('averages blocks into dimensions and an unweighted overall', () => {
    expect(res.dimensions[0]?.score).toBeCloseTo((29 / 9 + 3.5) / 2, 12);
    expect(res.dimensions[1]).toMatchObject({ score: 4, index: 75 });
    expect(res.overall.score).toBeCloseTo((29 / 9 + 3.5 + 4) / 3, 12);
    expect(res.overall.blocksScored).toBe(3);
  });

  it('reaches a pyramid level only when every lower level is reached', () => {
    // L1: r1 (4+3)/2, r2 (5+4)/2, r3 1 → 3.0 < 3.5; L2 scores 4 but cannot count without L1.
    expect(res.pyramid).toEqual({
      level: null,
      levels: [
        { id: 'L1', score: 3, n: 3, reached: false },
        { id: 'L2', score: 4, n: 1, reached: false },
      ],
    });
  });

  it('suppresses the gap and role groups below three respondents', () => {
    expect(res.gaps.every((g) => g.suppressed && g.gap === null && g.management === null)).toBe(true);
    expect(res.roles).toEqual([]);
  });

  it('keeps the shift positions and names strengths and improvements from the upper and lower half', () => {
    expect(res.shifts).toEqual([{ id: 'S1', now: 3, desired: 8 }]);
    expect(res.strengths).toEqual(['B3']);
    expect(res.improvements).toEqual(['B1']);
  });
});

function team(roles: Record<RespondentRole, number>, score: (role: RespondentRole, i: number) => number) {
  const respondents: { id: string; role: RespondentRole }[] = [];
  const all: ScoringAnswer[] = [];
  for (const [role, count] of Object.entries(roles) as [RespondentRole, number][]) {
    for (let i = 0; i < count; i++) {
      const id = `${role}-${i}`;
      respondents.push({ id, role });
      all.push({ respondentId: id, questionId: 'B1.Q1', score: score(role, i) });
    }
  }
  return scoreAssessment(tinyFramework, respondents, all);
}

describe('perception gaps and role groups', () => {
  it('shows the gap between management and pooled staff+frontline, flagged from 0.75', () => {
    const res = team({ management: 3, staff: 2, frontline: 1, customer: 0, other: 0 }, (role) =>
      role === 'management' ? 4 : 3,
    );
    expect(res.gaps[0]).toEqual({ block: 'B1', management: 4, staff: 3, gap: 1, flagged: true, suppressed: false });
    expect(res.roles).toEqual([{ block: 'B1', role: 'management', n: 3, score: 4 }]);
  });

  it('does not flag a gap below 0.75', () => {
    const res = team({ management: 3, staff: 3, frontline: 0, customer: 0, other: 0 }, (role) =>
      role === 'management' ? 3.5 : 3,
    );
    expect(res.gaps[0]).toMatchObject({ gap: 0.5, flagged: false });
  });

  it('hides the staff group when the pooled gap group would expose a single frontline respondent', () => {
    const res = team({ management: 3, staff: 3, frontline: 1, customer: 0, other: 0 }, () => 3);
    expect(res.gaps[0]?.suppressed).toBe(false);
    expect(res.roles.map((r) => r.role)).toEqual(['management']);
  });

  it('suppresses the gap when the respondents outside it number one or two', () => {
    const res = team({ management: 3, staff: 3, frontline: 0, customer: 0, other: 2 }, () => 3);
    expect(res.gaps[0]?.suppressed).toBe(true);
    expect(res.roles.map((r) => r.role)).toEqual(['management']);
  });

  it('shows every role group of three or more when nothing remains outside them', () => {
    const res = team({ management: 3, staff: 4, frontline: 0, customer: 3, other: 0 }, () => 3);
    expect(res.roles.map((r) => [r.role, r.n])).toEqual([
      ['management', 3],
      ['staff', 4],
      ['customer', 3],
    ]);
  });
});

describe('strengths and areas for improvement', () => {
  const blocks = (scores: (number | null)[]) => scores.map((score, i) => ({ id: `B${i + 1}`, score }));

  it('takes the three highest and three lowest, ties by block id', () => {
    expect(pickHighlights(blocks([3, 4, 4, 2, 1, 5, 2, 3, 3]))).toEqual({
      strengths: ['B6', 'B2', 'B3'],
      improvements: ['B5', 'B4', 'B7'],
    });
  });

  it('never names one block twice, even when all scores are equal', () => {
    const h = pickHighlights(blocks([3, 3, 3, 3, 3, 3]));
    expect(h.strengths).toEqual(['B1', 'B2', 'B3']);
    expect(h.improvements).toEqual(['B4', 'B5', 'B6']);
  });

  it('takes the upper and lower half of fewer than six scored blocks', () => {
    expect(pickHighlights(blocks([2, null, 4, 3, null, 1, 5]))).toEqual({
      strengths: ['B7', 'B3'],
      improvements: ['B6', 'B1'],
    });
    expect(pickHighlights(blocks([2, 4, 3]))).toEqual({ strengths: ['B2'], improvements: ['B1'] });
    expect(pickHighlights(blocks([null, null]))).toEqual({ strengths: [], improvements: [] });
  });
});

describe('ties within floating-point noise', () => {
  it('treats block scores equal within 1e-9 as a tie, broken by block id', () => {
    const h = pickHighlights([
      { id: 'B1', score: 3.5 },
      { id: 'B2', score: 3.5000000000000004 },
      { id: 'B3', score: 2 },
    ]);
    expect(h).toEqual({ strengths: ['B1'], improvements: ['B3'] });
  });
});
