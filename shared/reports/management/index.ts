import { translator } from '../../i18n';
import type { ReportBlock, ReportDocument } from '../model';
import { writeAppendix } from './appendix';
import { writeBlocks } from './blocks';
import { writeChanges } from './changes';
import type { ManagementReportInput } from './input';
import { writeMethod } from './method';
import { writePerception } from './perception';
import { writePyramid } from './pyramid';
import { writeRoadmap } from './roadmap';
import { writeShifts } from './shifts';
import { writeSummary } from './summary';
import { createWriter } from './writer';

export type { BenchmarkAbsence, ManagementReportInput } from './input';
export { suggestNotes } from './suggestions';
export { notesBlocks } from './notes';

/**
 * The management-development report as a document model: a pure function of the round's results, the
 * benchmark comparison and the firm's branding, in one language. Chapter order follows how a management
 * team reads: the summary first, the method before the numbers, the detail last.
 */
export function buildManagementReport(input: ManagementReportInput): ReportDocument {
  const w = createWriter(input);
  const { t, f } = w;
  const { assessment, engagement } = input;
  const client = engagement.clientName;

  w.blocks.push({ kind: 'toc', title: t('toc.title') });
  writeSummary(w);
  writeMethod(w);
  writeBlocks(w);
  writePerception(w);
  writePyramid(w);
  writeShifts(w);
  writeChanges(w);
  writeRoadmap(w);
  writeAppendix(w);
  numberCaptions(w.blocks, t('figure'), t('table'));

  const notSet = t('facts.notSet');
  return {
    kind: 'management',
    language: input.language,
    title: t('title'),
    subject: t('subtitle', { client, round: assessment.round }),
    draft: assessment.status === 'finalized' ? null : { label: t('draft') },
    branding: input.branding,
    cover: {
      title: t('title'),
      subtitle: t('subtitle', { client, round: assessment.round }),
      facts: [
        { label: t('facts.client'), value: client },
        { label: t('facts.engagement'), value: engagement.title },
        { label: t('facts.round'), value: assessment.round },
        { label: t('facts.heldOn'), value: assessment.heldOn ? f.date(assessment.heldOn) : notSet },
        { label: t('facts.reportDate'), value: f.date(input.generatedOn) },
        // No line for what is not known: an empty consultant line reads as an omission.
        ...(engagement.lead ? [{ label: t('facts.consultant'), value: engagement.lead }] : []),
        ...(input.branding.firmName ? [{ label: t('facts.firm'), value: input.branding.firmName }] : []),
      ],
      confidentiality: t('confidential', { client }),
    },
    header: t('header', { client, round: assessment.round }),
    footer: { page: t('page'), of: t('of') },
    body: w.blocks,
    warnings: input.warnings.map((code) => t(`warnings.${code}`)),
  };
}

/**
 * "Figuur 3: …" and "Tabel 5: …": figures and tables numbered separately in reading order, so the text and a
 * reader can point at them. A figure that could not be drawn keeps its number: its caption still stands.
 */
function numberCaptions(blocks: ReportBlock[], figure: string, table: string): void {
  let figures = 0;
  let tables = 0;
  for (const block of blocks) {
    if (block.kind === 'chart' || block.kind === 'absent') block.caption = `${figure} ${++figures}: ${block.caption}`;
    else if (block.kind === 'table') block.caption = `${table} ${++tables}: ${block.caption}`;
  }
}

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** `<client> – <round> – SE report – <date>.docx`, safe on every file system and at most 150 characters. */
export function managementReportFileName(
  input: Pick<ManagementReportInput, 'language' | 'generatedOn' | 'engagement' | 'assessment'>,
): string {
  const t = translator(input.language);
  const clean = (s: string) => s.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const base = clean(
    t('report.fileName', {
      client: clean(input.engagement.clientName),
      round: clean(input.assessment.round),
      date: input.generatedOn,
    }),
  )
    .slice(0, 145)
    .replace(/[. ]+$/, '');
  return `${base || 'report'}.docx`;
}
