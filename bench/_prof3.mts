import { sxDefault } from '../shared/framework/sxDefault';
import { type ScoringAnswer, scoreAssessment } from '../shared/scoring/results';
const roles = ['management', 'staff', 'frontline', 'customer', 'other'] as const;
const respondents = Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, role: roles[i % roles.length]! }));
const questions = sxDefault.questions.map((q) => q.id);
const answers: ScoringAnswer[] = [];
respondents.forEach((r, i) =>
  questions.forEach((questionId, q) => {
    if ((i + q) % 23 === 0) return;
    answers.push({ respondentId: r.id, questionId, score: (i * 7 + q) % 17 === 0 ? null : ((i + q) % 5) + 1 });
  }),
);
for (let i = 0; i < 50; i++) scoreAssessment(sxDefault, respondents, answers);
const t = performance.now();
for (let i = 0; i < 100; i++) scoreAssessment(sxDefault, respondents, answers);
console.log(((performance.now() - t) / 100).toFixed(3), 'ms');
{
  const t = performance.now();
  for (let i = 0; i < 100; i++) scoreAssessment(sxDefault, respondents, []);
  console.log('no answers', ((performance.now() - t) / 100).toFixed(3), 'ms');
}
{
  const m = new Map(respondents.map((r, i) => [r.id, i]));
  const qm = new Map(questions.map((q, i) => [q, i]));
  const t = performance.now();
  let s = 0;
  for (let i = 0; i < 100; i++)
    for (const a of answers) s += (m.get(a.respondentId) ?? 0) + (qm.get(a.questionId) ?? 0);
  console.log('lookups', ((performance.now() - t) / 100).toFixed(3), 'ms', s > 0);
}
{
  const t = performance.now();
  for (let i = 0; i < 100; i++)
    scoreAssessment(
      sxDefault,
      respondents.map((r) => ({ ...r, role: 'other' as const })),
      answers,
    );
  console.log('all other role', ((performance.now() - t) / 100).toFixed(3), 'ms');
}
