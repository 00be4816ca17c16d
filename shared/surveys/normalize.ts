/**
 * How a header or an answer from a survey tool is compared with the framework's texts: the same words read
 * the same whatever the tool or the person who typed the form did to them — case, repeated or non-breaking
 * spaces, curly or straight quotes, a trailing full stop or question mark, and an id tag such as `[B1.Q1]`
 * that a consultant may add to a question's text (docs/file-formats.md "Survey exports").
 */

const SPACES = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const TRAILING_PUNCTUATION = /[\s.?!:;,…*]+$/;
const ID_TAG = /\s*\[([A-Za-z][A-Za-z0-9_.-]{0,63})\]\s*/g;

/** The comparable form of a text; '' for an empty or missing one. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(SPACES, ' ')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(ID_TAG, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '')
    .replace(/^["']+(.*?)["']+$/, '$1')
    .trim()
    .toLowerCase();
}

/** The id tags a text carries, e.g. `Q [B1.Q1]` → ['B1.Q1']. */
export function idTags(text: string): string[] {
  return [...text.matchAll(ID_TAG)].map((m) => m[1] as string);
}
