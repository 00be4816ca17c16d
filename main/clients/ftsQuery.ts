/**
 * Turns what a user types into an FTS5 query: every word must match as a prefix ("zorg amst" finds
 * "Zorggroep Amstelland"). Words are quoted, so FTS syntax characters (", *, -, :, NEAR, OR) in the input
 * are searched for as text and never parsed as operators. Returns null when nothing searchable remains.
 */
export function ftsPrefixQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' ');
}
