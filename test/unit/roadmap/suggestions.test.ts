import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import type { Comparison } from '../../../shared/pool/schemas';
import { type AssessmentResults, scoreAssessment } from '../../../shared/results/results';
import type { Suggestion } from '../../../shared/roadmap/schemas';
import {
  AT_LEAST,
  CLEAR_DIFFERENCE,
  INCLUDE_BELOW,
  type SuggestionInput,
  suggestInitiatives,
} from '../../../shared/roadmap/suggestions';
import { templatesFor } from '../../../shared/roadmap/templates/library';

/**
 * A round of 12 respondents (4 management, 8 staff) whose scores are set per block. B5 is lowest: management
 * answers 3 throughout, staff 2 and 1 on "Needs, expectations and desires mapped" (its one question), so
 * staff's B5 is 1.8, the block (4 × 3 + 8 × 1.8) / 12 = 2.2, the element 1.67 and the gap 1.2. The other
 * blocks lie between 3 and 4.7.
 */
function fixedRound(): AssessmentResults {
  const blockBase: Record<string, number> = { B1: 3, B2: 4, B3: 4, B4: 4, B5: 2, B6: 3, B7: 4, B8: 4, B9: 5 };
  const respondents = Array.from({ length: 12 }, (_, i) => ({
    id: `r${i}`,
    role: i < 4 ? ('management' as const) : ('staff' as const),
  }));
  const elementOf = new Map(sxDefault.questions.map((q) => [q.id, q.element]));
  const answers = respondents.flatMap((r, i) =>
    sxDefault.questions.map((q) => {
      const block = q.id.slice(0, 2);
      let score = blockBase[block] as number;
      if (block === 'B5' && r.role === 'management') score += 1;
      if (elementOf.get(q.id) === 'B5.E2' && r.role === 'staff') score -= 1;
      if (block === 'B9' && i % 3 === 0) score -= 1;
      if (block === 'B1' && i % 2 === 0) score += 1;
      return { respondentId: r.id, questionId: q.id, score: Math.min(5, Math.max(1, score)) };
    }),
  );
  return scoreAssessment(sxDefault, respondents, answers, [
    { id: 'S4', now: 2, desired: 8 },
    { id: 'S1', now: 5, desired: 7 },
  ]);
}

function comparison(medians: Record<string, number>): Pick<Comparison, 'suppressed' | 'blocks'> {
  return {
    suppressed: false,
    blocks: sxDefault.blocks.map((b) => ({
      block: b.id,
      score: null,
      n: 40,
      mean: null,
      sd: null,
      p10: null,
      p25: null,
      median: medians[b.id] ?? 3,
      p75: null,
      p90: null,
      percentileRank: null,
      suppressed: false,
    })),
  };
}

const input = (overrides: Partial<SuggestionInput> = {}): SuggestionInput => ({
  language: 'en',
  assessmentId: 'as_1',
  framework: sxDefault,
  results: fixedRound(),
  comparison: comparison({ B5: 3.5 }),
  templates: templatesFor(sxDefault),
  ...overrides,
});

describe('suggestions on a fixed round', () => {
  it('starts with the lowest block, from its weakest element, with the evidence and the numbers', () => {
    const results = fixedRound();
    const b5 = results.blocks.find((b) => b.id === 'B5');
    expect(b5?.score).toBeCloseTo(2.2, 5);
    const [first] = suggestInitiatives(input());
    expect(first).toMatchObject({
      key: 'B5.E2.T1',
      templateId: 'B5.E2.T1',
      blocks: ['B5'],
      elements: ['B5.E2'],
      title: 'Needs, expectations and desires for each customer group',
      impact: 4,
      effort: 3,
      quarters: 2,
      status: 'open',
      gap: { assessmentId: 'as_1', block: 'B5', target: 3.5 },
    });
    expect(first?.reason).toBe(
      'B5 scores 2.2, the lowest block and 1.3 below the median of the benchmark group; its weakest element is “Needs, expectations and desires mapped” (1.7); management rates it 1.2 higher than staff and frontline.',
    );
  });

  it('says the same in Dutch, with decimal commas', () => {
    const [first] = suggestInitiatives(input({ language: 'nl' }));
    expect(first?.title).toBe('Behoeften, verwachtingen en wensen per klantgroep');
    expect(first?.reason).toBe(
      'B5 scoort 2,2: de laagste bouwsteen en 1,3 onder de mediaan van de benchmarkgroep; het zwakste onderdeel is “Behoeften, verwachtingen en wensen in kaart” (1,7); het management beoordeelt deze bouwsteen 1,2 hoger dan de werkvloer (medewerkers en frontlinie samen).',
    );
  });

  it('leaves out a median the group is too small for, and names a shift the template moves', () => {
    const suppressed = { ...comparison({ B5: 3.5 }), suppressed: true };
    const all = suggestInitiatives(input({ comparison: suppressed }));
    expect(all[0]?.reason).not.toContain('median');
    expect(all[0]?.evidence.median).toBeNull();
    const listening = all.find((s) => s.key === 'B5.E1.T1');
    expect(listening?.reason).toContain(
      'the shift from “Satisfaction surveys” to “Continuous listening” stands at 2.0 out of 10, with 8.0 desired',
    );
  });

  it('offers every block below 4 once before any block a second time, and never the same template twice', () => {
    const all = suggestInitiatives(input());
    const results = fixedRound();
    const below = results.blocks.filter((b) => (b.score as number) < INCLUDE_BELOW).map((b) => b.id);
    const firstRound = all.slice(0, below.length).map((s) => s.blocks[0]);
    expect([...firstRound].sort()).toEqual([...below].sort());
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
  });

  it('proposes the roadmap target when the block has one', () => {
    const [first] = suggestInitiatives(input({ targets: new Map([['B5', 3.8]]) }));
    expect(first?.gap.target).toBe(3.8);
  });

  it('without a template library, still suggests per block from the numbers', () => {
    const all = suggestInitiatives(input({ templates: [] }));
    expect(all[0]).toMatchObject({
      key: 'element:B5.E2',
      templateId: null,
      blocks: ['B5'],
      title: 'Strengthen “Needs, expectations and desires mapped”',
    });
    expect(all[0]?.description).toContain('B5 Understanding customer needs, expectations and desires');
    expect(all.every((s) => s.templateId === null)).toBe(true);
  });
});

const blockIds = sxDefault.blocks.map((b) => b.id);

/** Results as the scoring engine shapes them, with any block and element scores. */
const resultsArb = fc
  .record({
    blocks: fc.array(fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null, freq: 8 }), {
      minLength: 9,
      maxLength: 9,
    }),
    elementNoise: fc.array(fc.double({ min: -0.8, max: 0.8, noNaN: true }), { minLength: 35, maxLength: 35 }),
    gaps: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 9, maxLength: 9 }),
    reached: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    medians: fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: 9, maxLength: 9 }),
  })
  .map(({ blocks, elementNoise, gaps, reached, medians }) => {
    const score = new Map(blockIds.map((id, i) => [id, blocks[i] ?? null]));
    const results: SuggestionInput['results'] = {
      blocks: blockIds.map((id) => ({
        id,
        score: score.get(id) ?? null,
        n: 10,
        sd: 0.5,
        middleHalf: null,
        index: null,
        consensus: null,
        notApplicable: 0,
      })),
      elements: sxDefault.elements.map((e, i) => {
        const s = score.get(e.block) ?? null;
        return {
          id: e.id,
          block: e.block,
          score: s === null ? null : Math.min(5, Math.max(1, s + (elementNoise[i] as number))),
          n: 10,
          sd: 0.5,
          min: null,
          max: null,
        };
      }),
      gaps: blockIds.map((id, i) => ({
        block: id,
        management: null,
        staff: null,
        gap: gaps[i] as number,
        flagged: Math.abs(gaps[i] as number) >= 0.75,
        suppressed: false,
      })),
      pyramid: {
        level: null,
        levels: sxDefault.pyramid.map((l, i) => ({ id: l.id, score: 3, n: 10, reached: reached[i] as boolean })),
      },
      shifts: [],
    };
    const medianOf = Object.fromEntries(blockIds.map((id, i) => [id, medians[i] as number]));
    return { results, scores: score, medianOf };
  });

function firstIndex(all: Suggestion[], block: string): number {
  return all.findIndex((s) => s.blocks[0] === block);
}

describe('suggestions, for any scores', () => {
  it('name the lowest blocks first when scores differ clearly', () => {
    fc.assert(
      fc.property(
        resultsArb,
        fc.constantFrom('nl' as const, 'en' as const),
        ({ results, scores, medianOf }, language) => {
          const all = suggestInitiatives(input({ results, comparison: comparison(medianOf), language }));
          const named = blockIds.filter((b) => firstIndex(all, b) >= 0);
          for (const a of named) {
            for (const b of named) {
              const sa = scores.get(a) as number;
              const sb = scores.get(b) as number;
              if (sa + CLEAR_DIFFERENCE <= sb)
                expect(firstIndex(all, a), `${a} ${sa} before ${b} ${sb}`).toBeLessThan(firstIndex(all, b));
            }
          }
        },
      ),
    );
  });

  it('cover every scored block below 4 (at least the three lowest) and no block without a score', () => {
    fc.assert(
      fc.property(resultsArb, ({ results, scores, medianOf }) => {
        const all = suggestInitiatives(input({ results, comparison: comparison(medianOf) }));
        const scored = blockIds.filter((b) => scores.get(b) !== null);
        const below = scored.filter((b) => (scores.get(b) as number) < INCLUDE_BELOW);
        const named = new Set(all.map((s) => s.blocks[0]));
        for (const b of below) expect(named.has(b), b).toBe(true);
        expect(named.size).toBe(Math.min(scored.length, Math.max(below.length, AT_LEAST)));
        for (const s of all) {
          expect(scores.get(s.blocks[0] as string)).not.toBeNull();
          expect(s.gap.score).toBe(scores.get(s.blocks[0] as string));
          expect(s.reason.startsWith(s.blocks[0] as string)).toBe(true);
          expect(s.reason.endsWith('.')).toBe(true);
          expect(s.gap.target).toBeGreaterThanOrEqual(Math.min(5, s.gap.score));
        }
        expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
      }),
    );
  });
});
