import { describe, expect, it } from 'vitest';
import { parseResponsesCsv } from '../../../main/assessments/responsesCsv';

/**
 * The Responses CSV names each problem by the line a consultant sees in an editor: a quoted field with a line
 * break inside it moves the lines after it by exactly the lines it spans — also with Windows (CRLF) line
 * ends, which csv-parse's own line count counted twice — and a record that spans lines is named by its first.
 */

const QUESTIONS = ['q1', 'q2'];

function problemLines(text: string): { line: number | null; column: string | null }[] {
  const parsed = parseResponsesCsv(Buffer.from(text, 'utf8'), QUESTIONS);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems.map((p) => ({ line: p.line, column: p.column }));
}

describe('Responses CSV line numbers', () => {
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`names the line after a quoted field with a line break in it (${name})`, () => {
      const text = [
        'respondent,role,q1,q2',
        `"R1 first${eol}and second",staff,3,4`,
        'R2,staff,3,9',
        '',
        'R3,staff,x,2',
        '',
      ].join(eol);
      // R1 spans lines 2–3; R2 is on line 4, the empty line 5 is skipped, R3 is on line 6.
      expect(problemLines(text)).toEqual([
        { line: 2, column: 'respondent' },
        { line: 4, column: 'q2' },
        { line: 6, column: 'q1' },
      ]);
    });
  }

  it('counts lines in a file with non-ASCII text (positions are in bytes)', () => {
    const text = ['respondent;role;q1;q2', '"Zoë\r\nvan Dijk";medewerker;1;2', 'Björn;staff;6;2', ''].join('\r\n');
    expect(problemLines(text)).toEqual([
      { line: 2, column: 'respondent' },
      { line: 2, column: 'role' },
      { line: 4, column: 'q1' },
    ]);
  });
});
