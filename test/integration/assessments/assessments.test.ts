import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../main/api/dispatch';
import { auditTrail } from '../../../main/db/audit';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { testContext, tempDir } from '../support';
import { sxw } from '../cliRunner';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

function engagementIn(ctx: ReturnType<typeof testContext>) {
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Zorg BV', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  );
  return must(call(ctx, 'engagements.create', { clientId, title: 'Diagnose', purpose: 'diagnosis' })).id;
}

const QUESTIONS = sxDefault.questions.map((q) => q.id);
/** A whole file: every line, the last included, ends in a line break (a missing one means a file cut short). */
const csv = (rows: string[][], delimiter = ',') =>
  `${[['respondent', 'role', ...QUESTIONS], ...rows].map((r) => r.join(delimiter)).join('\r\n')}\r\n`;
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const row = (code: string, role: string, cell: (q: string, i: number) => string) => [
  code,
  role,
  ...QUESTIONS.map(cell),
];

describe('assessment rounds', () => {
  it('creates a baseline round on the default framework and a follow-up after it', () => {
    const ctx = testContext();
    const engagementId = engagementIn(ctx);
    must(call(ctx, 'assessments.create', { engagementId, mode: 'workshop' }));
    must(call(ctx, 'assessments.create', { engagementId, mode: 'survey', heldOn: '2027-01-10' }));
    const rounds = must(call(ctx, 'assessments.list', { engagementId }));
    expect(rounds.map((r) => [r.round, r.mode, r.status, r.frameworkId, r.frameworkVersion, r.questionCount])).toEqual([
      ['Baseline', 'workshop', 'draft', 'sx-default', '1.0.0', 45],
      ['Follow-up 1', 'survey', 'draft', 'sx-default', '1.0.0', 45],
    ]);
  });

  it('moves draft → open → finalized, refuses edits when finalized, and reopens with a reason in the audit log', () => {
    const ctx = testContext();
    const { id } = must(call(ctx, 'assessments.create', { engagementId: engagementIn(ctx), mode: 'workshop' }));
    const { id: respondentId } = must(
      call(ctx, 'respondents.create', { assessmentId: id, code: 'Table 1', role: 'management' }),
    );
    must(call(ctx, 'assessments.open', { id }));
    must(call(ctx, 'assessments.finalize', { id }));
    const blocked = call(ctx, 'answers.set', { assessmentId: id, respondentId, questionId: 'B1.Q1', score: 4 });
    expect(blocked.ok || blocked.error.code).toBe('conflict');
    const noReason = call(ctx, 'assessments.reopen', { id, reason: '' });
    expect(noReason.ok || noReason.error.code).toBe('invalid_input');
    must(call(ctx, 'assessments.reopen', { id, reason: 'Table 2 handed in late' }));
    must(call(ctx, 'answers.set', { assessmentId: id, respondentId, questionId: 'B1.Q1', score: 4 }));
    const trail = auditTrail(ctx.db, 'assessment', id).filter((e) => e.details && 'from' in e.details);
    expect(trail.map((e) => [e.action, e.details])).toEqual([
      ['open', { from: 'draft', to: 'open' }],
      ['finalize', { from: 'open', to: 'finalized' }],
      ['reopen', { from: 'finalized', to: 'open', reason: 'Table 2 handed in late' }],
    ]);
  });

  it('saves, changes, marks not applicable, notes and clears workshop answers', () => {
    const ctx = testContext();
    const { id } = must(call(ctx, 'assessments.create', { engagementId: engagementIn(ctx), mode: 'workshop' }));
    const { id: respondentId } = must(
      call(ctx, 'respondents.create', { assessmentId: id, code: 'Table 1', role: 'management' }),
    );
    const set = (x: object) =>
      must(call(ctx, 'answers.set', { assessmentId: id, respondentId, questionId: 'B1.Q1', ...x }));
    const answer = () => must(call(ctx, 'assessments.workspace', { id })).answers[0];
    set({ score: 3 });
    set({ score: 4 });
    expect(answer()).toMatchObject({ score: 4, notApplicable: false, comment: null });
    set({ score: null, notApplicable: true, comment: 'Not relevant for a municipality' });
    expect(answer()).toMatchObject({ score: null, notApplicable: true, comment: 'Not relevant for a municipality' });
    set({ score: 2 });
    expect(answer()).toMatchObject({ score: 2, comment: 'Not relevant for a municipality' });
    set({ score: null, comment: '' });
    expect(answer()).toBeUndefined();
    const bad = call(ctx, 'answers.set', { assessmentId: id, respondentId, questionId: 'B1.Q9', score: 3 });
    expect(bad.ok || bad.error.code).toBe('invalid_input');
    const both = call(ctx, 'answers.set', {
      assessmentId: id,
      respondentId,
      questionId: 'B1.Q1',
      score: 3,
      notApplicable: true,
    });
    expect(both.ok || both.error.code).toBe('invalid_input');
  });

  it('deletes a respondent with all their answers', () => {
    const ctx = testContext();
    const { id } = must(call(ctx, 'assessments.create', { engagementId: engagementIn(ctx), mode: 'workshop' }));
    const { id: respondentId } = must(call(ctx, 'respondents.create', { assessmentId: id, code: 'T1', role: 'staff' }));
    must(call(ctx, 'answers.set', { assessmentId: id, respondentId, questionId: 'B1.Q1', score: 4 }));
    must(call(ctx, 'respondents.delete', { id: respondentId }));
    expect(ctx.db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 0 });
    const dup = call(ctx, 'respondents.create', { assessmentId: id, code: 'T1', role: 'staff' });
    expect(dup.ok).toBe(true);
    const again = call(ctx, 'respondents.create', { assessmentId: id, code: 'T1', role: 'staff' });
    expect(again.ok || again.error.code).toBe('conflict');
  });

  it('keeps results of an old round on its own framework version after a new version is imported', () => {
    const ctx = testContext();
    const { id } = must(call(ctx, 'assessments.create', { engagementId: engagementIn(ctx), mode: 'workshop' }));
    const changed = structuredClone(sxDefault);
    changed.version = '1.1.0';
    changed.questions[0]!.text.en = 'A reworded question';
    expect(must(call(ctx, 'frameworks.import', { content: JSON.stringify(changed) }))).toEqual({
      id: 'sx-default',
      version: '1.1.0',
      added: true,
    });
    expect(must(call(ctx, 'assessments.workspace', { id })).framework.version).toBe('1.0.0');
    expect(must(call(ctx, 'frameworks.get', { id: 'sx-default' })).version).toBe('1.1.0');
    const conflicting = structuredClone(changed);
    conflicting.questions[0]!.text.en = 'Reworded again';
    const r = call(ctx, 'frameworks.import', { content: JSON.stringify(conflicting) });
    expect(r.ok || r.error.code).toBe('conflict');
    expect(must(call(ctx, 'frameworks.import', { content: JSON.stringify(changed) })).added).toBe(false);
  });

  it('refuses a framework file that does not validate, naming the path of each problem', () => {
    const ctx = testContext();
    const broken = structuredClone(sxDefault) as unknown as { questions: { element: string }[]; scale: unknown[] };
    broken.questions[3]!.element = 'B99.E1';
    broken.scale.pop();
    const r = call(ctx, 'frameworks.import', { content: JSON.stringify(broken), fileName: 'licensed.json' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect((r.error.details?.problems as { path: string }[]).map((p) => p.path).sort()).toEqual([
      'questions.3.element',
      'scale',
    ]);
  });
});

describe('survey import', () => {
  const setup = () => {
    const ctx = testContext();
    const { id } = must(call(ctx, 'assessments.create', { engagementId: engagementIn(ctx), mode: 'survey' }));
    return { ctx, id };
  };
  const count = (ctx: ReturnType<typeof testContext>) =>
    ctx.db.prepare('SELECT (SELECT count(*) FROM respondents) AS r, (SELECT count(*) FROM answers) AS a').get();

  it('imports comma or semicolon files, with or without BOM, counting scores, n/a and skipped', () => {
    for (const [delimiter, bom] of [
      [',', ''],
      [';', '\uFEFF'],
    ] as const) {
      const { ctx, id } = setup();
      const file =
        bom +
        csv(
          [row('R1', 'staff', (_, i) => (i === 0 ? 'n/a' : i === 1 ? '' : '4')), row('R2', 'management', () => '5')],
          delimiter,
        );
      const report = must(call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: b64(file) }));
      expect(report).toEqual({ added: 2, replaced: 0, answers: 43 + 45, notApplicable: 1, skipped: 1 });
    }
  });

  it('refuses a broken file whole, listing every problem by line and column, and writes nothing', () => {
    const { ctx, id } = setup();
    const lines = csv([
      row('R1', 'staff', () => '3'),
      row('R2', 'stuff', () => '3'),
      row('R3', '', (_, i) => (i === 2 ? '6' : '3')),
      row('R1', 'management', () => '3'),
    ]).replace('B9.Q5', 'B9.Q7');
    const r = call(ctx, 'assessments.importResponses', {
      assessmentId: id,
      contentBase64: b64(lines),
      fileName: 'survey.csv',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.message).toMatch(/^survey\.csv was not imported: 5 problems; nothing was changed\.$/);
    const problems = r.error.details?.problems as { line: number; column: string }[];
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [1, 'B9.Q7'],
      [3, 'role'],
      [4, 'role'],
      [4, 'B1.Q3'],
      [5, 'respondent'],
    ]);
    expect(count(ctx)).toEqual({ r: 0, a: 0 });
  });

  it('refuses a file with the wrong delimiter and a file that is not UTF-8', () => {
    const { ctx, id } = setup();
    const tabs = call(ctx, 'assessments.importResponses', {
      assessmentId: id,
      contentBase64: b64(csv([row('R1', 'staff', () => '3')], '\t')),
    });
    expect(tabs.ok || (tabs.error.details?.problems as { message: string }[])[0]?.message).toMatch(/separated by tabs/);
    expect(tabs.ok || (tabs.error.details?.problems as { code: string }[])[0]?.code).toBe('responses_header_tabs');
    const latin1 = Buffer.concat([Buffer.from(csv([])), Buffer.from('Jos\xe9,staff,3\r\n', 'latin1')]);
    const enc = call(ctx, 'assessments.importResponses', {
      assessmentId: id,
      contentBase64: latin1.toString('base64'),
    });
    expect(enc.ok || (enc.error.details?.problems as { line: number; message: string }[])[0]).toEqual({
      line: 2,
      column: null,
      code: 'not_utf8_line',
      params: {},
      message: 'This line is not valid UTF-8 text. Save the file as "CSV UTF-8" and import it again.',
    });
    expect(count(ctx)).toEqual({ r: 0, a: 0 });
  });

  it('refuses respondents that already exist unless replace is asked, then replaces their answers', () => {
    const { ctx, id } = setup();
    must(
      call(ctx, 'assessments.importResponses', {
        assessmentId: id,
        contentBase64: b64(csv([row('R1', 'staff', () => '2')])),
      }),
    );
    const again = b64(csv([row('R1', 'staff', () => '4'), row('R2', 'staff', () => '4')]));
    const refused = call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: again });
    expect(refused.ok || refused.error.code).toBe('conflict');
    expect(count(ctx)).toEqual({ r: 1, a: 45 });
    expect(
      must(call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: again, replace: true })),
    ).toMatchObject({ added: 1, replaced: 1 });
    expect(must(call(ctx, 'assessments.results', { id })).overall.score).toBe(4);
  });

  it('replaces a respondent in place: same id, the file’s role, no name, no notes, no answers the file leaves empty', () => {
    const { ctx, id } = setup();
    must(
      call(ctx, 'assessments.importResponses', {
        assessmentId: id,
        contentBase64: b64(csv([row('R1', 'staff', (_, i) => (i === 1 ? 'n/a' : '2')), row('R2', 'staff', () => '3')])),
      }),
    );
    const before = ctx.db.prepare('SELECT id, code FROM respondents ORDER BY code').all() as { id: string }[];
    const r1 = before[0]?.id as string;
    must(call(ctx, 'respondents.update', { id: r1, assessmentId: id, code: 'R1', role: 'staff', name: 'Jansen' }));
    must(
      call(ctx, 'answers.set', {
        assessmentId: id,
        respondentId: r1,
        questionId: QUESTIONS[0] as string,
        score: 2,
        comment: 'een notitie',
      }),
    );

    const again = b64(csv([row('R1', 'management', (_, i) => (i === 0 ? '' : i === 1 ? '5' : i === 2 ? 'n/a' : '4'))]));
    expect(
      must(call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: again, replace: true })),
    ).toEqual({ added: 0, replaced: 1, answers: 43, notApplicable: 1, skipped: 1 });

    expect(ctx.db.prepare('SELECT id, code, role, name FROM respondents ORDER BY code').all()).toEqual([
      { id: r1, code: 'R1', role: 'management', name: null },
      { id: before[1]?.id, code: 'R2', role: 'staff', name: null },
    ]);
    const answers = ctx.db
      .prepare('SELECT question_id AS q, score, not_applicable AS na, comment FROM answers WHERE respondent_id = ?')
      .all(r1) as { q: string; score: number | null; na: number; comment: string | null }[];
    expect(answers).toHaveLength(44);
    expect(answers.find((a) => a.q === QUESTIONS[0])).toBeUndefined();
    expect(answers.find((a) => a.q === QUESTIONS[1])).toMatchObject({ score: 5, na: 0 });
    expect(answers.find((a) => a.q === QUESTIONS[2])).toMatchObject({ score: null, na: 1 });
    expect(answers.every((a) => a.comment === null)).toBe(true);
    expect(count(ctx)).toEqual({ r: 2, a: 44 + 45 });
  });

  it('writes every cell of many respondents under its own question with the import time, and a replacing import deletes the cells it leaves empty', () => {
    const { ctx, id } = setup();
    // 23 respondents: more than one statement holds, with a part-filled last one.
    const score = (r: number, i: number) => ((r * 7 + i * 3) % 6 === 5 ? 'n/a' : String(1 + ((r + i) % 5)));
    const codes = Array.from({ length: 23 }, (_, r) => `R${r + 1}`);
    must(
      call(ctx, 'assessments.importResponses', {
        assessmentId: id,
        contentBase64: b64(csv(codes.map((code, r) => row(code, 'staff', (_, i) => score(r, i))))),
      }),
    );
    const stored = () =>
      ctx.db
        .prepare(
          `SELECT r.code, x.question_id AS q, x.score, x.not_applicable AS na, x.updated_at AS at
           FROM answers x JOIN respondents r ON r.id = x.respondent_id`,
        )
        .all() as { code: string; q: string; score: number | null; na: number; at: string }[];
    const first = stored();
    expect(first).toHaveLength(23 * QUESTIONS.length);
    for (const a of first) {
      const r = Number(a.code.slice(1)) - 1;
      const expected = score(r, QUESTIONS.indexOf(a.q));
      expect(expected === 'n/a' ? { score: null, na: 1 } : { score: Number(expected), na: 0 }).toEqual({
        score: a.score,
        na: a.na,
      });
      expect(a.at).toBe('2026-11-22T10:00:00.000Z');
    }

    // A note on an answer the next file repeats unchanged.
    const r1 = (ctx.db.prepare("SELECT id FROM respondents WHERE code = 'R1'").get() as { id: string }).id;
    const noted = QUESTIONS.find((_, i) => score(0, i) === '4') as string;
    must(
      call(ctx, 'answers.set', { assessmentId: id, respondentId: r1, questionId: noted, score: 4, comment: 'noot' }),
    );

    // Again, an hour later, replacing: each respondent leaves a different question empty and answers the rest
    // 4. An answer that was 4 already keeps its time; every other one takes the new import's time.
    const later = '2026-11-22T11:00:00.000Z';
    ctx.now().setTime(Date.parse(later));
    const again = codes.map((code, r) => row(code, 'staff', (_, i) => (i === r ? '' : '4')));
    expect(
      must(
        call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: b64(csv(again)), replace: true }),
      ),
    ).toMatchObject({ added: 0, replaced: 23, skipped: 23 });
    const second = stored();
    expect(second).toHaveLength(23 * (QUESTIONS.length - 1));
    expect(second.every((a) => a.score === 4 && a.na === 0)).toBe(true);
    for (const [r, code] of codes.entries()) {
      expect(second.some((a) => a.code === code && a.q === QUESTIONS[r])).toBe(false);
    }
    for (const a of second) {
      const unchanged = score(Number(a.code.slice(1)) - 1, QUESTIONS.indexOf(a.q)) === '4';
      const wasNoted = a.code === 'R1' && a.q === noted;
      expect(a.at).toBe(unchanged && !wasNoted ? '2026-11-22T10:00:00.000Z' : later);
    }
    expect(ctx.db.prepare('SELECT count(*) FROM answers WHERE comment IS NOT NULL').pluck().get()).toBe(0);
  });

  it('writes a template with the exact header, semicolons and a BOM for Dutch Excel', () => {
    const { ctx, id } = setup();
    expect(must(call(ctx, 'assessments.template', { assessmentId: id })).csv).toBe(
      `respondent,role,${QUESTIONS.join(',')}\r\n`,
    );
    expect(
      must(call(ctx, 'assessments.template', { assessmentId: id, delimiter: ';' })).csv.startsWith(
        '\uFEFFrespondent;role;B1.Q1;',
      ),
    ).toBe(true);
  });
});

describe('results', () => {
  it('compares a round with the previous finalized round of the engagement', () => {
    const ctx = testContext();
    const engagementId = engagementIn(ctx);
    const first = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey', heldOn: '2026-01-10' })).id;
    must(
      call(ctx, 'assessments.importResponses', {
        assessmentId: first,
        contentBase64: b64(csv([row('R1', 'staff', () => '2')])),
      }),
    );
    const second = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey', heldOn: '2026-10-10' })).id;
    must(
      call(ctx, 'assessments.importResponses', {
        assessmentId: second,
        contentBase64: b64(csv([row('R1', 'staff', () => '3')])),
      }),
    );
    expect(must(call(ctx, 'assessments.results', { id: second })).previous).toBeNull();
    must(call(ctx, 'assessments.finalize', { id: first }));
    const r = must(call(ctx, 'assessments.results', { id: second }));
    expect(r.previous).toMatchObject({ assessmentId: first, round: 'Baseline', overall: { score: 2, delta: 1 } });
    expect(r.previous?.blocks.every((b) => b.delta === 1)).toBe(true);
  });
});

describe('assessment through the CLI alone', () => {
  it('creates a client, engagement and survey round, imports 20 respondents with n/a cells and prints the results', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.sqlite');
    const id = async (args: string[]) => {
      const r = await sxw(['--db', db, ...args, '--json']);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { id: string }).id;
    };
    const client = await id([
      'clients',
      'add',
      '--name',
      'Gemeente',
      '--sector',
      'O',
      '--size',
      '250-999',
      '--country',
      'NL',
    ]);
    const engagement = await id([
      'engagements',
      'add',
      '--client',
      client,
      '--title',
      'Nulmeting',
      '--purpose',
      'diagnosis',
    ]);
    const assessment = await id([
      'assessment',
      'create',
      '--engagement',
      engagement,
      '--mode',
      'survey',
      '--round',
      'Nulmeting',
    ]);

    // 6 management scoring 4, 10 staff and 4 frontline scoring 3 on odd questions and 2 on even ones; some n/a.
    const rows = Array.from({ length: 20 }, (_, i) => {
      const role = i < 6 ? 'management' : i < 16 ? 'staff' : 'frontline';
      return row(`R${i + 1}`, role, (_, q) =>
        q % 9 === i % 9 ? 'n/a' : role === 'management' ? '4' : q % 2 ? '2' : '3',
      );
    });
    const file = path.join(dir, 'survey.csv');
    fs.writeFileSync(file, csv(rows, ';'));
    const imported = await sxw([
      '--db',
      db,
      'assessment',
      'import',
      '--assessment',
      assessment,
      '--file',
      file,
      '--json',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      added: 20,
      replaced: 0,
      answers: 800,
      notApplicable: 100,
      skipped: 0,
    });

    const shifts = path.join(dir, 'shifts.json');
    fs.writeFileSync(shifts, JSON.stringify({ S1: { now: 3, desired: 8 } }));
    expect((await sxw(['--db', db, 'assessment', 'shifts', '--assessment', assessment, '--file', shifts])).code).toBe(
      0,
    );

    const out = await sxw(['--db', db, 'assessment', 'results', '--assessment', assessment, '--json']);
    expect(out.code).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(r.respondents).toBe(20);
    expect(r.notApplicable).toBe(100);
    expect(r.blocks).toHaveLength(9);
    expect(r.blocks[0]).toMatchObject({ id: 'B1', n: 20 });
    expect(r.gaps[0]).toMatchObject({ block: 'B1', management: 4, suppressed: false, flagged: true });
    expect(r.gaps[0].gap).toBeGreaterThan(1);
    expect(
      r.roles.filter((x: { block: string }) => x.block === 'B1').map((x: { role: string; n: number }) => [x.role, x.n]),
    ).toEqual([
      ['management', 6],
      ['staff', 10],
      ['frontline', 4],
    ]);
    expect(r.pyramid.levels.map((l: { id: string }) => l.id)).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(r.shifts[0]).toEqual({ id: 'S1', now: 3, desired: 8 });
    expect(r.strengths).toHaveLength(3);
    expect(Object.keys(r.overall)).toEqual(['score', 'index', 'blocksScored', 'n', 'sd']);
  });

  it('exits 2 on a malformed CSV, names line and column, and leaves the database unchanged', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.sqlite');
    const run = async (args: string[]) => (await sxw(['--db', db, ...args])).stdout.trim();
    const client = await run(['clients', 'add', '--name', 'X', '--sector', 'K', '--size', '1-9', '--country', 'NL']);
    const engagement = await run(['engagements', 'add', '--client', client, '--title', 'T', '--purpose', 'diagnosis']);
    const assessment = await run(['assessment', 'create', '--engagement', engagement, '--mode', 'survey']);
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, csv([row('R1', 'staff', (_, i) => (i === 7 ? 'seven' : '3'))]));
    const before = fs.readFileSync(db).length;
    const r = await sxw(['--db', db, 'assessment', 'import', '--assessment', assessment, '--file', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2, column B2\.Q3: The answer “seven” matches no score 1–5/);
    expect(
      JSON.parse((await sxw(['--db', db, 'assessment', 'list', '--engagement', engagement, '--json'])).stdout)[0]
        .respondentCount,
    ).toBe(0);
    expect(before).toBeGreaterThan(0);
  });
});
