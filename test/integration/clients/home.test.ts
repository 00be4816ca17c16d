import { describe, expect, it } from 'vitest';
import { createContext, type IdPrefix } from '../../../main/api/context';
import { call } from '../../../main/api/dispatch';
import { openWorkbenchDatabase } from '../../../main/db/open';
import { sxDefault } from '../../../shared/frameworks/sxDefault';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A database in memory with a clock the test moves, so "exported after it was finalized" can be told apart. */
function world() {
  let clock = new Date('2026-11-01T09:00:00Z');
  let seq = 0;
  const ctx = createContext({
    db: openWorkbenchDatabase(':memory:'),
    databasePath: ':memory:',
    transport: 'cli',
    now: () => clock,
    newId: (prefix: IdPrefix) => `${prefix}_${String(++seq).padStart(4, '0')}`,
    log: () => {},
  });
  const later = () => (clock = new Date(clock.getTime() + 60_000));
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Zorg Zuid', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  );
  const engagement = (title: string, status: 'active' | 'planned' | 'completed' = 'active') => {
    later();
    return must(call(ctx, 'engagements.create', { clientId, title, purpose: 'diagnosis', status })).id;
  };
  const answeredRound = (engagementId: string, mode: 'survey' | 'workshop' = 'survey') => {
    later();
    const { id } = must(call(ctx, 'assessments.create', { engagementId, mode }));
    const { id: respondentId } = must(call(ctx, 'respondents.create', { assessmentId: id, code: 'R1', role: 'staff' }));
    for (const q of sxDefault.questions.slice(0, 5)) {
      must(call(ctx, 'answers.set', { assessmentId: id, respondentId, questionId: q.id, score: 4 }));
    }
    return id;
  };
  const step = (title: string) =>
    must(call(ctx, 'home.summary', { limit: 200 })).inProgress.find((h) => h.engagement.title === title);
  return { ctx, later, engagement, answeredRound, step };
}

describe('Home', () => {
  it('follows a round through answers, finalizing and its report, then asks for the next round', () => {
    const { ctx, later, engagement, answeredRound, step } = world();
    const id = engagement('Diagnose');
    expect(step('Diagnose')?.nextStep).toBe('startAssessment');
    const round = answeredRound(id);
    expect(step('Diagnose')).toMatchObject({ nextStep: 'finalizeRound', round: { id: round, label: 'Baseline' } });
    later();
    must(call(ctx, 'assessments.finalize', { id: round }));
    expect(step('Diagnose')?.nextStep).toBe('exportReport');
    later();
    must(call(ctx, 'reports.recordExport', { assessmentId: round, language: 'nl' }));
    expect(step('Diagnose')?.nextStep).toBe('planNextRound');
  });

  it('never asks to prepare a round when the first is finalized and a second is under way', () => {
    const { ctx, later, engagement, answeredRound, step } = world();
    const id = engagement('Programma');
    const first = answeredRound(id);
    later();
    must(call(ctx, 'assessments.finalize', { id: first }));
    later();
    const { id: second } = must(call(ctx, 'assessments.create', { engagementId: id, mode: 'workshop' }));
    expect(step('Programma')).toMatchObject({ nextStep: 'holdWorkshop', round: { id: second, mode: 'workshop' } });
    const { id: respondentId } = must(
      call(ctx, 'respondents.create', { assessmentId: second, code: 'Tafel 1', role: 'management' }),
    );
    must(call(ctx, 'answers.set', { assessmentId: second, respondentId, questionId: 'B1.Q1', score: 3 }));
    expect(step('Programma')?.nextStep).toBe('finalizeRound');
  });

  it('asks for the report again when a reported round is reopened and finalized anew', () => {
    const { ctx, later, engagement, answeredRound, step } = world();
    const round = answeredRound(engagement('Diagnose'));
    later();
    must(call(ctx, 'assessments.finalize', { id: round }));
    later();
    must(call(ctx, 'reports.recordExport', { assessmentId: round, language: 'en' }));
    later();
    must(call(ctx, 'assessments.reopen', { id: round, reason: 'late answers' }));
    later();
    must(call(ctx, 'assessments.finalize', { id: round }));
    expect(step('Diagnose')?.nextStep).toBe('exportReport');
  });

  it('lists a page at a time, active before planned, the most recently worked on first, with the total', () => {
    const { ctx, later, engagement, answeredRound } = world();
    for (let i = 1; i <= 5; i++) engagement(`Actief ${i}`);
    engagement('Gepland', 'planned');
    engagement('Klaar', 'completed');
    later();
    answeredRound(must(call(ctx, 'home.summary', { limit: 200 })).inProgress[4]?.engagement.id ?? '');
    const first = must(call(ctx, 'home.summary', { offset: 0, limit: 3 }));
    expect(first.inProgressTotal).toBe(6);
    expect(first.inProgress.map((h) => h.engagement.title)).toEqual(['Actief 1', 'Actief 5', 'Actief 4']);
    const last = must(call(ctx, 'home.summary', { offset: 3, limit: 3 }));
    expect(last).toMatchObject({ offset: 3, inProgressTotal: 6 });
    expect(last.inProgress.map((h) => h.engagement.title)).toEqual(['Actief 3', 'Actief 2', 'Gepland']);
  });

  it("gives the frame's badge from counts alone: demo only when every client is a demo client", () => {
    const { ctx } = world();
    expect(must(call(ctx, 'home.badge', {}))).toEqual({ demo: false, clientCount: 1, engagementCount: 0 });
  });

  it('notes a report export only of a round that exists', () => {
    const { ctx } = world();
    const r = call(ctx, 'reports.recordExport', { assessmentId: 'as_404', language: 'nl' });
    expect(r.ok ? null : r.error.code).toBe('not_found');
  });
});
