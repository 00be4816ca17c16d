import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { megabytes } from '../../shared/api/limits';
import { AppError } from '../../shared/api/result';
import {
  EVIDENCE_LIMITS,
  type EvidenceAddInput,
  type EvidenceAdded,
  type EvidenceItem,
  type EvidenceUpdateInput,
} from '../../shared/dossier/schemas';
import type { ServiceContext } from '../api/context';
import { type PreparedWrite, preparedWrite } from '../api/preparedWrite';
import { auditDetails, auditSubject } from '../api/writeScope';
import { getEngagement } from '../clients/engagements';
import { fileBytes } from '../files/fileBytes';
import { ensureDossier, evidenceItems, requirePart, schemeOf } from './dossier';
import {
  evidenceFolder,
  fileReferenced,
  putBytes,
  putFile,
  releaseFile,
  type StoredFile,
  TooLarge,
} from './evidenceStore';
import * as repo from './repository';

/**
 * The evidence register (docs/dossiers.md "Evidence"): files of any type added to an engagement, stored
 * once by SHA-256, with their metadata and links to parts. The file is stored before the row is written
 * (outside the transaction: hashing 25 MB must not hold the write lock); a file stored for a write that
 * then failed is taken out again when no row names it.
 */

const invalid = (field: string, code: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError('invalid_input', message, { ...details, fields: [{ path: field, code, message }] });

/** `report.PDF` → `pdf`; a name without one → `bin`. Only letters and digits, so it is safe in a package. */
export function extensionOf(fileName: string): string {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return /^[a-z0-9]{1,10}$/.test(ext) ? ext : 'bin';
}

function checkLinks(ctx: ServiceContext, engagementId: string, links: string[]): string[] {
  const scheme = schemeOf(ctx, engagementId);
  const unique = [...new Set(links)];
  unique.forEach((p, i) => requirePart(scheme, p, `links.${i}`));
  return unique;
}

function checkRoom(ctx: ServiceContext, engagementId: string, sha256: string | null, size: number): void {
  const totals = repo.evidenceTotals(ctx.db, engagementId);
  const already =
    sha256 !== null &&
    ctx.db.prepare('SELECT 1 FROM evidence WHERE engagement_id = ? AND sha256 = ?').get(engagementId, sha256) !==
      undefined;
  if (already) return;
  if (totals.files + 1 > EVIDENCE_LIMITS.dossierFiles) {
    throw invalid(
      'contentBase64',
      'too_many_files',
      `The dossier holds ${EVIDENCE_LIMITS.dossierFiles} files, the most it takes.`,
    );
  }
  if ((totals.bytes ?? 0) + size > EVIDENCE_LIMITS.dossierBytes) {
    throw invalid(
      'contentBase64',
      'dossier_too_large',
      `With this file the dossier's evidence would pass ${megabytes(EVIDENCE_LIMITS.dossierBytes)}, the most a dossier holds.`,
      { limitBytes: EVIDENCE_LIMITS.dossierBytes },
    );
  }
}

async function storeSource(ctx: ServiceContext, input: z.output<typeof EvidenceAddInput>): Promise<StoredFile> {
  const folder = evidenceFolder(ctx);
  if (input.path === undefined) {
    const bytes = fileBytes(input);
    // Refused before a byte is stored when the dossier has no room for it (checked again in the write).
    checkRoom(ctx, input.engagementId, createHash('sha256').update(bytes).digest('hex'), bytes.byteLength);
    return putBytes(folder, bytes);
  }
  if (ctx.transport !== 'cli') {
    throw new AppError('forbidden', 'Only the command line may name a file on this machine; send its content.', {
      fields: [{ path: 'path', code: 'forbidden', message: 'a path is taken from the command line only' }],
    });
  }
  const source = input.path;
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(source);
  } catch (error) {
    throw invalid(
      'path',
      'unreadable',
      `${source} cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
    );
  }
  if (!stat.isFile()) throw invalid('path', 'unreadable', `${source} is not a file.`);
  if (stat.size > EVIDENCE_LIMITS.fileBytes) {
    throw invalid(
      'path',
      'too_large',
      `${path.basename(source)} is larger than ${megabytes(EVIDENCE_LIMITS.fileBytes)}, the most one evidence file may be.`,
      { limitBytes: EVIDENCE_LIMITS.fileBytes },
    );
  }
  checkRoom(ctx, input.engagementId, null, stat.size);
  try {
    return await putFile(folder, source, EVIDENCE_LIMITS.fileBytes);
  } catch (error) {
    if (error instanceof TooLarge) {
      throw invalid(
        'path',
        'too_large',
        `${path.basename(source)} grew past ${megabytes(EVIDENCE_LIMITS.fileBytes)} while it was read.`,
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'ENOENT') {
      throw invalid('path', 'unreadable', `${source} cannot be read: ${code}.`);
    }
    throw error;
  }
}

export async function addEvidence(
  ctx: ServiceContext,
  input: z.output<typeof EvidenceAddInput>,
): Promise<PreparedWrite<EvidenceAdded>> {
  getEngagement(ctx, input.engagementId);
  const links = checkLinks(ctx, input.engagementId, input.links);
  const stored = await storeSource(ctx, input);
  const folder = evidenceFolder(ctx);
  return preparedWrite(
    (): EvidenceAdded => {
      // Checked again in the transaction: another write may have come between.
      checkRoom(ctx, input.engagementId, stored.sha256, stored.size);
      ensureDossier(ctx, input.engagementId);
      checkLinks(ctx, input.engagementId, links);
      const at = ctx.now().toISOString();
      const id = ctx.newId('ev');
      repo.insertEvidence(ctx.db, {
        id,
        engagementId: input.engagementId,
        sha256: stored.sha256,
        size: stored.size,
        fileName: path.basename(input.fileName.replaceAll('\\', '/')),
        extension: extensionOf(input.fileName),
        title: input.title,
        type: input.type,
        owner: input.owner,
        date: input.date,
        validUntil: input.validUntil,
        confidentiality: input.confidentiality,
        addedAt: at,
      });
      for (const p of links) repo.link(ctx.db, id, p);
      repo.touchDossier(ctx.db, input.engagementId, at);
      auditSubject(ctx.db, id);
      auditDetails(ctx.db, { engagement: input.engagementId, bytes: stored.size, links: links.length });
      return { id, sha256: stored.sha256, stored: stored.stored };
    },
    undefined,
    () => {
      // A file this add stored, that no row names after the write (it failed): out of the store again.
      if (stored.stored && !fileReferenced(ctx.db, stored.sha256)) releaseFile(ctx.db, folder, stored.sha256);
    },
  );
}

function requireEvidence(ctx: ServiceContext, id: string): repo.EvidenceRow {
  const row = repo.findEvidence(ctx.db, id);
  if (!row) throw new AppError('not_found', `No evidence ${id}.`, { entity: 'evidence', id });
  return row;
}

export function listEvidence(ctx: ServiceContext, engagementId: string): EvidenceItem[] {
  getEngagement(ctx, engagementId);
  return evidenceItems(ctx, engagementId);
}

export function updateEvidence(ctx: ServiceContext, input: z.output<typeof EvidenceUpdateInput>): { id: string } {
  const row = requireEvidence(ctx, input.id);
  const next: repo.EvidenceRow = {
    ...row,
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.type !== undefined ? { type: input.type } : {}),
    ...(input.owner !== undefined ? { owner: input.owner } : {}),
    ...(input.date !== undefined ? { date: input.date } : {}),
    ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
    ...(input.confidentiality !== undefined ? { confidentiality: input.confidentiality } : {}),
  };
  if (next.validUntil !== null && next.validUntil < next.date) {
    throw invalid('validUntil', 'before_date', 'The evidence cannot be valid until a day before its own date.');
  }
  const at = ctx.now().toISOString();
  repo.updateEvidence(ctx.db, next, at);
  repo.touchDossier(ctx.db, row.engagementId, at);
  auditSubject(ctx.db, row.id);
  return { id: row.id };
}

export function linkEvidence(
  ctx: ServiceContext,
  id: string,
  partId: string,
  on: boolean,
): { id: string; parts: string[] } {
  const row = requireEvidence(ctx, id);
  if (on) {
    requirePart(schemeOf(ctx, row.engagementId), partId);
    repo.link(ctx.db, id, partId);
  } else {
    repo.unlink(ctx.db, id, partId);
  }
  repo.touchDossier(ctx.db, row.engagementId, ctx.now().toISOString());
  auditSubject(ctx.db, id);
  return { id, parts: repo.linksOf(ctx.db, id) };
}

/** The row goes in the transaction; its file after the commit, and only when no other row names it. */
export function removeEvidence(ctx: ServiceContext, id: string): PreparedWrite<{ id: string; fileRemoved: boolean }> {
  requireEvidence(ctx, id);
  const folder = evidenceFolder(ctx);
  return preparedWrite(
    () => {
      const row = requireEvidence(ctx, id);
      repo.deleteEvidence(ctx.db, id);
      repo.touchDossier(ctx.db, row.engagementId, ctx.now().toISOString());
      auditSubject(ctx.db, id);
      return row;
    },
    (row) => ({ id, fileRemoved: releaseFile(ctx.db, folder, row.sha256) }),
  );
}
