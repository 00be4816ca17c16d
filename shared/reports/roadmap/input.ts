import type { Language } from '../../domain/identifiers';
import type { FrameworkFile } from '../../frameworks/schema';
import type { Roadmap } from '../../roadmap/schemas';
import type { ReportBranding } from '../model';

/** Everything the roadmap document is made of; gathered by `main/roadmap/exports.ts`. */
export interface RoadmapReportInput {
  language: Language;
  /** `YYYY-MM-DD`: the date on the cover and in the file name. */
  generatedOn: string;
  framework: FrameworkFile;
  roadmap: Roadmap;
  engagement: { title: string; clientName: string; lead: string | null };
  branding: ReportBranding;
  /** Warning codes found while gathering (an unreadable logo); translated into the document's language. */
  warnings: ('logo_unreadable' | 'logo_unsupported_type')[];
}
