import { command, query } from '../api/operation';
import { type BuiltReport, ReportExportInput, ReportRequest, type SavedReport, ShowInFolderInput } from './schemas';

export const reportOperations = {
  /** A Word report of a round, built in memory and returned for a download (the browser over the bridge). */
  'reports.build': query<BuiltReport>()({
    input: ReportRequest,
    reads: [
      'assessments',
      'respondents',
      'answers',
      'shifts',
      'pool',
      'settings',
      'engagements',
      'clients',
      'roadmap',
      'initiatives',
    ],
    errors: ['not_found', 'cancelled'],
    async: true,
    job: true,
  }),
  /**
   * The desktop app's export: the native Save dialog, then the report written through a temporary file.
   * `unavailable` elsewhere; `file_locked` when the file is open in Word, `folder_not_writable` for a
   * read-only or vanished folder — in every failure the chosen file is left as it was.
   */
  'reports.save': command<SavedReport>()({
    input: ReportRequest,
    writes: [],
    audit: false,
    errors: ['not_found', 'unavailable', 'file_locked', 'folder_not_writable', 'cancelled'],
    async: true,
    job: true,
  }),
  /**
   * Notes that a report of a round went out — after the download, the save or `sxw report` wrote it — so Home
   * knows the round's report is done.
   */
  'reports.recordExport': command<{ exportedAt: string }>()({
    input: ReportExportInput,
    writes: ['reports'],
    audit: 'report',
    errors: ['not_found'],
  }),
  /** Shows a report this app saved in the system's file manager (desktop only). */
  'files.showInFolder': command<{ shown: boolean }>()({
    input: ShowInFolderInput,
    writes: [],
    audit: false,
    errors: ['unavailable'],
  }),
};
