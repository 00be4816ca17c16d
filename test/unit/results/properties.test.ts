import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESPONDENT_ROLES, type RespondentRole } from '../../../shared/domain/identifiers';
import { MIN_GROUP } from '../../../shared/results/anonymity';
import { type AssessmentResults, type ScoringAnswer, scoreAssessment } from '../../../shared/results/results';
import { tinyFramework } from './fixture';

const QUESTIONS = tinyFramework.questions.map((q) => q.id);

/** Random teams: up to 16 respondents in random roles, each answering, skipping or n/a-ing each question. */
const teamArb = fc
  .array(
    fc.record({
      role: fc.constantFrom(...RESPONDENT_ROLES),
      cells: fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null), fc.constant('skip' as const)), {
        minLength: QUESTIONS.length,
        maxLength: QUESTIONS.length,
      }),
    }),
    { minLength: 0, maxLength: 16 },
  )
  .map((rows) => {
    const respondents = rows.map((r, i) => ({ id: `r${i}`, role: r.role as RespondentRole }));
    const answers: ScoringAnswer[] = [];
    rows.forEach((r, i) =>
      r.cells.forEach((cell, q) => {
        if (cell !== 'skip') answers.push({ respondentId: `r${i}`, questionId: QUESTIONS[q] as string, score: cell });
      }),
    );
    return { respondents, answers };
  });

function expectSameResults(a: AssessmentResults, b: AssessmentResults) {
  const numbersClose = (x: unknown, y: unknown): void => {
    if (typeof x === 'number' && typeof y === 'number') expect(Math.abs(x - y)).toBeLessThan(1e-9);
    else if (Array.isArray(x) && Array.isArray(y)) {
      expect(x.length).toBe(y.length);
      x.forEach((v, i) => numbersClose(v, y[i]));
    } else if (x && y && typeof x === 'object') {
      expect(Object.keys(x).sort()).toEqual(Object.keys(y as object).sort());
      for (const k of Object.keys(x))
        numbersClose((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]);
    } else expect(x).toEqual(y);
  };
  numbersClose(a, b);
}

describe('scoring properties', () => {
  it('does not depend on the order of respondents or answers', () => {
    fc.assert(
      fc.property(teamArb, fc.integer(), ({ respondents, answers }, seed) => {
        const shuffle = <T>(xs: T[]) => {
          const out = [...xs];
          let s = seed;
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) | 0;
            const j = Math.abs(s) % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        expectSameResults(
          scoreAssessment(tinyFramework, respondents, answers),
          scoreAssessment(tinyFramework, shuffle(respondents), shuffle(answers)),
        );
      }),
    );
  });

  it('keeps every score within 1–5 and every index within 0–100', () => {
    fc.assert(
      fc.property(teamArb, ({ respondents, answers }) => {
        const res = scoreAssessment(tinyFramework, respondents, answers);
        const scores = [
          ...res.blocks,
          ...res.elements,
          ...res.questions,
          ...res.dimensions,
          res.overall,
          ...res.pyramid.levels,
        ]
          .map((x) => x.score)
          .filter((x): x is number => x !== null);
        for (const s of scores) expect(s >= 1 - 1e-12 && s <= 5 + 1e-12).toBe(true);
        for (const b of res.blocks) if (b.index !== null) expect(b.index >= -1e-9 && b.index <= 100 + 1e-9).toBe(true);
      }),
    );
  });

  it('changes nothing but the counts when a skipped question is answered not applicable', () => {
    fc.assert(
      fc.property(teamArb, fc.nat(), fc.nat(), ({ respondents, answers }, rPick, qPick) => {
        if (respondents.length === 0) return;
        const respondentId = `r${rPick % respondents.length}`;
        const questionId = QUESTIONS[qPick % QUESTIONS.length] as string;
        if (answers.some((a) => a.respondentId === respondentId && a.questionId === questionId)) return;
        const before = scoreAssessment(tinyFramework, respondents, answers);
        const after = scoreAssessment(tinyFramework, respondents, [
          ...answers,
          { respondentId, questionId, score: null },
        ]);
        const strip = (r: AssessmentResults) => ({
          ...r,
          notApplicable: 0,
          skipped: 0,
          blocks: r.blocks.map((b) => ({ ...b, notApplicable: 0 })),
          questions: r.questions.map((q) => ({ ...q, notApplicable: 0 })),
        });
        expectSameResults(strip(before), strip(after));
        expect(after.notApplicable).toBe(before.notApplicable + 1);
        expect(after.skipped).toBe(before.skipped - 1);
      }),
    );
  });

  it('never lets a group of one or two respondents be derived by adding or subtracting shown groups', () => {
    fc.assert(
      fc.property(teamArb, ({ respondents, answers }) => {
        const res = scoreAssessment(tinyFramework, respondents, answers);
        for (const block of tinyFramework.blocks) {
          // Who has a score in this block, and so counts in every figure published for it.
          const inBlock = respondents.filter((r) =>
            answers.some((a) => a.respondentId === r.id && a.score !== null && a.questionId.startsWith(`${block.id}.`)),
          );
          const universe = inBlock.map((r) => r.id);
          const members = (roles: RespondentRole[]) => inBlock.filter((r) => roles.includes(r.role)).map((r) => r.id);
          const published: string[][] = [universe];
          for (const g of res.roles.filter((x) => x.block === block.id)) {
            const m = members([g.role]);
            expect(m.length).toBe(g.n);
            published.push(m);
          }
          const gap = res.gaps.find((g) => g.block === block.id);
          if (gap && !gap.suppressed) published.push(members(['management']), members(['staff', 'frontline']));

          // Every combination of +1, 0, −1 over the published groups: if it is a set, it must not be 1–2 people.
          const vectors = published.map((set) => universe.map((id) => (set.includes(id) ? 1 : 0)));
          const combos = 3 ** vectors.length;
          for (let c = 1; c < combos; c++) {
            const sum = new Array<number>(universe.length).fill(0);
            let code = c;
            for (const v of vectors) {
              const w = (code % 3) - 1;
              code = Math.floor(code / 3);
              if (w !== 0) v.forEach((x, i) => (sum[i] = (sum[i] as number) + w * x));
            }
            if (sum.every((x) => x === 0 || x === 1)) {
              const size = sum.filter((x) => x === 1).length;
              // The block's own total is always shown (a one-group workshop is still an assessment);
              // the rule is about what a breakdown adds to it.
              if (size === universe.length) continue;
              expect(size === 0 || size >= MIN_GROUP, `block ${block.id}: a group of ${size} is derivable`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
