import type { LengthUnit } from './scheme';

/**
 * How long a part's text is, the way a scheme's limit counts it and the editor shows it live: characters
 * as a reader sees them (code points of the NFC form, surrounding white space left out) or words (runs of
 * non-space). The service refuses a text over its limit by the same count.
 */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text.normalize('NFC').trim()) n++;
  return n;
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

export function countText(text: string, unit: LengthUnit): number {
  return unit === 'words' ? wordCount(text) : characterCount(text);
}
