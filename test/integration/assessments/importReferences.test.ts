import { describe, expect, it } from 'vitest';
import { call, callAsync } from '../../../main/api/dispatch';
import { writeRespondents } from '../../../main/assessments/surveyImport';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { responsesCsv, sampleAnswers } from '../surveys/surveyFiles';
import { testContext } from '../support';

/**
 * The survey and Responses imports write their answers without SQLite's per-answer foreign-key checks and
 * check the respondents those answers refer to once each instead (main/api/preparedWrite.ts
 * `checkingItsOwnReferences`). These tests hold the two halves of that bargain: the connection enforces
 * foreign keys again after every import, whatever its outcome, and no import can leave an answer whose
 * respondent is missing or belongs to another round.
 */

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const QUESTIONS = sxDefault.questions.map((q) => q.id);
const csv = (count: number) => Buffer.from(responsesCsv(QUESTIONS, sampleAnswers(QUESTIONS.length, count)));

function twoRounds(ctx: Ctx) {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Zorg BV', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  );
  const engagementId = must(call(ctx, 'engagements.create', { clientId, title: 'Diagnose', purpose: 'diagnosis' })).id;
  const round = () => must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' })).id;
  return [round(), round()] as const;
}

const enforcing = (ctx: Ctx) => ctx.db.pragma('foreign_keys', { simple: true });
const answerCount = (ctx: Ctx) => (ctx.db.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n;

describe('imports that check their own references', () => {
  it('leave the connection enforcing foreign keys after an import, a replacing import and a refused one', async () => {
    const ctx = testContext();
    const [assessmentId] = twoRounds(ctx);
    const input = { assessmentId, contentBase64: csv(12).toString('base64'), fileName: 'r.csv', replace: false };

    must(await callAsync(ctx, 'surveys.import', input));
    expect(enforcing(ctx)).toBe(1);
    must(await callAsync(ctx, 'surveys.import', { ...input, replace: true }));
    expect(enforcing(ctx)).toBe(1);
    // Refused inside the write (the respondents exist and replacing was not asked for): rolled back.
    const refused = await callAsync(ctx, 'surveys.import', input);
    expect(refused.ok).toBe(false);
    expect(enforcing(ctx)).toBe(1);
    must(call(ctx, 'assessments.importResponses', { ...input, replace: true }));
    expect(enforcing(ctx)).toBe(1);

    expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
    // Deleting the round still cascades to its respondents and answers: the checks are back on.
    must(call(ctx, 'assessments.delete', { id: assessmentId, confirm: true }));
    expect(answerCount(ctx)).toBe(0);
  });

  it('refuses to write answers for a respondent of another round, and writes nothing', () => {
    const ctx = testContext();
    const [first, second] = twoRounds(ctx);
    must(
      call(ctx, 'assessments.importResponses', {
        assessmentId: first,
        contentBase64: csv(3).toString('base64'),
        fileName: 'r.csv',
        replace: false,
      }),
    );
    const before = answerCount(ctx);
    const other = ctx.db.prepare('SELECT id FROM respondents WHERE assessment_id = ? LIMIT 1').get(first) as {
      id: string;
    };
    const rows = [{ code: 'R1', role: 'staff' as const, cells: QUESTIONS.map(() => 4) }];

    expect(() =>
      ctx.db.transaction(() => writeRespondents(ctx, second, rows, sxDefault.questions, new Map([['R1', other]])))(),
    ).toThrow(/not in that round/);
    expect(answerCount(ctx)).toBe(before);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM respondents WHERE assessment_id = ?').get(second)).toEqual({
      n: 0,
    });
  });

  it('refuses a respondent id that does not exist at all', () => {
    const ctx = testContext();
    const [assessmentId] = twoRounds(ctx);
    const rows = [{ code: 'R1', role: 'staff' as const, cells: QUESTIONS.map(() => 2) }];
    ctx.db.pragma('foreign_keys = OFF'); // as the dispatcher runs such a write
    try {
      expect(() =>
        ctx.db.transaction(() =>
          writeRespondents(ctx, assessmentId, rows, sxDefault.questions, new Map([['R1', { id: 'rs_gone' }]])),
        )(),
      ).toThrow(/not in that round/);
    } finally {
      ctx.db.pragma('foreign_keys = ON');
    }
    expect(answerCount(ctx)).toBe(0);
  });
});
