import { createHash } from 'node:crypto';
import { AppError } from '../../shared/api/result';
import type { FrameworkSummary } from '../../shared/assessments/schemas';
import { FrameworkFile } from '../../shared/frameworks/schema';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import * as repo from './repository';
import type { ServiceContext } from '../api/context';

/** Frameworks that ship with the app; stored on first use so every assessment points at stored content. */
const BUILTIN: FrameworkFile[] = [sxDefault];

/** Canonical JSON (keys sorted) so the same content always has the same checksum. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const checksum = (f: FrameworkFile) => createHash('sha256').update(canonical(f)).digest('hex');

export function ensureBuiltinFrameworks(ctx: ServiceContext): void {
  for (const f of BUILTIN) {
    const stored = repo.findFramework(ctx.db, f.id, f.version);
    const sha256 = checksum(f);
    if (!stored) {
      repo.insertFramework(ctx.db, {
        id: f.id,
        version: f.version,
        content: JSON.stringify(f),
        sha256,
        builtin: true,
        importedAt: ctx.now().toISOString(),
      });
    } else if (stored.sha256 !== sha256 && stored.assessments === 0) {
      // A text correction in a development build; once an assessment uses a version it never changes.
      repo.replaceUnusedFramework(ctx.db, {
        ...stored,
        content: JSON.stringify(f),
        sha256,
        importedAt: ctx.now().toISOString(),
      });
    }
  }
}

export function listFrameworks(ctx: ServiceContext): FrameworkSummary[] {
  ensureBuiltinFrameworks(ctx);
  return repo.listStored(ctx.db).map((s) => {
    const f = JSON.parse(s.content) as FrameworkFile;
    return {
      id: s.id,
      version: s.version,
      name: f.name,
      builtin: s.builtin,
      assessments: s.assessments,
      blocks: f.blocks.length,
      questions: f.questions.length,
    };
  });
}

/** The stored framework; without a version, the newest version of that id. */
export function getFramework(ctx: ServiceContext, id: string, version?: string): FrameworkFile {
  ensureBuiltinFrameworks(ctx);
  const candidates = repo
    .listStored(ctx.db)
    .filter((f) => f.id === id && (version === undefined || f.version === version));
  const newest = candidates.sort((a, b) => compareVersions(b.version, a.version))[0];
  if (!newest) {
    throw new AppError('not_found', `No framework ${id}${version ? ` version ${version}` : ''}.`, {
      entity: 'framework',
      id,
      version,
    });
  }
  return JSON.parse(newest.content) as FrameworkFile;
}

/**
 * Imports a framework file. The same id+version with the same content is accepted again and changes
 * nothing; with different content it is refused — an assessment must always find the exact texts it used.
 */
export function importFramework(
  ctx: ServiceContext,
  text: string,
  fileName = 'framework file',
): { id: string; version: string; added: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `${fileName} is not valid JSON: ${(error as Error).message}`, {
      file: fileName,
    });
  }
  const parsed = FrameworkFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(file)', message: i.message }));
    throw new AppError(
      'invalid_input',
      `${fileName} is not a valid framework file (${problems.length} problem${problems.length === 1 ? '' : 's'}).`,
      {
        file: fileName,
        problems,
        fields: problems.map((p) => ({ path: p.path, code: 'invalid', message: p.message })),
      },
    );
  }
  const f = parsed.data;
  ensureBuiltinFrameworks(ctx);
  const sha256 = checksum(f);
  const existing = repo.findFramework(ctx.db, f.id, f.version);
  if (existing) {
    if (existing.sha256 === sha256) return { id: f.id, version: f.version, added: false };
    throw new AppError(
      'conflict',
      `Framework ${f.id} version ${f.version} already exists with different content. Give the changed file a new version number.`,
      { id: f.id, version: f.version },
    );
  }
  repo.insertFramework(ctx.db, {
    id: f.id,
    version: f.version,
    content: JSON.stringify(f),
    sha256,
    builtin: false,
    importedAt: ctx.now().toISOString(),
  });
  return { id: f.id, version: f.version, added: true };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

interface FrameworkIndex {
  has(questionId: string): boolean;
  shiftIds: Set<string>;
}

/** Parsed question and shift ids by content checksum: stored framework versions never change. */
const indexes = new Map<string, FrameworkIndex>();

export function questionIdsOf(
  ctx: ServiceContext,
  ref: { frameworkId: string; frameworkVersion: string; sha256?: string },
): FrameworkIndex {
  const key = ref.sha256 ?? `${ref.frameworkId}@${ref.frameworkVersion}`;
  let index = indexes.get(key);
  if (!index) {
    const f = getFramework(ctx, ref.frameworkId, ref.frameworkVersion);
    const questions = new Set(f.questions.map((q) => q.id));
    index = { has: (id) => questions.has(id), shiftIds: new Set(f.shifts.map((s) => s.id)) };
    if (ref.sha256) indexes.set(key, index);
  }
  return index;
}
