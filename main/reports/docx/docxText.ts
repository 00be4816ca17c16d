import { TextRun } from 'docx';
import type { Inline } from '../../../shared/reports/model';

export interface RunLook {
  bold?: boolean | undefined;
  italics?: boolean | undefined;
  color?: string | undefined;
}

/**
 * Text as Word runs. A line break in the model's text becomes a real line break: inside `<w:t>` Word would
 * not break the line there. Only formatting that is on is written, so "not bold" never overrides a style.
 */
export function textRuns(text: string, look: RunLook = {}): TextRun[] {
  const format = {
    ...(look.bold ? { bold: true } : {}),
    ...(look.italics ? { italics: true } : {}),
    ...(look.color ? { color: look.color } : {}),
  };
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, ...format, ...(i > 0 ? { break: 1 } : {}) }));
}

/** Running text: plain strings, bold and italic spans. */
export function inlineRuns(content: Inline[], look: RunLook = {}): TextRun[] {
  return content.flatMap((piece) =>
    typeof piece === 'string'
      ? textRuns(piece, look)
      : textRuns(piece.text, { ...look, bold: piece.bold || look.bold, italics: piece.italic || look.italics }),
  );
}
