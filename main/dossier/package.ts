import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { DossierPackageRequest, EvidenceFileState, SavedDossierPackage } from '../../shared/dossier/schemas';
import { buildPackageEntries, type PackageEvidence } from '../../shared/dossier/packageLayout';
import { dossierFileName } from '../../shared/reports/dossier';
import type { ServiceContext } from '../api/context';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { evidenceFolder, storedPath } from './evidenceStore';
import { prepareDossier, renderDossierDocx } from './exports';
import { storedZip } from './storedZip';

/**
 * The submission package (docs/dossiers.md "Package"): the Word dossier, every evidence file linked to a
 * part (`E<nnn>-<safe title>.<ext>`), `manifest.json` and `SHA256SUMS`, as one stored zip. Every file is
 * read and hashed once, here: a file missing from the store or no longer matching its hash refuses the
 * package (`conflict`), never slips in. The same dossier gives the same bytes: the entries sorted, every
 * date the dossier's last change. Written through a temporary file beside the target, so a locked or
 * read-only target is reported and left as it was.
 */

export interface BuiltPackage {
  fileName: string;
  pieces: Uint8Array[];
  size: number;
  evidence: number;
  warnings: string[];
}

export async function buildPackage(
  ctx: ServiceContext,
  engagementId: string,
  language: 'nl' | 'en',
): Promise<BuiltPackage> {
  const folder = evidenceFolder(ctx);
  // The register first, to know which files to read; then each linked file read and hashed in full.
  const first = prepareDossier(ctx, engagementId, language, new Map());
  const linked = first.dossier.evidence.filter((e) => e.parts.length > 0);
  const contents = new Map<string, Buffer>();
  const states = new Map<string, EvidenceFileState>();
  for (const e of linked) {
    if (contents.has(e.sha256) || states.has(e.sha256)) continue;
    let data: Buffer;
    try {
      data = await fs.promises.readFile(storedPath(folder, e.sha256));
    } catch {
      states.set(e.sha256, 'missing');
      continue;
    }
    const ok = data.byteLength === e.size && createHash('sha256').update(data).digest('hex') === e.sha256;
    states.set(e.sha256, ok ? 'ok' : 'changed');
    if (ok) contents.set(e.sha256, data);
  }
  const broken = linked.filter((e) => states.get(e.sha256) !== 'ok');
  if (broken.length > 0) {
    throw new AppError(
      'conflict',
      `${broken.length} evidence file${broken.length === 1 ? ' is' : 's are'} missing or changed on disk: ${broken
        .map((e) => `E${String(e.number).padStart(3, '0')} ${e.title} (${states.get(e.sha256)})`)
        .join(
          ', ',
        )}. Add ${broken.length === 1 ? 'it' : 'them'} again or remove ${broken.length === 1 ? 'it' : 'them'}.`,
      { evidence: broken.map((e) => ({ id: e.id, state: states.get(e.sha256) })) },
    );
  }
  // The document with the verified states, so it never shows a file the package lacks.
  const prepared = prepareDossier(ctx, engagementId, language, states);
  const docx = await renderDossierDocx(ctx, prepared);
  const { dossier, scheme, input } = prepared;
  const evidence: PackageEvidence[] = dossier.evidence
    .filter((e) => e.parts.length > 0)
    .map((e) => ({ item: e, data: contents.get(e.sha256)! }));
  const entries = buildPackageEntries({
    created: input.changedAt,
    language,
    scheme: { id: scheme.id, version: scheme.version },
    engagement: { id: engagementId, title: input.engagement.title, client: input.engagement.clientName },
    document: docx.bytes,
    evidence,
    sha256: (data) => createHash('sha256').update(data).digest('hex'),
  });
  const pieces = storedZip(entries, new Date(input.changedAt));
  const size = pieces.reduce((n, piece) => n + piece.byteLength, 0);
  const unlinked = dossier.evidence.length - evidence.length;
  return {
    fileName: dossierFileName(input, 'zip'),
    pieces,
    size,
    evidence: evidence.length,
    warnings: [
      ...docx.warnings,
      ...(unlinked > 0
        ? [`${unlinked} evidence file${unlinked === 1 ? ' is' : 's are'} linked to no part and not in the package.`]
        : []),
    ],
  };
}

export async function packageDossier(
  ctx: ServiceContext,
  request: z.output<typeof DossierPackageRequest>,
): Promise<SavedDossierPackage> {
  let target: string;
  if (request.out !== undefined) {
    if (ctx.transport !== 'cli') {
      throw new AppError('forbidden', 'Only the command line may name where to write; the desktop app asks.', {
        fields: [{ path: 'out', code: 'forbidden', message: 'a path is taken from the command line only' }],
      });
    }
    target = path.resolve(request.out);
  } else {
    if (!ctx.desktop) {
      throw new AppError('unavailable', 'Saving a package to a chosen file needs the desktop app or the command line.');
    }
    const engagementTitle = prepareDossier(ctx, request.engagementId, request.language).input;
    const chosen = await ctx.desktop.chooseSavePath(dossierFileName(engagementTitle, 'zip'), {
      name: 'Zip',
      extensions: ['zip'],
    });
    if (chosen === null) return { saved: false };
    target = chosen;
  }
  const built = await buildPackage(ctx, request.engagementId, request.language);
  await writeFileAtomically(target, built.pieces);
  ctx.log('info', 'Dossier package saved', { folder: path.dirname(target), evidence: built.evidence });
  return {
    saved: true,
    path: target,
    fileName: path.basename(target),
    size: built.size,
    evidence: built.evidence,
    warnings: built.warnings,
  };
}
