import type { dossierOperations } from '../../shared/dossier/operations';
import type { HandlersOf } from '../api/handlers';
import { checkDossier } from './check';
import * as dossier from './dossier';
import * as evidence from './evidence';
import { exportDossier } from './exports';
import { packageDossier } from './package';
import * as schemes from './schemes';

export const dossierHandlers: HandlersOf<typeof dossierOperations> = {
  'schemes.list': (_input, ctx) => schemes.listSchemes(ctx),
  'schemes.get': ({ id, version }, ctx) => schemes.getScheme(ctx, id, version),
  'schemes.import': ({ content, fileName }, ctx) => schemes.importScheme(ctx, content, fileName),
  'dossier.get': ({ engagementId, language }, ctx) =>
    dossier.getDossier(ctx, engagementId, language ? { language } : {}),
  'dossier.part': ({ engagementId, partId }, ctx) => dossier.getPart(ctx, engagementId, partId),
  'dossier.setup': (input, ctx) => dossier.setupDossier(ctx, input),
  'dossier.setText': (input, ctx) => dossier.setText(ctx, input),
  'dossier.rate': (input, ctx) => dossier.rate(ctx, input),
  'dossier.setFindings': (input, ctx) => dossier.setFindings(ctx, input),
  'dossier.saveKeyResult': (input, ctx) => dossier.saveKeyResult(ctx, input),
  'dossier.removeKeyResult': ({ id }, ctx) => dossier.removeKeyResult(ctx, id),
  'dossier.check': (input, ctx) => checkDossier(ctx, input.engagementId, input.language ?? ctx.osLanguage),
  'dossier.export': (input, ctx) => exportDossier(ctx, input),
  'dossier.package': (input, ctx) => packageDossier(ctx, input),
  'evidence.add': (input, ctx) => evidence.addEvidence(ctx, input),
  'evidence.list': ({ engagementId }, ctx) => evidence.listEvidence(ctx, engagementId),
  'evidence.update': (input, ctx) => evidence.updateEvidence(ctx, input),
  'evidence.link': ({ id, partId }, ctx) => evidence.linkEvidence(ctx, id, partId, true),
  'evidence.unlink': ({ id, partId }, ctx) => evidence.linkEvidence(ctx, id, partId, false),
  'evidence.remove': async ({ id }, ctx) => evidence.removeEvidence(ctx, id),
};
