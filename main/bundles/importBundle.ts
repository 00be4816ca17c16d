import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { BundleImportInput, BundleImportReport, BundlePreview } from '../../shared/bundles/schemas';
import type { ServiceContext } from '../api/context';
import { type PreparedWrite, preparedWrite } from '../api/preparedWrite';
import { auditDetails, auditSubject } from '../api/writeScope';
import { evidenceFolder, putBytes, releaseFile } from '../dossier/evidenceStore';
import { openBundle } from './bundleFile';
import { applyImport, planImport } from './importPlan';

type Input = z.output<typeof BundleImportInput>;

/** The differences and clashes shown or answered: enough to act on, never megabytes. */
const LISTED = 200;

export async function previewBundle(ctx: ServiceContext, input: Input): Promise<BundlePreview> {
  const bundle = await openBundle(Buffer.from(input.contentBase64, 'base64'), input.passphrase);
  const plan = planImport(ctx, bundle, input.asNew);
  return {
    created: bundle.manifest.created,
    appVersion: bundle.manifest.appVersion,
    encrypted: bundle.encrypted,
    client: { id: input.asNew ? null : plan.clientId, name: plan.clientName, exists: !plan.created },
    engagements: plan.engagements,
    tables: plan.counts,
    differences: plan.differences.slice(0, LISTED),
    differenceCount: plan.differences.length,
    clashes: plan.clashes.slice(0, LISTED),
  };
}

/**
 * Opens and checks the file first (decrypting off the UI's thread), then adds its rows in one transaction:
 * planned again there, against the database as it is at that moment.
 */
export async function importBundle(ctx: ServiceContext, input: Input): Promise<PreparedWrite<BundleImportReport>> {
  const bundle = await openBundle(Buffer.from(input.contentBase64, 'base64'), input.passphrase);
  // The evidence files go into the store first (outside the transaction); a file stored for an import that
  // then fails is taken out again when no row names it.
  const store = evidenceFolder(ctx);
  const stored: string[] = [];
  for (const [hash, data] of bundle.files) {
    if ((await putBytes(store, data)).stored) stored.push(hash);
  }
  const release = () => {
    for (const hash of stored) releaseFile(ctx.db, store, hash);
  };
  return preparedWrite(
    (): BundleImportReport => {
      const plan = planImport(ctx, bundle, input.asNew);
      if (plan.clashes.length > 0) {
        throw new AppError(
          'conflict',
          `${plan.clashes.length} row${plan.clashes.length === 1 ? '' : 's'} of the bundle clash with rows here; nothing was imported.`,
          { clashes: plan.clashes.slice(0, LISTED) },
        );
      }
      applyImport(ctx.db, plan);
      const added = plan.counts.reduce((n, c) => n + c.added, 0);
      auditSubject(ctx.db, plan.clientId);
      auditDetails(ctx.db, { created: plan.created, asNew: input.asNew, added, differing: plan.differences.length });
      return {
        clientId: plan.clientId,
        created: plan.created,
        tables: plan.counts,
        differences: plan.differences.slice(0, LISTED),
        differenceCount: plan.differences.length,
      };
    },
    undefined,
    release,
  );
}
