import type { reportOperations } from '../../shared/reports/operations';
import type { HandlersOf } from '../api/handlers';
import * as reports from './reports';

export const reportHandlers: HandlersOf<typeof reportOperations> = {
  'reports.build': (input, ctx, job) => reports.buildReport(ctx, input, job),
  'reports.save': (input, ctx, job) => reports.saveReport(ctx, input, job),
  'files.showInFolder': ({ path }, ctx) => reports.showInFolder(ctx, path),
};
