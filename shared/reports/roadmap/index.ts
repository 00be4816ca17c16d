import { translator } from '../../i18n';
import type { ReportDocument } from '../model';
import type { RoadmapReportInput } from './input';
import { writeInitiatives } from './initiatives';
import { writeMethod } from './method';
import { writeQuarters } from './quarters';
import { writeSummary } from './summary';
import { writeTimeline } from './timeline';
import { createRoadmapWriter } from './writer';

export type { RoadmapReportInput } from './input';

/**
 * The transformation roadmap as a document model, rendered by the same Word renderer as the management
 * report: summary, the timeline picture, the initiatives per quarter, one part per initiative with its
 * owner, KPI, milestones and the link back to the diagnosis, and the method. Pure, in one language.
 */
export function buildRoadmapReport(input: RoadmapReportInput): ReportDocument {
  const w = createRoadmapWriter(input);
  const { t, f } = w;
  const { engagement, roadmap } = input;
  const client = engagement.clientName;

  w.blocks.push({ kind: 'toc', title: t('toc.title') });
  writeSummary(w);
  writeTimeline(w);
  writeQuarters(w);
  writeInitiatives(w);
  writeMethod(w);

  const notSet = t('none');
  return {
    kind: 'roadmap',
    language: input.language,
    title: t('title'),
    subject: t('subtitle', { client, engagement: engagement.title }),
    draft: null,
    branding: input.branding,
    cover: {
      title: t('title'),
      subtitle: t('subtitle', { client, engagement: engagement.title }),
      facts: [
        { label: t('facts.client'), value: client },
        { label: t('facts.engagement'), value: engagement.title },
        { label: t('facts.horizon'), value: w.period(roadmap.horizon.first, roadmap.horizon.last) },
        { label: t('facts.diagnosis'), value: roadmap.latestRound?.round ?? notSet },
        { label: t('facts.reportDate'), value: f.date(input.generatedOn) },
        { label: t('facts.consultant'), value: engagement.lead ?? notSet },
        ...(input.branding.firmName ? [{ label: t('facts.firm'), value: input.branding.firmName }] : []),
      ],
      confidentiality: w.tAny('report.confidential', { client }),
    },
    header: t('header', { client, engagement: engagement.title }),
    footer: { page: w.tAny('report.page'), of: w.tAny('report.of') },
    body: w.blocks,
    warnings: input.warnings.map((code) => w.tAny(`report.warnings.${code}`)),
  };
}

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** `<client> – <engagement> – roadmap – <date>.docx|.xlsx`, safe on every file system, at most 150 characters. */
export function roadmapFileName(
  input: Pick<RoadmapReportInput, 'language' | 'generatedOn' | 'engagement'>,
  extension: 'docx' | 'xlsx',
): string {
  const t = translator(input.language);
  const clean = (s: string) => s.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const base = clean(
    t('roadmap.report.fileName', {
      client: clean(input.engagement.clientName),
      engagement: clean(input.engagement.title),
      date: input.generatedOn,
    }),
  )
    .slice(0, 144)
    .replace(/[. ]+$/, '');
  return `${base || 'roadmap'}.${extension}`;
}
