import type { ReportBlock } from '../model';
import type { ReportWriter } from './writer';

const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+/;

/**
 * The consultant's own text as report blocks: paragraphs separated by a blank line, a line that starts with
 * "- ", "* ", "• " or "1. " a bullet; consecutive bullets form one list, lines of a paragraph join with a space.
 */
export function notesBlocks(text: string): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let paragraph: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', content: [paragraph.join(' ')] });
    if (bullets.length > 0) blocks.push({ kind: 'bullets', items: bullets.map((b) => [b]) });
    paragraph = [];
    bullets = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
    } else if (BULLET.test(raw)) {
      if (paragraph.length > 0) flush();
      bullets.push(line.replace(BULLET, '').trim());
    } else if (bullets.length > 0 && /^\s/.test(raw)) {
      // An indented line continues the bullet above it.
      bullets[bullets.length - 1] += ` ${line}`;
    } else {
      if (bullets.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** The key messages and recommendations the consultant wrote for this round, at the head of the summary. */
export function writeConsultantNotes(w: ReportWriter): void {
  const notes = w.input.notes;
  if (!notes) return;
  const { t } = w;
  const keyMessages = notesBlocks(notes.keyMessages);
  const recommendations = notesBlocks(notes.recommendations);
  if (keyMessages.length > 0) {
    w.heading(2, t('notes.keyMessagesTitle'));
    w.blocks.push(...keyMessages);
  }
  if (recommendations.length > 0) {
    w.heading(2, t('notes.recommendationsTitle'));
    w.blocks.push(...recommendations);
  }
}
