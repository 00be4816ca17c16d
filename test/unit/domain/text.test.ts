import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutShortLine, escapeControls, looksLikeFormula, neutralizeFormula } from '../../../shared/domain/text';

describe('text from outside', () => {
  it('escapes terminal control sequences but keeps tabs, new lines and letters', () => {
    expect(escapeControls('bad\u001b[2J\u009b31mcell')).toBe('bad\\x1b[2J\\x9b31mcell');
    expect(escapeControls('a\tb\nc é ü')).toBe('a\tb\nc é ü');
    const controls = [...Array(32).keys(), ...Array.from({ length: 33 }, (_, i) => 0x7f + i)]
      .filter((c) => c !== 9 && c !== 10)
      .map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string(), (s) => !controls.some((c) => escapeControls(s).includes(c))));
  });

  it('neutralises text a spreadsheet would run, and only that', () => {
    for (const t of ['=1+1', '+31 6', '-2', '@Home', '\tx', '\rx']) {
      expect(looksLikeFormula(t)).toBe(true);
      expect(neutralizeFormula(t)).toBe(`'${t}`);
    }
    for (const t of ['Acme', '3,5', '', "'quoted"]) expect(neutralizeFormula(t)).toBe(t);
  });

  it('finds a last line without the line ending the others have', () => {
    expect(cutShortLine('a,b\n1,2\n')).toBeNull();
    expect(cutShortLine('a,b\r\n1,2\r\n')).toBeNull();
    expect(cutShortLine('a,b')).toBeNull();
    expect(cutShortLine('a,b\n1,2')).toBe(2);
    expect(cutShortLine('a,b\r\n1,2\r\n3,')).toBe(3);
  });
});
