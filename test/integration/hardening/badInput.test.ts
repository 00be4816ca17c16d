import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { csvHeader, csvRow } from '../../../shared/pool/benchmarkCsv';
import { syntheticRecords } from '../../../shared/pool/synthetic';
import { sxw } from '../cliRunner';
import { tempDir, testContext } from '../support';

/** Input that is wrong in small ways an attacker or an unlucky copy produces, refused whole and said safely. */

type Ctx = ReturnType<typeof testContext>;
const b64 = (text: string) => Buffer.from(text).toString('base64');

function surveyRound(ctx: Ctx): string {
  const must = <T>(r: { ok: boolean; value?: T; error?: unknown }) => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  const { id: clientId } = must<{ id: string }>(
    call(ctx, 'clients.create', { name: 'Acme', sector: 'K', sizeBand: '10-49', country: 'NL' }),
  );
  const { id: engagementId } = must<{ id: string }>(
    call(ctx, 'engagements.create', { clientId, title: 'Diagnose', purpose: 'diagnosis' }),
  );
  return must<{ id: string }>(call(ctx, 'assessments.create', { engagementId, mode: 'survey' })).id;
}

const respondents = (ctx: Ctx) => ctx.db.prepare('SELECT count(*) FROM respondents').pluck().get();
const poolRecords = (ctx: Ctx) => ctx.db.prepare('SELECT count(*) FROM pool_records').pluck().get();

describe('files cut short', () => {
  it('refuses a survey file whose last line lacks the line ending the others have', () => {
    const ctx = testContext();
    const id = surveyRound(ctx);
    // Cut after the last comma: it still parses, with one answer fewer.
    const cut = 'respondent,role,B1.Q1,B1.Q2\r\nR1,staff,4,3\r\nR2,staff,5,';
    const r = call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: b64(cut) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details?.problems).toEqual([expect.objectContaining({ line: 3 })]);
    expect(respondents(ctx)).toBe(0);
    // The same file, whole, imports.
    const whole = call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: b64(`${cut}\r\n`) });
    expect(whole.ok).toBe(true);
  });

  it('refuses a Benchmark CSV cut inside its last row, even where the rest still reads as a score', () => {
    const ctx = testContext();
    const rows = [...syntheticRecords(5, { seed: 3 })].map((r) => csvRow({ ...r, synthetic: false }));
    const text = `${csvHeader()}\n${rows.join('\n')}\n`;
    const cut = text.slice(0, text.length - 2); // "…,3.50\n" becomes "…,3.5"
    const r = call(ctx, 'pool.import', { contentBase64: b64(cut) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details?.problems).toEqual([expect.objectContaining({ line: 6 })]);
    expect(poolRecords(ctx)).toBe(0);
  });

  it('names the line and character where a damaged JSON pack stops', () => {
    const ctx = testContext();
    const pack = '{\n  "format": "sxw-benchmark-pack",\n  "version": 1,\n  "records": [ {"a": 1}, ]\n}\n';
    const r = call(ctx, 'pool.import', { contentBase64: b64(pack), fileName: 'p.sxwpack.json' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.details?.problems).toEqual([
        expect.objectContaining({ line: 4, message: expect.stringMatching(/line 4, character \d+/) }),
      ]);
    }
  });
});

describe('text that would run elsewhere', () => {
  it('refuses respondent codes that start like a spreadsheet formula, in forms and in files', () => {
    const ctx = testContext();
    const id = surveyRound(ctx);
    for (const code of ['=1+1', '+31', '-R1', '@R1']) {
      const r = call(ctx, 'respondents.create', { assessmentId: id, code, role: 'staff' });
      expect(r.ok || r.error.details?.fields?.[0]).toMatchObject({ path: 'code', code: 'respondent_code' });
    }
    const file = 'respondent,role,B1.Q1\n=HYPERLINK("x"),staff,4\n';
    const r = call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: b64(file) });
    expect(r.ok).toBe(false);
    expect(respondents(ctx)).toBe(0);
  });

  it('prints cell text with terminal escape sequences escaped, on stderr and stdout', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'a.sqlite');
    const file = path.join(dir, 'pool.csv');
    fs.writeFileSync(
      file,
      `${csvHeader()}\nnot-a-uuid\u001b[2J\u001b]0;pwned\u0007,sx-default,K,1-9,NL,2024,3,3,3,3,3,3,3,3,3,false\n`,
    );
    const refused = await sxw(['--db', db, 'benchmark', 'import', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toContain('\u001b');
    expect(refused.stderr).not.toContain('\u0007');
    expect(refused.stderr).toContain('\\x1b[2J');
    const added = await sxw([
      '--db',
      db,
      'clients',
      'add',
      '--name',
      'Evil\u001b[31m',
      '--sector',
      'K',
      '--size',
      '1-9',
      '--country',
      'NL',
    ]);
    expect(added.code).toBe(0);
    const listed = await sxw(['--db', db, 'clients', 'list']);
    expect(listed.stdout).not.toContain('\u001b');
    expect(listed.stdout).toContain('Evil\\x1b[31m');
  });
});
