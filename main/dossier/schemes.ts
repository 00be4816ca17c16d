import { createHash } from 'node:crypto';
import { AppError } from '../../shared/api/result';
import { SchemeFile, type SchemeSummary } from '../../shared/dossier/scheme';
import { sxRecognition } from '../../shared/dossier/sxRecognition';
import type { ServiceContext } from '../api/context';
import { stmt } from '../db/statements';
import { canonicalJson } from '../../shared/domain/canonicalJson';

/**
 * Recognition schemes, stored like framework versions (main/frameworks/frameworks.ts): the built-in
 * `sx-recognition` is written when a dossier first uses it, an imported file when it is imported; a stored
 * version never changes once a dossier uses it, so a dossier always finds the exact parts it was written to.
 */

const BUILTIN: SchemeFile[] = [sxRecognition];
export const DEFAULT_SCHEME = sxRecognition;

interface StoredScheme {
  id: string;
  version: string;
  content: string;
  sha256: string;
  builtin: number;
  dossiers: number;
}

/** The checksum a stored scheme carries; the team server compares published versions by it. */
export const checksum = (s: SchemeFile) => createHash('sha256').update(canonicalJson(s)).digest('hex');

function listStored(ctx: ServiceContext): StoredScheme[] {
  return stmt<[], StoredScheme>(
    ctx.db,
    `SELECT s.id, s.version, s.content, s.sha256, s.builtin,
       (SELECT count(*) FROM dossiers d WHERE d.scheme_id = s.id AND d.scheme_version = s.version) AS dossiers
     FROM recognition_schemes s ORDER BY s.builtin DESC, s.id, s.version`,
  ).all();
}

interface Available {
  id: string;
  version: string;
  builtin: boolean;
  dossiers: number;
  content: () => SchemeFile;
}

/** Parsed stored contents by checksum: a stored version never changes. */
const parsed = new Map<string, SchemeFile>();

function available(ctx: ServiceContext): Available[] {
  const out: Available[] = listStored(ctx).map((s) => {
    const builtin = BUILTIN.find((b) => b.id === s.id && b.version === s.version);
    // An unused built-in version follows the app's texts (a correction in an update), as frameworks do.
    const followApp = builtin && s.dossiers === 0 && checksum(builtin) !== s.sha256;
    return {
      id: s.id,
      version: s.version,
      builtin: s.builtin === 1,
      dossiers: s.dossiers,
      content: () => {
        if (followApp) return builtin;
        let scheme = parsed.get(s.sha256);
        if (!scheme) parsed.set(s.sha256, (scheme = JSON.parse(s.content) as SchemeFile));
        return scheme;
      },
    };
  });
  for (const b of BUILTIN) {
    if (!out.some((s) => s.id === b.id && s.version === b.version)) {
      out.unshift({ id: b.id, version: b.version, builtin: true, dossiers: 0, content: () => b });
    }
  }
  return out;
}

export function listSchemes(ctx: ServiceContext): SchemeSummary[] {
  return available(ctx).map((a) => {
    const s = a.content();
    return {
      id: a.id,
      version: a.version,
      name: s.name,
      builtin: a.builtin,
      dossiers: a.dossiers,
      parts: s.parts.length,
      elements: s.elements.length,
    };
  });
}

export function getScheme(ctx: ServiceContext, id: string, version?: string): SchemeFile {
  const candidates = available(ctx).filter((s) => s.id === id && (version === undefined || s.version === version));
  const newest = candidates.sort((a, b) => compareVersions(b.version, a.version))[0];
  if (!newest) {
    throw new AppError('not_found', `No recognition scheme ${id}${version ? ` version ${version}` : ''}.`, {
      entity: 'scheme',
      id,
      version,
    });
  }
  return newest.content();
}

/** Stores the version a dossier uses (inside that dossier's write), so it always finds its exact parts. */
export function storeScheme(ctx: ServiceContext, scheme: SchemeFile): void {
  const sha256 = checksum(scheme);
  const stored = listStored(ctx).find((s) => s.id === scheme.id && s.version === scheme.version);
  const row = {
    id: scheme.id,
    version: scheme.version,
    content: JSON.stringify(scheme),
    sha256,
    importedAt: ctx.now().toISOString(),
  };
  if (!stored) {
    const builtin = BUILTIN.some((b) => b.id === scheme.id && b.version === scheme.version) ? 1 : 0;
    stmt(
      ctx.db,
      `INSERT INTO recognition_schemes (id, version, content, sha256, builtin, imported_at)
       VALUES (@id, @version, @content, @sha256, @builtin, @importedAt)`,
    ).run({ ...row, builtin });
  } else if (stored.sha256 !== sha256 && stored.dossiers === 0) {
    stmt(
      ctx.db,
      'UPDATE recognition_schemes SET content = @content, sha256 = @sha256, imported_at = @importedAt WHERE id = @id AND version = @version',
    ).run(row);
  }
}

/**
 * Imports a scheme file. The same id and version with the same content changes nothing; with other
 * content it is refused (`conflict`): a dossier must always find the parts it was written against.
 */
export function importScheme(
  ctx: ServiceContext,
  text: string,
  fileName = 'scheme file',
): { id: string; version: string; added: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `${fileName} is not valid JSON: ${(error as Error).message}`, {
      file: fileName,
      fields: [{ path: 'content', code: 'invalid_json', message: (error as Error).message }],
    });
  }
  const result = SchemeFile.safeParse(json);
  if (!result.success) {
    const fields = result.error.issues.map((i) => ({
      path: i.path.join('.') || '(file)',
      code: 'invalid',
      message: i.message,
    }));
    throw new AppError(
      'invalid_input',
      `${fileName} is not a valid recognition scheme (${fields.length} problem${fields.length === 1 ? '' : 's'}): ${fields
        .slice(0, 5)
        .map((f) => `${f.path}: ${f.message}`)
        .join('; ')}.`,
      { file: fileName, fields },
    );
  }
  const scheme = result.data;
  const existing = available(ctx).find((s) => s.id === scheme.id && s.version === scheme.version);
  if (existing) {
    if (checksum(existing.content()) === checksum(scheme))
      return { id: scheme.id, version: scheme.version, added: false };
    throw new AppError(
      'conflict',
      `Scheme ${scheme.id} version ${scheme.version} already exists with different content. Give the changed file a new version number.`,
      { id: scheme.id, version: scheme.version },
    );
  }
  stmt(
    ctx.db,
    `INSERT INTO recognition_schemes (id, version, content, sha256, builtin, imported_at)
     VALUES (@id, @version, @content, @sha256, 0, @importedAt)`,
  ).run({
    id: scheme.id,
    version: scheme.version,
    content: JSON.stringify(scheme),
    sha256: checksum(scheme),
    importedAt: ctx.now().toISOString(),
  });
  return { id: scheme.id, version: scheme.version, added: true };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
