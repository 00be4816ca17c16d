import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ftsPrefixQuery } from '../../../main/clients/ftsQuery';

describe('search text to FTS5 query', () => {
  it('makes every word a quoted prefix term', () => {
    expect(ftsPrefixQuery('zorg amst')).toBe('"zorg"* "amst"*');
    expect(ftsPrefixQuery("  O'Brien & Zn. ")).toBe('"O"* "Brien"* "Zn"*');
  });

  it('returns null when nothing searchable is typed', () => {
    expect(ftsPrefixQuery('')).toBeNull();
    expect(ftsPrefixQuery(' -*"() ')).toBeNull();
  });

  it('never lets FTS syntax through, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const q = ftsPrefixQuery(input);
        if (q === null) return;
        for (const term of q.split(' ')) expect(term).toMatch(/^"[\p{L}\p{N}]+"\*$/u);
      }),
    );
  });
});
