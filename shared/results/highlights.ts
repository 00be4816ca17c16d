/**
 * Strengths and areas for improvement: the three highest and three lowest scored blocks (ties broken by
 * block id). With fewer than six scored blocks, the upper and the lower half — the middle one of an odd
 * count is neither — so no block is ever both.
 */
export function pickHighlights(blocks: readonly { id: string; score: number | null }[]): {
  strengths: string[];
  improvements: string[];
} {
  const scored = blocks.filter((b): b is { id: string; score: number } => b.score !== null);
  const take = scored.length >= 6 ? 3 : Math.floor(scored.length / 2);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Equal within 1e-9 is a tie (broken by block id): summation order must not pick the strength.
  const order = (x: number, y: number) => (Math.abs(x - y) <= 1e-9 ? 0 : x - y);
  const high = [...scored].sort((a, b) => order(b.score, a.score) || byId(a, b));
  const strengths = high.slice(0, take).map((b) => b.id);
  // Chosen among the rest: with equal scores the same block would otherwise head both lists.
  const low = scored.filter((b) => !strengths.includes(b.id)).sort((a, b) => order(a.score, b.score) || byId(a, b));
  return { strengths, improvements: low.slice(0, take).map((b) => b.id) };
}
