import type { reportOperations } from '../../shared/reports/operations';
import type { HandlersOf } from '../api/handlers';
import { recordReportExport } from './exports';
import { getRoundNotes, saveRoundNotes } from './notes';
import * as reports from './reports';

export const reportHandlers: HandlersOf<typeof reportOperations> = {
  'reports.build': (input, ctx, job) => reports.buildReport(ctx, input, job),
  'reports.save': (input, ctx, job) => reports.saveReport(ctx, input, job),
  'reports.recordExport': (input, ctx) => recordReportExport(ctx, input),
  'reports.notes': ({ assessmentId }, ctx) => getRoundNotes(ctx, assessmentId),
  'reports.saveNotes': (input, ctx) => saveRoundNotes(ctx, input),
  'files.showInFolder': ({ path }, ctx) => reports.showInFolder(ctx, path),
};
