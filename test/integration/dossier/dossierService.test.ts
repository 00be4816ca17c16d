import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { OperationName } from '../../../shared/api/operations';
import type { Dossier } from '../../../shared/dossier/schemas';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { testContext } from '../support';

/** The dossier operations as the Dossier tab uses them, against the real dispatcher and store. */

type Ctx = ReturnType<typeof testContext>;

async function run<T>(ctx: Ctx, op: OperationName, input: unknown): Promise<T> {
  const r = await dispatch(ctx, op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function setUp(ctx: Ctx) {
  const clientId = (
    await run<{ id: string }>(ctx, 'clients.create', { name: 'Delta', sector: 'L', sizeBand: '50-249', country: 'NL' })
  ).id;
  const engagementId = (
    await run<{ id: string }>(ctx, 'engagements.create', { clientId, title: 'Award', purpose: 'external-recognition' })
  ).id;
  return { clientId, engagementId };
}

describe('the dossier operations', () => {
  it('refuse a text over its limit with the count and the limit, and write nothing', async () => {
    const ctx = testContext();
    const { engagementId } = await setUp(ctx);
    const r = await dispatch(ctx, 'dossier.setText', {
      engagementId,
      partId: 'profile',
      text: Array.from({ length: 1201 }, (_, i) => `woord${i}`).join(' '),
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.details).toMatchObject({
      count: 1201,
      limit: 1200,
      unit: 'words',
      fields: [{ path: 'text', code: 'too_long' }],
    });
    const dossier = await run<Dossier>(ctx, 'dossier.get', { engagementId });
    expect(dossier.started).toBe(false);
    expect(dossier.parts[0]).toMatchObject({
      id: 'profile',
      text: '',
      status: 'empty',
      limit: { unit: 'words', max: 1200 },
    });
  });

  it('give a part with its guidance in both languages, its live count and its status', async () => {
    const ctx = testContext();
    const { engagementId } = await setUp(ctx);
    await run(ctx, 'dossier.setText', { engagementId, partId: 'B5.approach', text: 'Wij luisteren naar klanten.' });
    const part = await run<Dossier['parts'][number]>(ctx, 'dossier.part', { engagementId, partId: 'B5.approach' });
    expect(part).toMatchObject({ count: 27, characters: 27, words: 4, status: 'needs_evidence', required: true });
    expect(part.guidance.nl).toMatch(/Beschrijf hoe u dit/);
    expect(part.guidance.en).toMatch(/Describe how you have organised this/);
  });

  it('draft strengths and areas for improvement from the latest finalized round, and list the roadmap as the plan', async () => {
    const ctx = testContext();
    const { engagementId } = await setUp(ctx);
    const round = (
      await run<{ id: string }>(ctx, 'assessments.create', { engagementId, mode: 'survey', round: 'Nulmeting' })
    ).id;
    const respondent = (
      await run<{ id: string }>(ctx, 'respondents.create', { assessmentId: round, code: 'R1', role: 'staff' })
    ).id;
    for (const [i, q] of sxDefault.questions.entries()) {
      await run(ctx, 'answers.set', {
        assessmentId: round,
        respondentId: respondent,
        questionId: q.id,
        score: 1 + (i % 5),
      });
    }
    await run(ctx, 'assessments.finalize', { id: round });
    await run(ctx, 'initiatives.create', {
      engagementId,
      title: 'Klantpanel',
      blocks: ['B5'],
      start: '2027-Q1',
      end: '2027-Q2',
    });
    const dossier = await run<Dossier>(ctx, 'dossier.get', { engagementId });
    const b1 = dossier.elements.find((e) => e.id === 'B1')!;
    expect(b1.strengths).toBeNull();
    expect(b1.draft?.strengths).toMatch(/^Strongest elements in Nulmeting: /);
    expect(b1.draft?.improvements).toMatch(/^Weakest elements in Nulmeting: /);
    expect(dossier.plan).toEqual([expect.objectContaining({ title: 'Klantpanel', blocks: ['B5'], start: '2027-Q1' })]);

    await run(ctx, 'dossier.setFindings', { engagementId, element: 'B1', strengths: 'Eigen tekst', improvements: '' });
    const after = await run<Dossier>(ctx, 'dossier.get', { engagementId });
    expect(after.elements.find((e) => e.id === 'B1')).toMatchObject({ strengths: 'Eigen tekst', improvements: null });
  });

  it('keep the texts of parts a new scheme lacks aside, and rate on the new scheme’s scale', async () => {
    const ctx = testContext();
    const { engagementId } = await setUp(ctx);
    await run(ctx, 'dossier.setText', { engagementId, partId: 'B1.review', text: 'Jaarlijks.' });
    const scheme = {
      format: 'sxw-recognition-scheme',
      formatVersion: 1,
      id: 'tiny',
      version: '1.0.0',
      name: { nl: 'Klein', en: 'Tiny' },
      description: { nl: 'Klein', en: 'Tiny' },
      framework: null,
      elements: [{ id: 'E1', name: { nl: 'Een', en: 'One' } }],
      parts: [
        {
          id: 'E1.text',
          element: 'E1',
          aspect: 'other',
          title: { nl: 'Tekst', en: 'Text' },
          guidance: { nl: 'Schrijf.', en: 'Write.' },
          required: true,
          limit: null,
          needsEvidence: false,
        },
      ],
      rating: { min: 0, max: 100, step: 5, unit: 'percent', labels: [] },
      rules: { evidenceWindowMonths: 12, keyResultsMin: 0, keyResultMinPoints: 1, justificationRequired: false },
    };
    await run(ctx, 'schemes.import', { content: JSON.stringify(scheme) });
    const changed = await dispatch(ctx, 'schemes.import', {
      content: JSON.stringify({ ...scheme, name: { nl: 'Ander', en: 'Other' } }),
    });
    expect(!changed.ok && changed.error.code).toBe('conflict');
    await run(ctx, 'dossier.setup', { engagementId, schemeId: 'tiny' });
    const dossier = await run<Dossier>(ctx, 'dossier.get', { engagementId });
    expect(dossier.setAside).toEqual(['B1.review']);
    expect(dossier.parts.map((p) => p.id)).toEqual(['E1.text']);
    const off = await dispatch(ctx, 'dossier.rate', { engagementId, element: 'E1', score: 3, justification: '' });
    expect(!off.ok && off.error.details).toMatchObject({ min: 0, max: 100, step: 5, fields: [{ path: 'score' }] });
    await run(ctx, 'dossier.rate', { engagementId, element: 'E1', score: 85, justification: '' });
    expect((await run<Dossier>(ctx, 'dossier.get', { engagementId })).readiness.missing).toEqual([
      { part: 'E1.text', reason: 'part_missing' },
    ]);
  });

  it('export the same Word bytes twice in one session, and refuse a path from outside the CLI', async () => {
    const ctx = testContext();
    const { engagementId } = await setUp(ctx);
    await run(ctx, 'dossier.setText', { engagementId, partId: 'profile', text: 'Delta verhuurt woningen.' });
    await run(ctx, 'dossier.saveKeyResult', {
      engagementId,
      name: 'Tevredenheid',
      points: [
        { period: '2024', value: 7.4 },
        { period: '2025', value: 7.9 },
      ],
      target: 8,
      comparison: { kind: 'external', value: 7.6, source: 'Aedes-benchmark' },
    });
    const first = await run<{ contentBase64: string }>(ctx, 'dossier.export', { engagementId, language: 'en' });
    const second = await run<{ contentBase64: string }>(ctx, 'dossier.export', { engagementId, language: 'en' });
    expect(second.contentBase64).toBe(first.contentBase64);

    ctx.transport = 'bridge';
    const fromBridge = await dispatch(ctx, 'evidence.add', {
      engagementId,
      title: 'X',
      type: 'report',
      date: '2026-01-01',
      fileName: 'passwd',
      path: '/etc/passwd',
    });
    expect(!fromBridge.ok && fromBridge.error.code).toBe('forbidden');
    const packaged = await dispatch(ctx, 'dossier.package', { engagementId, language: 'en', out: '/tmp/x.zip' });
    expect(!packaged.ok && packaged.error.code).toBe('forbidden');
  });
});
