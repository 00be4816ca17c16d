import { describe, expect, it } from 'vitest';
import { respondentsPerStatement } from '../../../main/assessments/surveyImport';

/** SQLite refuses a statement with more than 32,766 parameters; an import's statements stay well below it. */
const parameters = (questions: number, respondents: number) => questions + respondents * (questions + 1);

describe('respondents per answer statement', () => {
  it('takes ten respondents of an ordinary framework', () => {
    expect(respondentsPerStatement(45)).toBe(10);
  });

  it.each([45, 500, 2_977, 2_978, 3_100, 10_000, 15_999])(
    'keeps a framework of %i questions under SQLite’s parameter limit',
    (questions) => {
      const n = respondentsPerStatement(questions);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(parameters(questions, n)).toBeLessThanOrEqual(32_766);
    },
  );

  it('takes fewer respondents as the framework grows, never none', () => {
    expect(respondentsPerStatement(3_100)).toBeLessThan(10);
    expect(respondentsPerStatement(20_000)).toBe(1);
  });
});
