import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { DesktopShell } from '../../../main/api/context';
import { call, callAsync } from '../../../main/api/dispatch';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { findCycle } from '../../../shared/roadmap/rules';
import { tempDir, testContext } from '../support';

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const QUESTIONS = sxDefault.questions.map((q) => q.id);
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A finalized survey round of 20 respondents; `lift` raises B5 by that many scale points for everyone. */
function finalizedRound(ctx: Ctx, engagementId: string, label: string, heldOn: string, lift = 0): string {
  const { id } = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey', round: label, heldOn }));
  const rows = Array.from({ length: 20 }, (_, i) => [
    `R${i + 1}`,
    i < 6 ? 'management' : 'staff',
    ...QUESTIONS.map((q, k) => {
      const base = q.startsWith('B5.') ? 2 + lift : 3 + ((k + i) % 2);
      return String(Math.min(5, Math.max(1, base + ((i + k) % 3) - 1)));
    }),
  ]);
  const csv = [['respondent', 'role', ...QUESTIONS], ...rows].map((r) => r.join(',')).join('\n') + '\n';
  must(call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: b64(csv) }));
  must(call(ctx, 'assessments.finalize', { id }));
  return id;
}

function setup(ctx: Ctx = testContext()) {
  const clientId = must(
    call(ctx, 'clients.create', { name: 'Zorggroep Oost', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  ).id;
  const contactId = must(call(ctx, 'contacts.create', { clientId, name: 'Anouk de Vries' })).id;
  const engagementId = must(
    call(ctx, 'engagements.create', {
      clientId,
      title: 'Transformatie 2027',
      purpose: 'transformation',
      lead: 'Pieter',
    }),
  ).id;
  const baseline = finalizedRound(ctx, engagementId, 'Nulmeting', '2026-03-02');
  return { ctx, clientId, contactId, engagementId, baseline };
}

const tableCount = (ctx: Ctx, table: string) =>
  (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function fakeDesktop(choice: string | null): DesktopShell & { offered: string[] } {
  const desktop = {
    offered: [] as string[],
    chooseSavePath: async (name: string) => {
      desktop.offered.push(name);
      return choice;
    },
    showInFolder: () => false,
    chooseOpenPath: async () => null,
    wasOpened: () => false,
  };
  return desktop;
}

describe('initiatives on a real database', () => {
  it('starts from the latest finalized round, keeps the owner by name and records its history', () => {
    const { ctx, engagementId, contactId, baseline } = setup();
    const { id } = must(
      call(ctx, 'initiatives.create', {
        engagementId,
        title: 'Eén luistersysteem',
        blocks: ['B5'],
        start: '2027-Q1',
        end: '2027-Q3',
        ownerContactId: contactId,
        kpi: { name: 'Klantsignalen', unit: 'per week', baseline: 10, target: 50 },
        milestones: [{ title: 'Bronnen in kaart', due: '2027-02-15' }],
      }),
    );
    must(call(ctx, 'initiatives.update', { id, status: 'in-progress', start: '2027-Q2', end: '2027-Q4' }));
    const roadmap = must(call(ctx, 'roadmap.get', { engagementId }));
    const [i] = roadmap.initiatives;
    expect(i).toMatchObject({
      title: 'Eén luistersysteem',
      gap: { assessmentId: baseline, round: 'Nulmeting', block: 'B5' },
      owner: { contactId, name: 'Anouk de Vries' },
      status: 'in-progress',
      start: '2027-Q2',
      end: '2027-Q4',
      milestones: [{ title: 'Bronnen in kaart', due: '2027-02-15', done: false }],
      kpi: { name: 'Klantsignalen', unit: 'per week', baseline: 10, target: 50 },
    });
    expect(i?.gap?.score).toBeGreaterThan(1);
    expect(i?.history.map((h) => [h.field, h.from, h.to])).toEqual([
      ['created', null, 'planned'],
      ['status', 'planned', 'in-progress'],
      ['start', '2027-Q1', '2027-Q2'],
      ['end', '2027-Q3', '2027-Q4'],
    ]);
    // The contact goes; the roadmap still names the owner.
    must(call(ctx, 'contacts.delete', { id: contactId }));
    expect(must(call(ctx, 'roadmap.get', { engagementId })).initiatives[0]?.owner).toEqual({
      contactId: null,
      name: 'Anouk de Vries',
    });
    // The audit trail says what changed, never who owns it.
    const audit = ctx.db.prepare("SELECT details FROM audit_log WHERE entity = 'initiative'").pluck().all().join(' ');
    expect(audit).toContain('in-progress');
    expect(audit).not.toContain('Anouk');
  });

  it('refuses a contact of another client, an unknown block and a dependency of another roadmap, naming each field', () => {
    const { ctx, engagementId } = setup();
    const other = setup(ctx);
    const foreign = must(
      call(ctx, 'initiatives.create', {
        engagementId: other.engagementId,
        title: 'x',
        blocks: ['B1'],
        start: '2027-Q1',
        end: '2027-Q1',
      }),
    ).id;
    const before = tableCount(ctx, 'initiatives');
    const r = call(ctx, 'initiatives.create', {
      engagementId,
      title: 'Te veel tegelijk',
      blocks: ['B5', 'B12'],
      elements: ['B5.E9'],
      start: '2027-Q1',
      end: '2027-Q2',
      ownerContactId: other.contactId,
      dependsOn: [foreign],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.details?.fields?.map((f) => [f.path, f.code])).toEqual([
      ['blocks', 'unknown_block'],
      ['elements', 'unknown_element'],
      ['ownerContactId', 'unknown_contact'],
      ['dependsOn', 'unknown_initiative'],
    ]);
    expect(tableCount(ctx, 'initiatives')).toBe(before);
  });

  it('refuses a dependency that closes a cycle and changes nothing, not even the change log', () => {
    const { ctx, engagementId } = setup();
    const add = (title: string, dependsOn: string[] = []) =>
      must(
        call(ctx, 'initiatives.create', {
          engagementId,
          title,
          blocks: ['B1'],
          start: '2027-Q1',
          end: '2027-Q2',
          dependsOn,
        }),
      ).id;
    const a = add('A');
    const b = add('B', [a]);
    const c = add('C', [b]);
    const seq = tableCount(ctx, 'change_log');
    const r = call(ctx, 'initiatives.update', { id: a, dependsOn: [c], title: 'A renamed' });
    expect(r.ok || r.error.code).toBe('invalid_input');
    if (!r.ok) expect(r.error.details?.fields?.[0]).toMatchObject({ path: 'dependsOn', code: 'dependency_cycle' });
    expect(tableCount(ctx, 'change_log')).toBe(seq);
    const roadmap = must(call(ctx, 'roadmap.get', { engagementId }));
    expect(roadmap.initiatives.find((i) => i.id === a)).toMatchObject({ title: 'A', dependsOn: [] });
  });

  it('never stores a cycle, whatever sequence of dependency changes is tried', () => {
    const { ctx, engagementId } = setup();
    const ids = ['A', 'B', 'C', 'D', 'E'].map(
      (title) =>
        must(call(ctx, 'initiatives.create', { engagementId, title, blocks: ['B2'], start: '2027-Q1', end: '2027-Q2' }))
          .id,
    );
    const attempt = fc.record({
      who: fc.integer({ min: 0, max: 4 }),
      deps: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(attempt, { minLength: 1, maxLength: 12 }), (attempts) => {
        for (const id of ids) must(call(ctx, 'initiatives.update', { id, dependsOn: [] }));
        for (const { who, deps } of attempts) {
          const before = ctx.db.prepare('SELECT * FROM initiative_dependencies ORDER BY 1, 2').all();
          const r = call(ctx, 'initiatives.update', { id: ids[who], dependsOn: deps.map((d) => ids[d]) });
          const stored = must(call(ctx, 'roadmap.get', { engagementId })).initiatives;
          expect(findCycle(new Map(stored.map((i) => [i.id, i.dependsOn])))).toBeNull();
          if (!r.ok)
            expect(ctx.db.prepare('SELECT * FROM initiative_dependencies ORDER BY 1, 2').all()).toEqual(before);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('progress across rounds', () => {
  it('shows each block from its start through the latest round to its target, by the noise rule, and which targets are met', () => {
    const { ctx, engagementId } = setup();
    must(call(ctx, 'roadmap.setTarget', { engagementId, block: 'B5', target: 3.5, by: '2027-Q4' }));
    must(call(ctx, 'roadmap.setTarget', { engagementId, block: 'B1', target: 3.2, by: '2027-Q4' }));
    const { id } = must(
      call(ctx, 'initiatives.create', {
        engagementId,
        title: 'Luisteren',
        blocks: ['B5', 'B1'],
        start: '2027-Q1',
        end: '2027-Q2',
      }),
    );
    let roadmap = must(call(ctx, 'roadmap.get', { engagementId }));
    expect(roadmap.initiatives[0]?.movement.every((m) => m.now === null && m.change === null)).toBe(true);
    const b5Before = roadmap.initiatives[0]?.movement[0]?.start?.score as number;

    finalizedRound(ctx, engagementId, 'Vervolgmeting', '2027-10-01', 2);
    roadmap = must(call(ctx, 'roadmap.get', { engagementId }));
    const [b5, b1] = roadmap.initiatives.find((i) => i.id === id)?.movement ?? [];
    expect(b5).toMatchObject({
      block: 'B5',
      start: { round: 'Nulmeting' },
      now: { round: 'Vervolgmeting' },
      change: 'rise',
      target: 3.5,
      met: true,
    });
    expect((b5?.now?.score as number) - b5Before).toBeGreaterThan(1);
    expect(b1).toMatchObject({ block: 'B1', change: 'none' });
    expect(roadmap.latestRound?.round).toBe('Vervolgmeting');
    expect(roadmap.targets.map((t) => [t.block, t.from !== null, t.met])).toEqual([
      ['B1', true, b1?.met],
      ['B5', true, true],
    ]);
  });
});

describe('suggestions', () => {
  it('are accepted as initiatives from the next quarter, and can be dismissed and restored', () => {
    const { ctx, engagementId, baseline } = setup();
    const suggestions = must(call(ctx, 'roadmap.suggest', { assessmentId: baseline, language: 'nl' }));
    expect(suggestions[0]?.blocks[0]).toBe('B5');
    const [first, second] = suggestions;
    const { id } = must(
      call(ctx, 'roadmap.acceptSuggestion', { assessmentId: baseline, key: first!.key, language: 'nl' }),
    );
    must(call(ctx, 'roadmap.dismissSuggestion', { engagementId, key: second!.key }));
    const after = must(call(ctx, 'roadmap.suggest', { assessmentId: baseline, language: 'nl' }));
    expect(after.find((s) => s.key === first!.key)?.status).toBe('accepted');
    expect(after.find((s) => s.key === second!.key)?.status).toBe('dismissed');
    const initiative = must(call(ctx, 'roadmap.get', { engagementId })).initiatives.find((i) => i.id === id);
    // The test clock stands at 22 November 2026: the next quarter is 2027-Q1.
    expect(initiative).toMatchObject({
      title: first!.title,
      start: '2027-Q1',
      end: `2027-Q${first!.quarters}`,
      impact: first!.impact,
      effort: first!.effort,
      fromSuggestion: first!.key,
      gap: { assessmentId: baseline, block: 'B5', score: first!.gap.score, target: first!.gap.target },
    });
    expect(
      call(ctx, 'roadmap.acceptSuggestion', { assessmentId: baseline, key: first!.key, language: 'nl' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    must(call(ctx, 'roadmap.restoreSuggestion', { engagementId, key: second!.key }));
    expect(
      must(call(ctx, 'roadmap.suggest', { assessmentId: baseline, language: 'en' })).find((s) => s.key === second!.key)
        ?.status,
    ).toBe('open');
  });

  it('are refused for a round that is not finalized', () => {
    const { ctx, engagementId } = setup();
    const { id } = must(call(ctx, 'assessments.create', { engagementId, mode: 'workshop' }));
    expect(call(ctx, 'roadmap.suggest', { assessmentId: id, language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

describe('exports', () => {
  it('save an Excel workbook through the desktop dialog with real numbers and dates', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'roadmap.xlsx');
    const desktop = fakeDesktop(target);
    const { ctx, engagementId } = setup({ ...testContext(), desktop } as Ctx);
    must(
      call(ctx, 'initiatives.create', {
        engagementId,
        title: '=SUM(A1)',
        blocks: ['B5', 'B6'],
        start: '2027-Q2',
        end: '2027-Q3',
        impact: 4,
      }),
    );
    const saved = must(await callAsync(ctx, 'roadmap.save', { engagementId, format: 'xlsx', language: 'en' }));
    expect(desktop.offered).toEqual(['Zorggroep Oost – Transformatie 2027 – roadmap – 2026-11-22.xlsx']);
    expect(saved).toMatchObject({ saved: true, path: target });
    const [initiatives] = await readXlsxFile(target);
    const [header, row] = initiatives?.data ?? [];
    const column = (name: string) => (row as unknown[])[(header as unknown[]).indexOf(name)];
    expect(column('Initiative')).toBe("'=SUM(A1)");
    expect(column('Blocks')).toBe('B5, B6');
    expect(column('Impact (1–5)')).toBe(4);
    expect(column('Start quarter')).toBe('2027-Q2');
    expect(column('Start date')).toEqual(new Date('2027-04-01T00:00:00.000Z'));
    expect(column('End date')).toEqual(new Date('2027-09-30T00:00:00.000Z'));
    expect(typeof column('Baseline score')).toBe('number');
  }, 60_000);

  it('leave the chosen file as it was when the folder cannot be written, and write nothing on cancel', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'gone', 'roadmap.docx');
    const { ctx, engagementId } = setup({ ...testContext(), desktop: fakeDesktop(missing) } as Ctx);
    const r = await callAsync(ctx, 'roadmap.save', { engagementId, format: 'docx', language: 'nl' });
    expect(r.ok || r.error.code).toBe('folder_not_writable');
    expect(fs.readdirSync(dir)).toEqual([]);
    const cancelled = { ...ctx, desktop: fakeDesktop(null) };
    expect(must(await callAsync(cancelled, 'roadmap.save', { engagementId, format: 'xlsx', language: 'nl' }))).toEqual({
      saved: false,
    });
  }, 60_000);

  it('give the management report a roadmap section once the roadmap holds an initiative', async () => {
    const { ctx, engagementId, baseline } = setup();
    const without = must(
      await callAsync(ctx, 'reports.build', { assessmentId: baseline, language: 'en', benchmark: null }),
    );
    must(
      call(ctx, 'initiatives.create', {
        engagementId,
        title: 'Klachten analyseren',
        blocks: ['B5'],
        start: '2027-Q1',
        end: '2027-Q2',
      }),
    );
    const withRoadmap = must(
      await callAsync(ctx, 'reports.build', { assessmentId: baseline, language: 'en', benchmark: null }),
    );
    const mammoth = (await import('mammoth')).default;
    const text = async (b64: string) => (await mammoth.extractRawText({ buffer: Buffer.from(b64, 'base64') })).value;
    expect(await text(without.contentBase64)).not.toContain('Klachten analyseren');
    expect(await text(withRoadmap.contentBase64)).toContain('1. Klachten analyseren');
  }, 60_000);
});
