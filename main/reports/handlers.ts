import type { reportOperations } from '../../shared/reports/operations';
import type { HandlersOf } from '../api/handlers';
import { recordReportExport } from './exports';
import * as reports from './reports';

export const reportHandlers: HandlersOf<typeof reportOperations> = {
  'reports.build': (input, ctx) => reports.buildReport(ctx, input),
  'reports.save': (input, ctx) => reports.saveReport(ctx, input),
  'reports.recordExport': (input, ctx) => recordReportExport(ctx, input),
  'files.showInFolder': ({ path }, ctx) => reports.showInFolder(ctx, path),
};
