/**
 * Text that comes from outside (a cell of an imported file, a client's name) and goes out again (a terminal,
 * a spreadsheet). Small pure rules, shared by every reader and writer.
 */

/**
 * C0 and C1 control characters other than tab and line feed, and DEL: a cell holding ESC sequences must not
 * repaint a consultant's terminal when the CLI prints it back in an error message.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Control characters written as visible escapes (`\x1b`, `\u009b`), everything else as it was. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What a spreadsheet would run as a formula (or a DDE call) when a text cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * A text cell Excel, LibreOffice and Google Sheets show as written and never run: a leading apostrophe
 * (OWASP's advice for CSV injection). Only text that would otherwise start a formula is changed, so a client
 * called "@Home" reads "'@Home" in the sheet and stays "@Home" everywhere else.
 */
export function neutralizeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * The line number of a last line that lacks the line ending every other line has — a file cut short while
 * copying or downloading — or null. A one-line file, or one whose every line ends the same way, is whole.
 */
export function cutShortLine(text: string): number | null {
  if (text === '' || text.endsWith('\n')) return null;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines > 1 ? lines : null;
}
