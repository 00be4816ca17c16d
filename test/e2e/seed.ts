import { call } from '../../main/api/dispatch';
import type { ServiceContext } from '../../main/api/context';
import { seedDemo } from '../../main/demo/demo';
import { sxDefault } from '../../shared/frameworks/sxDefault';

/** Data for the e2e tests, made through the services (the UI flows that make it are tested elsewhere). */

export function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** A Responses CSV of 10 respondents, every question answered. */
export function responsesBase64(): string {
  const questions = sxDefault.questions.map((q) => q.id);
  const rows = Array.from({ length: 10 }, (_, i) =>
    [`R${i + 1}`, i < 3 ? 'management' : 'staff', ...questions.map((_, q) => String(((q + i) % 4) + 2))].join(','),
  );
  return Buffer.from(`${['respondent,role,' + questions.join(','), ...rows].join('\n')}\n`).toString('base64');
}

/**
 * The synthetic demo pool (3,000 records) and an insurer (sector K, 250–999 employees) whose finalized
 * survey round was imported from a CSV.
 */
export function seedInsurer(ctx: ServiceContext): { engagementId: string; assessmentId: string } {
  seedDemo(ctx);
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Verzekeraar Zuid', sector: 'K', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', {
      clientId,
      title: 'Diagnose 2026',
      purpose: 'diagnosis',
      status: 'active',
      benchmarkConsent: true,
    }),
  );
  const { id: assessmentId } = must(
    call(ctx, 'assessments.create', { engagementId, mode: 'survey', round: 'Staff survey', heldOn: '2026-03-02' }),
  );
  must(call(ctx, 'assessments.importResponses', { assessmentId, contentBase64: responsesBase64() }));
  must(call(ctx, 'assessments.finalize', { id: assessmentId }));
  return { engagementId, assessmentId };
}
