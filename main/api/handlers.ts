import type { OperationName, OperationOutput, ParsedInput } from '../../shared/api/operations';
import { setAnswer, setShiftPositions } from '../assessments/answers';
import * as assessments from '../assessments/assessments';
import * as branding from '../settings/branding';
import * as clients from '../clients/clients';
import * as contacts from '../clients/contacts';
import type { ServiceContext } from './context';
import * as engagements from '../clients/engagements';
import * as frameworks from '../frameworks/frameworks';
import * as pool from '../pool/pool';
import { importPool } from '../pool/import';
import * as reports from '../reports/reports';
import * as respondents from '../assessments/respondents';
import { assessmentResults } from '../results/results';
import { importResponses, responsesTemplate } from '../assessments/surveyImport';
import { homeSummary } from '../clients/home';
import { appInfo, getSettings, updateSettings } from '../settings/settings';

/** Handlers answer synchronously, except those that write files (reports), which return a promise. */
export type Handlers = {
  [K in OperationName]: (
    input: ParsedInput<K>,
    ctx: ServiceContext,
  ) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

/** The operation table's implementations. TypeScript refuses this object if an operation lacks one. */
export const handlers: Handlers = {
  'app.info': (_, ctx) => appInfo(ctx),
  'settings.get': (_, ctx) => getSettings(ctx),
  'settings.update': (input, ctx) => updateSettings(ctx, input),
  'settings.logo': (_, ctx) => branding.logoPreview(ctx),
  'settings.setLogo': ({ fileName, contentBase64 }, ctx) =>
    branding.setLogo(ctx, { fileName, content: Buffer.from(contentBase64, 'base64') }),
  'settings.removeLogo': (_, ctx) => branding.removeLogo(ctx),
  'home.summary': (_, ctx) => homeSummary(ctx),

  'clients.list': (input, ctx) => clients.listClients(ctx, input),
  'clients.get': ({ id }, ctx) => clients.getClient(ctx, id),
  'clients.create': (input, ctx) => clients.createClient(ctx, input),
  'clients.update': (input, ctx) => clients.updateClient(ctx, input),
  'clients.archive': ({ id }, ctx) => clients.archiveClient(ctx, id),
  'clients.restore': ({ id }, ctx) => clients.restoreClient(ctx, id),
  'clients.delete': ({ id, confirm }, ctx) => clients.deleteClient(ctx, id, confirm),

  'contacts.create': (input, ctx) => contacts.createContact(ctx, input),
  'contacts.update': (input, ctx) => contacts.updateContact(ctx, input),
  'contacts.delete': ({ id }, ctx) => contacts.deleteContact(ctx, id),

  'engagements.list': (input, ctx) => engagements.listEngagements(ctx, input),
  'engagements.get': ({ id }, ctx) => engagements.getEngagement(ctx, id),
  'engagements.create': (input, ctx) => engagements.createEngagement(ctx, input),
  'engagements.update': (input, ctx) => engagements.updateEngagement(ctx, input),
  'engagements.delete': ({ id }, ctx) => engagements.deleteEngagement(ctx, id),

  'frameworks.list': (_, ctx) => frameworks.listFrameworks(ctx),
  'frameworks.get': ({ id, version }, ctx) => frameworks.getFramework(ctx, id, version),
  'frameworks.import': ({ content, fileName }, ctx) =>
    ctx.db.transaction(() => frameworks.importFramework(ctx, content, fileName))(),

  'assessments.list': ({ engagementId }, ctx) => assessments.listAssessments(ctx, engagementId),
  'assessments.workspace': ({ id }, ctx) => assessments.workspace(ctx, id),
  'assessments.create': (input, ctx) => assessments.createAssessment(ctx, input),
  'assessments.update': (input, ctx) => assessments.updateAssessment(ctx, input),
  'assessments.open': ({ id }, ctx) => assessments.openAssessment(ctx, id),
  'assessments.finalize': ({ id }, ctx) => assessments.finalizeAssessment(ctx, id),
  'assessments.reopen': ({ id, reason }, ctx) => assessments.reopenAssessment(ctx, id, reason),
  'assessments.delete': ({ id }, ctx) => assessments.deleteAssessment(ctx, id),
  'assessments.results': ({ id }, ctx) => assessmentResults(ctx, id),
  'assessments.importResponses': ({ assessmentId, contentBase64, fileName, replace }, ctx) =>
    importResponses(ctx, { assessmentId, content: Buffer.from(contentBase64, 'base64'), fileName, replace }),
  'assessments.template': ({ assessmentId, delimiter }, ctx) => responsesTemplate(ctx, assessmentId, delimiter),
  'assessments.setShifts': (input, ctx) => setShiftPositions(ctx, input),

  'respondents.create': (input, ctx) => respondents.createRespondent(ctx, input),
  'respondents.update': (input, ctx) => respondents.updateRespondent(ctx, input),
  'respondents.delete': ({ id }, ctx) => respondents.deleteRespondent(ctx, id),

  'answers.set': (input, ctx) => setAnswer(ctx, input),

  'pool.contribution': ({ assessmentId }, ctx) => pool.contributionStatus(ctx, assessmentId),
  'pool.contribute': ({ assessmentId }, ctx) => pool.contribute(ctx, assessmentId),
  'pool.withdraw': ({ assessmentId }, ctx) => pool.withdraw(ctx, assessmentId),
  'pool.import': ({ contentBase64, fileName, skipInvalid }, ctx) =>
    importPool(ctx, { content: Buffer.from(contentBase64, 'base64'), fileName, skipInvalid }),
  'pool.export': (input, ctx) => pool.exportPool(ctx, input),
  'pool.packs': (_, ctx) => pool.listPacks(ctx),
  'pool.removePack': ({ packId }, ctx) => pool.removePack(ctx, packId),
  'pool.stats': (_, ctx) => pool.poolStats(ctx),
  'pool.compare': (input, ctx) => pool.compare(ctx, input),
  'pool.widen': (input, ctx) => pool.widerGroup(ctx, input),

  'reports.build': (input, ctx) => reports.buildReport(ctx, input),
  'reports.save': (input, ctx) => reports.saveReport(ctx, input),
  'files.showInFolder': ({ path }, ctx) => reports.showInFolder(ctx, path),
};
