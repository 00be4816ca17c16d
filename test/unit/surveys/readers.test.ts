import { describe, expect, it } from 'vitest';
import { detectDelimiter, readSurveyFile } from '../../../main/surveys/readers';

const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
};

describe('reading delimited survey files', () => {
  const text = 'Rol\tVraag één, met komma\r\nmedewerker\t3\r\n';

  it.each([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with a BOM', Buffer.from(`\uFEFF${text}`)],
    ['UTF-16LE with a BOM (Excel "Unicode text")', utf16(text, 'le')],
    ['UTF-16BE with a BOM', utf16(text, 'be')],
  ])('reads %s the same', async (_, bytes) => {
    const read = await readSurveyFile(bytes, 'en');
    expect(read.ok && read.table.rows).toEqual([
      ['Rol', 'Vraag één, met komma'],
      ['medewerker', '3'],
    ]);
  });

  it('takes the separator that occurs most outside quotes in the first line', () => {
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('a;"b,c,d";e\n')).toBe(';');
    expect(detectDelimiter('a\tb,c\td\n')).toBe('\t');
  });

  it('numbers each row by the physical line it starts on, also after a field spanning lines', async () => {
    const read = await readSurveyFile(Buffer.from('Role,Q\r\nstaff,"two\r\nlines"\r\n\r\nstaff,3\r\n'), 'en');
    expect(read.ok && read.table.lines).toEqual([1, 2, 4, 5]);
  });

  it('names the first line that is not UTF-8', async () => {
    const read = await readSurveyFile(
      Buffer.concat([Buffer.from('Role,Q\nstaff,3\n'), Buffer.from('Jos\xe9,3\n', 'latin1')]),
      'nl',
    );
    expect(read.ok || read.problems).toEqual([
      { line: 3, column: null, value: null, message: expect.stringMatching(/UTF-8/) },
    ]);
  });

  it('refuses a binary file that is neither a workbook nor text', async () => {
    const read = await readSurveyFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'en');
    expect(read.ok).toBe(false);
  });
});
