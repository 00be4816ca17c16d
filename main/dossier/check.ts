import type { Language } from '../../shared/domain/identifiers';
import { readinessMessages } from '../../shared/dossier/messages';
import type { Readiness } from '../../shared/dossier/readiness';
import type { EvidenceFileState } from '../../shared/dossier/schemas';
import type { ServiceContext } from '../api/context';
import { getEngagement } from '../clients/engagements';
import { getDossier } from './dossier';
import { evidenceFolder, verifyFile } from './evidenceStore';
import * as repo from './repository';

/**
 * `dossier.check`: the readiness with every evidence file hashed again (not the cheap size-and-time check
 * the Dossier tab uses), and the missing entries worded in the language asked.
 */
export async function checkDossier(
  ctx: ServiceContext,
  engagementId: string,
  language: Language,
): Promise<Readiness & { messages: string[] }> {
  getEngagement(ctx, engagementId);
  const folder = evidenceFolder(ctx);
  const states = new Map<string, EvidenceFileState>();
  for (const row of repo.evidenceRows(ctx.db, engagementId)) {
    if (!states.has(row.sha256)) states.set(row.sha256, await verifyFile(folder, row.sha256, row.size));
  }
  const dossier = getDossier(ctx, engagementId, { language, states });
  return { ...dossier.readiness, messages: readinessMessages(dossier, language) };
}
