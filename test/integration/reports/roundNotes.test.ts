import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { call, callAsync } from '../../../main/api/dispatch';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { NOTES_MAX_CHARS } from '../../../shared/reports/schemas';
import { testContext } from '../support';

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const QUESTIONS = sxDefault.questions.map((q) => q.id);
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A survey round of twelve respondents: four managers, five staff, three frontline. */
function round(ctx: Ctx) {
  const clientId = must(
    call(ctx, 'clients.create', { name: 'Zorggroep Oost', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  ).id;
  const engagementId = must(
    call(ctx, 'engagements.create', { clientId, title: 'Excellence programme', purpose: 'diagnosis' }),
  ).id;
  const assessmentId = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey', round: 'Nulmeting' })).id;
  const rows = Array.from({ length: 12 }, (_, i) => [
    `R${i + 1}`,
    i < 4 ? 'management' : i < 9 ? 'staff' : 'frontline',
    ...QUESTIONS.map((_, q) => String(1 + ((q * 3 + i + Math.floor(q / 5)) % 5))),
  ]);
  const csv = `${[['respondent', 'role', ...QUESTIONS], ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
  must(call(ctx, 'assessments.importResponses', { assessmentId, contentBase64: b64(csv) }));
  return assessmentId;
}

const rowCount = (ctx: Ctx, table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('a round’s key messages, recommendations and invited counts', () => {
  it('start empty with drafts from the numbers in both languages, and the respondents per role', () => {
    const ctx = testContext();
    const assessmentId = round(ctx);
    const notes = must(call(ctx, 'reports.notes', { assessmentId }));
    expect(notes.notes).toEqual({ nl: null, en: null });
    expect(notes.invited).toEqual({});
    expect(notes.respondents).toEqual({ management: 4, staff: 5, frontline: 3 });
    expect(notes.suggestions.nl.keyMessages).toMatch(/^- De totaalscore is \d,\d/);
    expect(notes.suggestions.nl.keyMessages).toContain('De zwakste bouwstenen zijn');
    expect(notes.suggestions.nl.recommendations).toMatch(/^- Begin bij B\d/);
    expect(notes.suggestions.en.keyMessages).toMatch(/^- The overall score is \d\.\d/);
    expect(notes.suggestions.en.recommendations).toMatch(/^- Start with B\d/);
  });

  it('are saved per language, with the invited counts for the round', () => {
    const ctx = testContext();
    const assessmentId = round(ctx);
    must(
      call(ctx, 'reports.saveNotes', {
        assessmentId,
        language: 'nl',
        keyMessages: 'Eerste boodschap.',
        recommendations: '- Doe dit',
        invited: { management: 5, staff: 5 },
      }),
    );
    must(
      call(ctx, 'reports.saveNotes', {
        assessmentId,
        language: 'en',
        keyMessages: 'First message.',
        recommendations: '',
        invited: { management: 6, frontline: 10 },
      }),
    );
    const notes = must(call(ctx, 'reports.notes', { assessmentId }));
    expect(notes.notes.nl).toMatchObject({ keyMessages: 'Eerste boodschap.', recommendations: '- Doe dit' });
    expect(notes.notes.en).toMatchObject({ keyMessages: 'First message.', recommendations: '' });
    // The invited counts belong to the round, not to a language: the last save holds.
    expect(notes.invited).toEqual({ management: 6, frontline: 10 });
  });

  it.each([
    ['key messages over the limit', { keyMessages: 'x'.repeat(NOTES_MAX_CHARS + 1) }, 'keyMessages', 'too_long'],
    [
      'recommendations over the limit',
      { recommendations: 'x'.repeat(NOTES_MAX_CHARS + 1) },
      'recommendations',
      'too_long',
    ],
    ['an invited count of zero', { invited: { staff: 0 } }, 'invited.staff', 'at_least_one'],
    [
      'an invited count below the respondents',
      { invited: { management: 3 } },
      'invited.management',
      'below_respondents',
    ],
  ])('refuse %s on that field and save nothing', (_, change, path, code) => {
    const ctx = testContext();
    const assessmentId = round(ctx);
    const before = [rowCount(ctx, 'round_notes'), rowCount(ctx, 'round_invitations')];
    const answer = call(ctx, 'reports.saveNotes', {
      assessmentId,
      language: 'nl',
      keyMessages: 'Goed',
      recommendations: 'Beter',
      invited: {},
      ...change,
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.details?.fields).toEqual([expect.objectContaining({ path, code })]);
    expect([rowCount(ctx, 'round_notes'), rowCount(ctx, 'round_invitations')]).toEqual(before);
  });

  it('go with the round when it is deleted', () => {
    const ctx = testContext();
    const assessmentId = round(ctx);
    must(
      call(ctx, 'reports.saveNotes', {
        assessmentId,
        language: 'nl',
        keyMessages: 'Boodschap',
        recommendations: '',
        invited: { staff: 9 },
      }),
    );
    must(call(ctx, 'assessments.delete', { id: assessmentId, confirm: true }));
    expect([rowCount(ctx, 'round_notes'), rowCount(ctx, 'round_invitations')]).toEqual([0, 0]);
  });
});

describe('the Word report with the consultant’s layer', () => {
  it('opens the summary with the key messages and recommendations and gives the response rate per role', async () => {
    const ctx = testContext();
    const assessmentId = round(ctx);
    must(
      call(ctx, 'reports.saveNotes', {
        assessmentId,
        language: 'nl',
        keyMessages:
          'De klant staat centraal in de visie.\n\n- Medewerkers voelen zich gehoord\n- Processen zijn nog versnipperd',
        recommendations: '- Stel een klantreisteam samen',
        invited: { management: 5, staff: 10, frontline: 3 },
      }),
    );
    const built = must(await callAsync(ctx, 'reports.build', { assessmentId, language: 'nl' }));
    // Every chart drew, the answer distributions of the appendix among them.
    expect(built.warnings).toEqual([]);
    const buffer = Buffer.from(built.contentBase64, 'base64');
    const html = (await mammoth.convertToHtml({ buffer })).value;
    // Heading anchors aside (the contents links to them), the summary starts with the consultant's text.
    const body = html.replace(/<a id="[^"]*"><\/a>/g, '');
    const summary = body.indexOf('<h1>Samenvatting</h1>');
    expect(summary).toBeGreaterThan(0);
    expect(body.slice(summary)).toMatch(
      /^<h1>Samenvatting<\/h1><h2>Kernboodschappen<\/h2><p>De klant staat centraal in de visie\.<\/p><ul><li>Medewerkers voelen zich gehoord<\/li><li>Processen zijn nog versnipperd<\/li><\/ul><h2>Aanbevelingen<\/h2><ul><li>Stel een klantreisteam samen<\/li><\/ul><p>/,
    );

    const text = (await mammoth.extractRawText({ buffer })).value;
    expect(text).toContain('Uitgenodigd');
    expect(text).toContain('Respons');
    // Management 4 of 5, staff 5 of 10, frontline 3 of 3; in all 12 of 18.
    expect(text).toContain('Antwoorden per vraag van B1');
    for (const rate of ['80\u00a0%', '50\u00a0%', '100\u00a0%', '67\u00a0%']) expect(text).toContain(rate);

    // The English report has no Dutch notes: it opens with the numbers as before.
    const en = must(await callAsync(ctx, 'reports.build', { assessmentId, language: 'en' }));
    const enHtml = (await mammoth.convertToHtml({ buffer: Buffer.from(en.contentBase64, 'base64') })).value;
    expect(enHtml).not.toContain('Key messages');
    expect(enHtml).toContain('Invited');
  }, 90_000);
});
