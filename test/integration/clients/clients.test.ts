import { describe, expect, it } from 'vitest';
import { call, callAsync } from '../../../main/api/dispatch';
import { auditTrail } from '../../../main/db/audit';
import { testContext } from '../support';

const acme = { name: 'Acme Verzekeringen', sector: 'K', sizeBand: '250-999', country: 'NL' };

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('clients and engagements through the API table', () => {
  it('creates a client and reads it back with empty contacts and engagements', () => {
    const ctx = testContext();
    const { id } = must(call(ctx, 'clients.create', { ...acme, notes: '  keep  ' }));
    const detail = must(call(ctx, 'clients.get', { id }));
    expect(detail.client).toMatchObject({
      id,
      name: 'Acme Verzekeringen',
      sector: 'K',
      notes: 'keep',
      archivedAt: null,
    });
    expect(detail.contacts).toEqual([]);
    expect(detail.engagements).toEqual([]);
  });

  it('refuses invalid input with every field named and writes nothing', () => {
    const ctx = testContext();
    const r = call(ctx, 'clients.create', { name: '', sector: 'Z', sizeBand: '5', country: 'XX' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.details?.fields?.map((f) => f.path).sort()).toEqual(['country', 'name', 'sector', 'sizeBand']);
    expect(r.error.details?.fields?.find((f) => f.path === 'name')?.code).toBe('required');
    expect(must(call(ctx, 'clients.list', {})).total).toBe(0);
  });

  it('answers an unknown operation and an unknown id with their own codes', () => {
    const ctx = testContext();
    const unknownOp = call(ctx, 'clients.explode' as never, {});
    expect(unknownOp.ok || unknownOp.error.code).toBe('unknown_operation');
    const missing = call(ctx, 'clients.get', { id: 'cl_nope' });
    expect(missing.ok || missing.error.code).toBe('not_found');
  });

  it('finds clients by prefix of name, notes, contact and engagement title, ignoring accents', () => {
    const ctx = testContext();
    const a = must(call(ctx, 'clients.create', { ...acme, notes: 'Hoofdkantoor in Zwolle' }));
    const b = must(call(ctx, 'clients.create', { name: 'Café Émile', sector: 'I', sizeBand: '1-9', country: 'BE' }));
    must(call(ctx, 'contacts.create', { clientId: b.id, name: 'Marieke Dijkstra', email: 'm@example.org' }));
    must(call(ctx, 'engagements.create', { clientId: a.id, title: 'Klantreis herontwerp', purpose: 'transformation' }));
    const search = (s: string) => must(call(ctx, 'clients.list', { search: s })).rows.map((r) => r.name);

    expect(search('acm')).toEqual(['Acme Verzekeringen']);
    expect(search('zwol')).toEqual(['Acme Verzekeringen']);
    expect(search('dijk')).toEqual(['Café Émile']);
    expect(search('cafe emi')).toEqual(['Café Émile']);
    expect(search('klantreis')).toEqual(['Acme Verzekeringen']);
    expect(search('"; DROP TABLE clients; --')).toEqual([]);
    expect(search('   ')).toEqual(['Acme Verzekeringen', 'Café Émile']);
  });

  it('keeps the search index in step when contacts and engagements change or go', () => {
    const ctx = testContext();
    const { id } = must(call(ctx, 'clients.create', acme));
    const contact = must(call(ctx, 'contacts.create', { clientId: id, name: 'Jeroen Bos' }));
    expect(must(call(ctx, 'clients.list', { search: 'jeroen' })).total).toBe(1);
    must(call(ctx, 'contacts.update', { id: contact.id, clientId: id, name: 'Hanna Berg' }));
    expect(must(call(ctx, 'clients.list', { search: 'jeroen' })).total).toBe(0);
    expect(must(call(ctx, 'clients.list', { search: 'hanna' })).total).toBe(1);
    must(call(ctx, 'contacts.delete', { id: contact.id }));
    expect(must(call(ctx, 'clients.list', { search: 'hanna' })).total).toBe(0);
    must(call(ctx, 'clients.update', { id, ...acme, name: 'Beta Groep' }));
    expect(must(call(ctx, 'clients.list', { search: 'acme' })).total).toBe(0);
    expect(must(call(ctx, 'clients.list', { search: 'beta' })).total).toBe(1);
  });

  it('filters by sector, size band and engagement status, sorts, and pages with a total', () => {
    const ctx = testContext();
    const names = ['delta', 'alpha', 'charlie', 'bravo', 'echo'];
    const ids = names.map(
      (name, i) =>
        must(
          call(ctx, 'clients.create', {
            name,
            sector: i % 2 ? 'K' : 'Q',
            sizeBand: i < 2 ? '1-9' : '1000+',
            country: 'NL',
          }),
        ).id,
    );
    must(
      call(ctx, 'engagements.create', {
        clientId: ids[2] as string,
        title: 'x',
        purpose: 'diagnosis',
        status: 'active',
      }),
    );

    const list = (q: object) => must(call(ctx, 'clients.list', q));
    expect(list({}).rows.map((r) => r.name)).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    expect(list({ direction: 'desc' }).rows.map((r) => r.name)).toEqual(['echo', 'delta', 'charlie', 'bravo', 'alpha']);
    expect(list({ sectors: ['K'] }).rows.map((r) => r.name)).toEqual(['alpha', 'bravo']);
    expect(list({ sizeBands: ['1-9'] }).rows.map((r) => r.name)).toEqual(['alpha', 'delta']);
    expect(list({ engagementStatuses: ['active'] }).rows.map((r) => r.name)).toEqual(['charlie']);
    expect(list({ sort: 'sizeBand' }).rows.map((r) => r.sizeBand)).toEqual(['1-9', '1-9', '1000+', '1000+', '1000+']);
    const page = list({ offset: 2, limit: 2 });
    expect(page).toMatchObject({ total: 5, offset: 2 });
    expect(page.rows.map((r) => r.name)).toEqual(['charlie', 'delta']);
    expect(list({ engagementStatuses: ['active'] }).rows[0]).toMatchObject({
      engagementCount: 1,
      activeEngagementCount: 1,
    });
  });

  it('archives and restores a client, keeping it out of the active list meanwhile, with an audit trail', () => {
    const ctx = testContext();
    const { id } = must(call(ctx, 'clients.create', acme));
    must(call(ctx, 'clients.archive', { id }));
    expect(must(call(ctx, 'clients.list', {})).total).toBe(0);
    expect(must(call(ctx, 'clients.list', { archived: 'archived' })).rows[0]?.archivedAt).toBe(
      '2026-11-22T10:00:00.000Z',
    );
    must(call(ctx, 'clients.restore', { id }));
    expect(must(call(ctx, 'clients.list', {})).total).toBe(1);
    expect(auditTrail(ctx.db, 'client', id).map((e) => e.action)).toEqual(['create', 'archive', 'restore']);
  });

  it('erases a client only when the confirmation repeats its name, with its contacts and engagements', async () => {
    const ctx = testContext();
    const { id } = must(call(ctx, 'clients.create', acme));
    must(call(ctx, 'contacts.create', { clientId: id, name: 'A' }));
    must(call(ctx, 'engagements.create', { clientId: id, title: 'E', purpose: 'diagnosis' }));
    const wrong = await callAsync(ctx, 'clients.erase', { id, confirm: 'acme' });
    expect(wrong.ok || wrong.error.code).toBe('conflict');
    expect(must(call(ctx, 'clients.get', { id })).engagements).toHaveLength(1);

    must(await callAsync(ctx, 'clients.erase', { id, confirm: 'Acme Verzekeringen' }));
    expect(call(ctx, 'clients.get', { id }).ok).toBe(false);
    const left = ctx.db
      .prepare(
        'SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM engagements) + (SELECT count(*) FROM client_search) AS n',
      )
      .get();
    expect(left).toEqual({ n: 0 });
  });

  it('validates engagement dates and records status and consent changes in the audit log', () => {
    const ctx = testContext();
    const { id: clientId } = must(call(ctx, 'clients.create', acme));
    const bad = call(ctx, 'engagements.create', {
      clientId,
      title: 'T',
      purpose: 'diagnosis',
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
    });
    expect(bad.ok || bad.error.details?.fields).toEqual([
      { path: 'endsOn', code: 'ends_before_start', message: 'ends_before_start' },
    ]);
    const feb30 = call(ctx, 'engagements.create', {
      clientId,
      title: 'T',
      purpose: 'diagnosis',
      startsOn: '2026-02-30',
    });
    expect(feb30.ok || feb30.error.details?.fields?.[0]?.path).toBe('startsOn');

    const { id } = must(
      call(ctx, 'engagements.create', { clientId, title: 'T', purpose: 'diagnosis', startsOn: '', lead: ' ' }),
    );
    expect(must(call(ctx, 'engagements.get', { id }))).toMatchObject({
      status: 'planned',
      startsOn: null,
      lead: null,
      benchmarkConsent: false,
      clientName: 'Acme Verzekeringen',
    });
    must(
      call(ctx, 'engagements.update', {
        id,
        clientId,
        title: 'T',
        purpose: 'diagnosis',
        status: 'active',
        benchmarkConsent: true,
      }),
    );
    expect(auditTrail(ctx.db, 'engagement', id).at(-1)?.details).toEqual({
      status: ['planned', 'active'],
      benchmarkConsent: [false, true],
    });
  });

  it('refuses an engagement for a client that does not exist', () => {
    const ctx = testContext();
    const r = call(ctx, 'engagements.create', { clientId: 'cl_missing', title: 'T', purpose: 'diagnosis' });
    expect(r.ok || r.error.code).toBe('not_found');
  });

  it('keeps the language setting and falls back to the OS language', () => {
    const ctx = testContext();
    const branding = { firmName: '', accent: '#1f4e79', font: 'Calibri' };
    expect(must(call(ctx, 'settings.get', {}))).toEqual({
      language: null,
      effectiveLanguage: 'en',
      benchmarkK: 5,
      branding,
      workshopAutoAdvance: true,
      workshopProjectorTheme: false,
      colorScheme: 'system',
      firmCountry: 'NL',
    });
    expect(must(call(ctx, 'settings.update', { language: 'nl' }))).toEqual({
      language: 'nl',
      effectiveLanguage: 'nl',
      benchmarkK: 5,
      branding,
      workshopAutoAdvance: true,
      workshopProjectorTheme: false,
      colorScheme: 'system',
      firmCountry: 'NL',
    });
    expect(must(call(ctx, 'settings.update', { language: null })).effectiveLanguage).toBe('en');
  });

  it('lists active and planned engagements on Home with their next step', () => {
    const ctx = testContext();
    const { id: clientId } = must(call(ctx, 'clients.create', acme));
    must(call(ctx, 'engagements.create', { clientId, title: 'Planned', purpose: 'diagnosis' }));
    must(
      call(ctx, 'engagements.create', {
        clientId,
        title: 'Overdue',
        purpose: 'diagnosis',
        status: 'active',
        endsOn: '2026-01-01',
      }),
    );
    must(call(ctx, 'engagements.create', { clientId, title: 'Done', purpose: 'diagnosis', status: 'completed' }));
    const home = must(call(ctx, 'home.summary', {}));
    expect(home.inProgress.map((h) => [h.engagement.title, h.nextStep])).toEqual([
      ['Overdue', 'closeEngagement'],
      ['Planned', 'planEngagement'],
    ]);
    expect(home).toMatchObject({ clientCount: 1, engagementCount: 3, demo: false });
  });
});
