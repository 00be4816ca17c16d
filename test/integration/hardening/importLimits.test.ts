import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { MAX_BODY_BYTES } from '../../../main/bridge/server';
import { base64Length, IMPORT_LIMITS } from '../../../shared/api/limits';
import { csvHeader } from '../../../shared/pool/benchmarkCsv';
import { sxw } from '../cliRunner';
import { tempDir, testContext } from '../support';

/** The size caps of imports (docs/file-formats.md "Size limits"), each checked before the file is parsed. */

type Ctx = ReturnType<typeof testContext>;

function surveyRound(ctx: Ctx): string {
  const must = <T>(r: { ok: boolean; value?: unknown; error?: unknown }) => {
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

const count = (ctx: Ctx, table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('import size limits', () => {
  it('refuses a file larger than the cap from the length of its base64 text, before decoding it', () => {
    const ctx = testContext();
    const id = surveyRound(ctx);
    const tooLong = 'A'.repeat(base64Length(IMPORT_LIMITS.surveyFileBytes) + 4);
    const r = call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: tooLong });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { fields: [{ path: 'contentBase64', message: /larger than 10 MB/ }] } },
    });
    const bytes = Buffer.alloc(IMPORT_LIMITS.surveyFileBytes + 1);
    expect(call(ctx, 'assessments.importResponses', { assessmentId: id, content: bytes })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { fields: [{ path: 'content' }] } },
    });
    expect(call(ctx, 'assessments.importResponses', { assessmentId: id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('refuses more respondents than the cap, naming the first line too many, before parsing a row', () => {
    const ctx = testContext();
    const id = surveyRound(ctx);
    // Rows that would not even parse: the count comes first.
    const file = `respondent,role,B1.Q1\n${'x\n'.repeat(IMPORT_LIMITS.surveyRespondents + 1)}`;
    const r = call(ctx, 'assessments.importResponses', {
      assessmentId: id,
      contentBase64: Buffer.from(file).toString('base64'),
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        details: { problems: [{ line: IMPORT_LIMITS.surveyRespondents + 2, message: /more than 10,000 respondents/ }] },
      },
    });
    expect(count(ctx, 'respondents')).toBe(0);
  });

  it('refuses more records than the cap, naming the first line too many, before parsing a row', () => {
    const ctx = testContext();
    const file = `${csvHeader()}\n${'x\n'.repeat(IMPORT_LIMITS.benchmarkRecords + 1)}`;
    const r = call(ctx, 'pool.import', { content: Buffer.from(file) });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        details: { problems: [{ line: IMPORT_LIMITS.benchmarkRecords + 2, message: /more than 1,500,000 records/ }] },
      },
    });
    expect(count(ctx, 'pool_records')).toBe(0);
    expect(count(ctx, 'packs')).toBe(0);
  });

  it('refuses a file over the cap in the CLI from its size, without reading it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'huge.csv');
    // A sparse file: its size is over the cap, its blocks are not on the disk.
    fs.writeFileSync(file, '');
    fs.truncateSync(file, IMPORT_LIMITS.benchmarkFileBytes + 1024 * 1024);
    const r = await sxw(['--db', path.join(dir, 'a.sqlite'), 'benchmark', 'import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/huge\.csv is 161 MB; one import takes at most 160 MB/);
  });

  it('lets the bridge take the largest file an import takes, and nothing much larger', () => {
    const largest = base64Length(Math.max(IMPORT_LIMITS.benchmarkFileBytes, IMPORT_LIMITS.surveyFileBytes));
    expect(MAX_BODY_BYTES).toBeGreaterThan(largest);
    expect(MAX_BODY_BYTES).toBeLessThan(largest + 1024 * 1024);
  });
});
