import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { testContext } from '../support';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('the demo', () => {
  it('holds two finalized rounds with 25 respondents in three roles, ready for results and a report', () => {
    const ctx = testContext();
    expect(must(call(ctx, 'demo.seed', {}))).toMatchObject({ clients: 5, rounds: 2, poolRecords: 3000 });
    const home = must(call(ctx, 'home.summary', { limit: 200 }));
    const programme = home.inProgress.find((h) => h.round !== null);
    expect(programme?.engagement.clientName).toMatch(/\(demo\)$/);
    expect(programme?.nextStep).toBe('exportReport');

    const rounds = must(call(ctx, 'assessments.list', { engagementId: programme?.engagement.id ?? '' }));
    expect(rounds.map((r) => [r.round, r.status, r.respondentCount])).toEqual([
      ['Baseline', 'finalized', 25],
      ['Follow-up 1', 'finalized', 25],
    ]);
    const results = must(call(ctx, 'assessments.results', { id: rounds[1]?.id ?? '' }));
    expect(results.respondents).toBe(25);
    expect(new Set(results.roles.map((r) => r.role))).toEqual(new Set(['management', 'staff', 'frontline']));
    const changes = results.previous?.blocks.map((b) => b.change) ?? [];
    expect(changes).toContain('rise');
    expect(changes).toContain('none');
    expect(changes).toContain('fall');
    expect(results.notApplicable).toBeGreaterThan(0);

    // Demo rounds never go into the benchmark pool: the demo client gave no consent.
    expect(must(call(ctx, 'pool.contribution', { assessmentId: rounds[1]?.id ?? '' }))).toMatchObject({
      recordId: null,
      blocker: 'no_consent',
    });
  });

  it('seeds the same answers every time', () => {
    const answers = () => {
      const ctx = testContext();
      must(call(ctx, 'demo.seed', {}));
      return ctx.db.prepare('SELECT score, not_applicable FROM answers ORDER BY respondent_id, question_id').all();
    };
    expect(answers()).toEqual(answers());
  });
});
