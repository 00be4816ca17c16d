import { command, query } from '../api/operation';
import { z } from 'zod';
import { Id } from '../domain/primitives';
import {
  type BuiltReport,
  ReportExportInput,
  ReportRequest,
  type RoundNotes,
  RoundNotesInput,
  type SavedReport,
  ShowInFolderInput,
} from './schemas';

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
      'notes',
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
  /** A round's key messages and recommendations (nl and en), invited counts, and suggestions from its numbers. */
  'reports.notes': query<RoundNotes>()({
    input: z.object({ assessmentId: Id }),
    reads: ['notes', 'assessments', 'respondents', 'answers', 'shifts', 'pool', 'engagements', 'clients', 'frameworks'],
    errors: ['not_found'],
  }),
  /**
   * Saves the consultant's layer of a round in one language with the invited counts. `invalid_input` on the
   * field when an invited count is below the respondents of that role: nothing is saved.
   */
  'reports.saveNotes': command<{ updatedAt: string }>()({
    input: RoundNotesInput,
    writes: ['notes'],
    audit: 'assessment',
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
