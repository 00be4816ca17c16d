import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../main/api/context';
import { call } from '../../../main/api/dispatch';
import { openWorkbenchDatabase } from '../../../main/db/open';
import { sxw } from '../cliRunner';
import { tempDir, testContext } from '../support';

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

function twoRounds(ctx: Ctx) {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Zorg BV', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', { clientId, title: 'Diagnose', purpose: 'diagnosis' }),
  );
  const first = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' })).id;
  const second = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' })).id;
  return { first, second };
}

const MAPPING = { columns: { 'Klant centraal': 'B1.Q1', Afdeling: 'ignore' }, values: { Altijd: 5 }, roles: {} };

describe('saved survey mappings', () => {
  it('are saved for the round’s framework version and listed for the next round of it', () => {
    const ctx = testContext();
    const { first, second } = twoRounds(ctx);
    const saved = must(
      call(ctx, 'surveys.saveMapping', { assessmentId: first, name: 'Formulier ICT', mapping: MAPPING }),
    );
    expect(saved).toMatchObject({ name: 'Formulier ICT', frameworkId: 'sx-default', mapping: MAPPING });

    expect(must(call(ctx, 'surveys.mappings', { assessmentId: second })).map((m) => [m.id, m.mapping])).toEqual([
      [saved.id, MAPPING],
    ]);
  });

  it('replace the one of the same name in any case, keeping its id', () => {
    const ctx = testContext();
    const { first } = twoRounds(ctx);
    const a = must(call(ctx, 'surveys.saveMapping', { assessmentId: first, name: 'Formulier', mapping: MAPPING }));
    const b = must(
      call(ctx, 'surveys.saveMapping', {
        assessmentId: first,
        name: ' formulier ',
        mapping: { columns: { X: 'role' } },
      }),
    );
    expect(b.id).toBe(a.id);
    const listed = must(call(ctx, 'surveys.mappings', { assessmentId: first }));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ name: 'formulier', mapping: { columns: { X: 'role' }, values: {}, roles: {} } });
  });

  it('audit what was saved and deleted by counts, never the headers', () => {
    const ctx = testContext();
    const { first } = twoRounds(ctx);
    const { id } = must(call(ctx, 'surveys.saveMapping', { assessmentId: first, name: 'F', mapping: MAPPING }));
    must(call(ctx, 'surveys.deleteMapping', { id }));
    expect(must(call(ctx, 'surveys.mappings', { assessmentId: first }))).toEqual([]);
    const entries = ctx.db
      .prepare("SELECT action, entity_id, details FROM audit_log WHERE entity = 'surveyMapping' ORDER BY id")
      .all() as { action: string; entity_id: string; details: string }[];
    expect(entries.map((e) => [e.action, e.entity_id])).toEqual([
      ['saveMapping', id],
      ['deleteMapping', id],
    ]);
    expect(JSON.parse(entries[0]?.details ?? '{}')).toMatchObject({ columns: 2, values: 1, roles: 0 });
    expect(entries.map((e) => e.details).join(' ')).not.toContain('Klant centraal');
  });

  it('refuse an unknown round, an empty name and a mapping to no known target', () => {
    const ctx = testContext();
    const { first } = twoRounds(ctx);
    const gone = call(ctx, 'surveys.saveMapping', { assessmentId: 'as_gone', name: 'F', mapping: MAPPING });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
    const empty = call(ctx, 'surveys.saveMapping', { assessmentId: first, name: '  ', mapping: MAPPING });
    expect(empty.ok ? null : empty.error.code).toBe('invalid_input');
    const badValue = call(ctx, 'surveys.saveMapping', {
      assessmentId: first,
      name: 'F',
      mapping: { columns: {}, values: { Altijd: 7 }, roles: {} },
    });
    expect(badValue.ok ? null : badValue.error.code).toBe('invalid_input');
    expect(call(ctx, 'surveys.deleteMapping', { id: 'sm_gone' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('sxw survey mapping list', () => {
  it('lists the mappings saved for the round’s framework version', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cli.sqlite');
    const run = async (args: string[]) => (await sxw(['--db', file, ...args])).stdout.trim();
    const client = await run(['clients', 'add', '--name', 'X', '--sector', 'K', '--size', '1-9', '--country', 'NL']);
    const engagement = await run(['engagements', 'add', '--client', client, '--title', 'T', '--purpose', 'diagnosis']);
    const assessment = await run(['assessment', 'create', '--engagement', engagement, '--mode', 'survey']);
    expect(await run(['survey', 'mapping', 'list', '--assessment', assessment])).toBe(
      'No saved mappings for this round’s framework version.',
    );
    const db = openWorkbenchDatabase(file);
    const ctx = createContext({ db, databasePath: file, transport: 'cli' });
    must(call(ctx, 'surveys.saveMapping', { assessmentId: assessment, name: 'Formulier ICT', mapping: MAPPING }));
    db.close();
    const listed = JSON.parse(await run(['survey', 'mapping', 'list', '--assessment', assessment, '--json']));
    expect(listed).toEqual([expect.objectContaining({ name: 'Formulier ICT', mapping: MAPPING })]);
    expect(await run(['survey', 'mapping', 'list', '--assessment', assessment])).toMatch(/Formulier ICT\s+2\s+1\s+0/);
  });
});
