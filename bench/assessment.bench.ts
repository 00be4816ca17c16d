import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call } from '../main/api/dispatch';
import { UPSERT_ANSWER_SQL } from '../main/assessments/repository';
import { openWorkbenchDatabase } from '../main/db/open';
import { createContext } from '../main/api/context';
import { sxDefault } from '../shared/frameworks/sxDefault';
import { type ScoringAnswer, scoreAssessment } from '../shared/results/results';
import type { BenchCase } from './harness';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const RESPONDENTS = 200;

export function assessmentBenchmarks(): BenchCase[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const db = openWorkbenchDatabase(file);
  const ctx = createContext({ db, databasePath: file, transport: 'bridge' });
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Bench', sector: 'K', sizeBand: '1-9', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', { clientId, title: 'Bench', purpose: 'diagnosis' }),
  );
  const { id: assessmentId } = must(call(ctx, 'assessments.create', { engagementId, mode: 'workshop' }));
  const { id: respondentId } = must(
    call(ctx, 'respondents.create', { assessmentId, code: 'Table 1', role: 'management' }),
  );
  const questions = sxDefault.questions.map((q) => q.id);

  // The same upsert, alone in its own transaction, on the same connection (WAL, synchronous = FULL: every
  // commit is flushed to the disk before it returns): the floor for saving one answer durably.
  const bareUpsert = db.prepare(UPSERT_ANSWER_SQL);
  const bareSave = db.transaction((questionId: string, score: number) =>
    bareUpsert.run({
      respondentId,
      questionId,
      score,
      notApplicable: 0,
      comment: null,
      updatedAt: new Date().toISOString(),
    }),
  );
  let k = 0;
  let j = 0;

  // 200 respondents × 45 questions, with a few n/a and skipped answers, scored in memory.
  const roles = ['management', 'staff', 'frontline', 'customer', 'other'] as const;
  const respondents = Array.from({ length: RESPONDENTS }, (_, i) => ({
    id: `r${i}`,
    role: roles[i % roles.length] as (typeof roles)[number],
  }));
  const answers: ScoringAnswer[] = [];
  respondents.forEach((r, i) =>
    questions.forEach((questionId, q) => {
      if ((i + q) % 23 === 0) return;
      answers.push({ respondentId: r.id, questionId, score: (i * 7 + q) % 17 === 0 ? null : ((i + q) % 5) + 1 });
    }),
  );
  const blockOf = new Map(sxDefault.questions.map((q) => [q.id, q.element.split('.')[0] as string]));

  /** The least a results screen could do: one pass computing the plain mean of every block's answers. */
  const blockMeansOnly = () => {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const a of answers) {
      if (a.score === null) continue;
      const b = blockOf.get(a.questionId) as string;
      const acc = sums.get(b) ?? { sum: 0, n: 0 };
      acc.sum += a.score;
      acc.n++;
      sums.set(b, acc);
    }
    return [...sums].map(([b, { sum, n }]) => [b, sum / n]);
  };

  return [
    {
      name: 'answer saved through the service (validate, check, upsert, commit), synchronous=FULL',
      referenceName: 'same upsert alone in one transaction, same setting',
      run: () =>
        call(ctx, 'answers.set', {
          assessmentId,
          respondentId,
          questionId: questions[k++ % questions.length],
          score: (k % 5) + 1,
        }),
      reference: () => bareSave(questions[j++ % questions.length] as string, (j % 5) + 1),
      goal: '≤ 1.5×, p99 < 5 ms',
      iterations: 10_000,
    },
    {
      name: `results, ${RESPONDENTS} respondents × ${questions.length} questions`,
      referenceName: 'one pass: block means only',
      run: () => scoreAssessment(sxDefault, respondents, answers),
      reference: blockMeansOnly,
      goal: '< 10 ms, ≤ 3×',
      iterations: 200,
    },
  ];
}
