import { createHash } from 'node:crypto';
import { AppError } from '../../shared/api/result';
import type { FrameworkSummary } from '../../shared/frameworks/schema';
import { FrameworkFile } from '../../shared/frameworks/schema';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import type { z } from 'zod';
import {
  FILE_PROBLEM_CODES,
  type FileProblemCode,
  fileProblem,
  type ProblemText,
  problemText,
} from '../../shared/files/fileProblem';
import * as repo from './repository';
import type { ServiceContext } from '../api/context';
import { canonicalJson } from '../../shared/domain/canonicalJson';

/** Frameworks that ship with the app; stored on first use so every assessment points at stored content. */
const BUILTIN: FrameworkFile[] = [sxDefault];

/** The checksum a stored version carries; the team server compares published versions by it. */
export const checksum = (f: FrameworkFile) => createHash('sha256').update(canonicalJson(f)).digest('hex');

const builtinChecksums = new Map(BUILTIN.map((f) => [`${f.id}@${f.version}`, checksum(f)]));

interface Available {
  id: string;
  version: string;
  builtin: boolean;
  assessments: number;
  content: () => FrameworkFile;
}

/**
 * Every framework version a round can use: the stored ones and the built-in ones. A built-in version is
 * stored only when a round first uses it (`storeFramework`, inside that write), so reading never writes;
 * until an assessment uses it, a built-in version's texts follow the app (a text correction in an update).
 */
function available(ctx: ServiceContext): Available[] {
  const stored = repo.listStored(ctx.db);
  const out: Available[] = stored.map((s) => {
    const builtin = BUILTIN.find((f) => f.id === s.id && f.version === s.version);
    const followApp = builtin && s.assessments === 0 && builtinChecksums.get(`${s.id}@${s.version}`) !== s.sha256;
    return {
      id: s.id,
      version: s.version,
      builtin: s.builtin,
      assessments: s.assessments,
      content: followApp ? () => builtin : () => JSON.parse(s.content) as FrameworkFile,
    };
  });
  for (const f of BUILTIN) {
    if (!stored.some((s) => s.id === f.id && s.version === f.version)) {
      out.unshift({ id: f.id, version: f.version, builtin: true, assessments: 0, content: () => f });
    }
  }
  return out;
}

/**
 * Stores the version a new round uses, so the round always finds the exact texts it was scored with: a
 * built-in version not stored yet is written, and a stored one no round uses yet takes the app's texts.
 */
export function storeFramework(ctx: ServiceContext, f: FrameworkFile): void {
  const sha256 = checksum(f);
  const stored = repo.findFramework(ctx.db, f.id, f.version);
  const row = { id: f.id, version: f.version, content: JSON.stringify(f), sha256, importedAt: ctx.now().toISOString() };
  if (!stored)
    repo.insertFramework(ctx.db, { ...row, builtin: BUILTIN.some((b) => b.id === f.id && b.version === f.version) });
  else if (stored.sha256 !== sha256 && stored.assessments === 0)
    repo.replaceUnusedFramework(ctx.db, { ...row, builtin: stored.builtin });
}

export function listFrameworks(ctx: ServiceContext): FrameworkSummary[] {
  return available(ctx).map((a) => {
    const f = a.content();
    return {
      id: a.id,
      version: a.version,
      name: f.name,
      builtin: a.builtin,
      assessments: a.assessments,
      blocks: f.blocks.length,
      questions: f.questions.length,
    };
  });
}

/** The framework; without a version, the newest version of that id. */
export function getFramework(ctx: ServiceContext, id: string, version?: string): FrameworkFile {
  const candidates = available(ctx).filter((f) => f.id === id && (version === undefined || f.version === version));
  const newest = candidates.sort((a, b) => compareVersions(b.version, a.version))[0];
  if (!newest) {
    throw new AppError('not_found', `No framework ${id}${version ? ` version ${version}` : ''}.`, {
      entity: 'framework',
      id,
      version,
    });
  }
  return newest.content();
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
    const detail = (error as Error).message;
    throw new AppError('invalid_input', `${fileName} is not valid JSON: ${detail}`, {
      file: fileName,
      problems: [fileProblem(null, null, 'framework_json', { detail })],
    });
  }
  const parsed = FrameworkFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(file)', ...frameworkProblem(i) }));
    throw new AppError(
      'invalid_input',
      `${fileName} is not a valid framework file (${problems.length} problem${problems.length === 1 ? '' : 's'}).`,
      {
        file: fileName,
        // File problems like an import's (the path in the file as their column), with the path kept too.
        problems: problems.map((p) => ({ line: null, column: p.path, ...p })),
        fields: problems.map((p) => ({ path: p.path, code: 'invalid', message: p.message })),
      },
    );
  }
  const f = parsed.data;
  const sha256 = checksum(f);
  const existing = available(ctx).find((a) => a.id === f.id && a.version === f.version);
  if (existing) {
    if (checksum(existing.content()) === sha256) return { id: f.id, version: f.version, added: false };
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

/**
 * A schema problem of a framework file with a code the screens translate: the file's own rules (ids used
 * twice, references to nothing, the scale's order) carry theirs; any other is "this field is wrong".
 */
function frameworkProblem(issue: z.core.$ZodIssue): ProblemText {
  const params = (issue as { params?: Record<string, string | number> }).params;
  const code = params?.problem;
  if (typeof code === 'string' && (FILE_PROBLEM_CODES as readonly string[]).includes(code)) {
    const { problem: _, ...rest } = params ?? {};
    return { ...problemText(code as FileProblemCode, rest), message: issue.message };
  }
  return {
    ...problemText('framework_field', { path: issue.path.join('.'), detail: issue.message }),
    message: issue.message,
  };
}
