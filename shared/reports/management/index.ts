import { translator } from '../../i18n';
import type { ReportDocument } from '../model';
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

  w.blocks.push({ kind: 'toc', title: t('toc.title'), hint: t('toc.hint') });
  writeSummary(w);
  writeMethod(w);
  writeBlocks(w);
  writePerception(w);
  writePyramid(w);
  writeShifts(w);
  writeChanges(w);
  writeRoadmap(w);
  writeAppendix(w);

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
        { label: t('facts.consultant'), value: engagement.lead ?? notSet },
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
