import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import { calendarDate } from '../../shared/domain/calendar';
import { countText, characterCount, wordCount } from '../../shared/dossier/count';
import { checkReadiness, type Readiness } from '../../shared/dossier/readiness';
import { onScale, type SchemeFile, type SchemePart } from '../../shared/dossier/scheme';
import type {
  Dossier,
  DossierElement,
  DossierPart,
  DossierSetup,
  EvidenceFileState,
  EvidenceItem,
  FindingsInput,
  KeyResult,
  KeyResultInput,
  PartStatus,
  PlanItem,
  RateInput,
  SetTextInput,
} from '../../shared/dossier/schemas';
import { translator } from '../../shared/i18n';
import type { ServiceContext } from '../api/context';
import { auditDetails, auditSubject } from '../api/writeScope';
import { roundsOfEngagement } from '../assessments/repository';
import { getEngagement } from '../clients/engagements';
import { getFramework } from '../frameworks/frameworks';
import { scoreRound } from '../results/results';
import { getRoadmap } from '../roadmap/roadmap';
import { evidenceFolder, fileState } from './evidenceStore';
import * as repo from './repository';
import { DEFAULT_SCHEME, getScheme, storeScheme } from './schemes';

/**
 * An engagement's recognition dossier (docs/dossiers.md): read whole for the Dossier tab, the CLI and the
 * exports, and written part by part. A dossier starts with its first write, on `sx-recognition` unless set
 * up with another scheme; every write checks the part or element against that scheme.
 */

const invalid = (path: string, code: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError('invalid_input', message, { ...details, fields: [{ path, code, message }] });

/** The dossier's scheme: the one it was written against, or the default for a dossier not started. */
export function schemeOf(ctx: ServiceContext, engagementId: string): SchemeFile {
  const row = repo.findDossier(ctx.db, engagementId);
  return row ? getScheme(ctx, row.schemeId, row.schemeVersion) : DEFAULT_SCHEME;
}

/** The dossier row, made on the first write (inside that write's transaction). */
export function ensureDossier(ctx: ServiceContext, engagementId: string): repo.DossierRow {
  getEngagement(ctx, engagementId);
  const found = repo.findDossier(ctx.db, engagementId);
  if (found) return found;
  storeScheme(ctx, DEFAULT_SCHEME);
  const at = ctx.now().toISOString();
  const row: repo.DossierRow = {
    engagementId,
    schemeId: DEFAULT_SCHEME.id,
    schemeVersion: DEFAULT_SCHEME.version,
    referenceDate: null,
    signatoryName: null,
    signatoryRole: null,
    createdAt: at,
    updatedAt: at,
  };
  repo.insertDossier(ctx.db, row);
  return row;
}

export function requirePart(scheme: SchemeFile, partId: string, path = 'partId'): SchemePart {
  const part = scheme.parts.find((p) => p.id === partId);
  if (!part)
    throw invalid(path, 'unknown_part', `${partId} is not a part of the scheme ${scheme.id}.`, { part: partId });
  return part;
}

function requireElement(scheme: SchemeFile, element: string): void {
  if (!scheme.elements.some((e) => e.id === element)) {
    throw invalid('element', 'unknown_element', `${element} is not an element of the scheme ${scheme.id}.`, {
      element,
    });
  }
}

function touch(ctx: ServiceContext, engagementId: string): string {
  const at = ctx.now().toISOString();
  repo.touchDossier(ctx.db, engagementId, at);
  auditSubject(ctx.db, engagementId);
  return at;
}

export function setupDossier(ctx: ServiceContext, input: z.output<typeof DossierSetup>): { engagementId: string } {
  const row = ensureDossier(ctx, input.engagementId);
  const next = { ...row };
  if (input.schemeId !== undefined) {
    const scheme = getScheme(ctx, input.schemeId, input.schemeVersion);
    storeScheme(ctx, scheme);
    next.schemeId = scheme.id;
    next.schemeVersion = scheme.version;
  }
  if (input.referenceDate !== undefined) next.referenceDate = input.referenceDate;
  if (input.signatoryName !== undefined) next.signatoryName = input.signatoryName;
  if (input.signatoryRole !== undefined) next.signatoryRole = input.signatoryRole;
  next.updatedAt = ctx.now().toISOString();
  repo.updateDossier(ctx.db, next);
  auditSubject(ctx.db, input.engagementId);
  auditDetails(ctx.db, { scheme: `${next.schemeId}@${next.schemeVersion}` });
  return { engagementId: input.engagementId };
}

export function setText(
  ctx: ServiceContext,
  input: z.output<typeof SetTextInput>,
): { engagementId: string; partId: string; count: number } {
  ensureDossier(ctx, input.engagementId);
  const scheme = schemeOf(ctx, input.engagementId);
  const part = requirePart(scheme, input.partId);
  const unit = part.limit?.unit ?? 'characters';
  const count = countText(input.text, unit);
  if (part.limit && count > part.limit.max) {
    throw invalid(
      'text',
      'too_long',
      `The text of ${part.id} is ${count} ${unit}; the scheme allows ${part.limit.max}.`,
      { part: part.id, count, limit: part.limit.max, unit },
    );
  }
  const at = touch(ctx, input.engagementId);
  repo.setPartText(ctx.db, input.engagementId, part.id, input.text, at);
  return { engagementId: input.engagementId, partId: part.id, count };
}

export function rate(
  ctx: ServiceContext,
  input: z.output<typeof RateInput>,
): { engagementId: string; element: string } {
  ensureDossier(ctx, input.engagementId);
  const scheme = schemeOf(ctx, input.engagementId);
  requireElement(scheme, input.element);
  if (!onScale(scheme.rating, input.score)) {
    const { min, max, step } = scheme.rating;
    throw invalid(
      'score',
      'off_scale',
      `${input.score} is not on the scheme's scale: ${min} to ${max}${step === 1 ? '' : ` in steps of ${step}`}.`,
      { min, max, step },
    );
  }
  const at = touch(ctx, input.engagementId);
  repo.setRating(ctx.db, input.engagementId, input.element, input.score, input.justification, at);
  auditDetails(ctx.db, { element: input.element, score: input.score });
  return { engagementId: input.engagementId, element: input.element };
}

export function setFindings(
  ctx: ServiceContext,
  input: z.output<typeof FindingsInput>,
): { engagementId: string; element: string } {
  ensureDossier(ctx, input.engagementId);
  requireElement(schemeOf(ctx, input.engagementId), input.element);
  const at = touch(ctx, input.engagementId);
  repo.setFindings(ctx.db, input.engagementId, input.element, input.strengths, input.improvements, at);
  return { engagementId: input.engagementId, element: input.element };
}

export function saveKeyResult(ctx: ServiceContext, input: z.output<typeof KeyResultInput>): { id: string } {
  ensureDossier(ctx, input.engagementId);
  let id = input.id;
  let position: number;
  if (id !== undefined) {
    const found = repo.findKeyResult(ctx.db, id);
    if (!found || found.engagementId !== input.engagementId) {
      throw new AppError('not_found', `No key result ${id} in this dossier.`, { entity: 'keyResult', id });
    }
    position = found.position;
  } else {
    id = ctx.newId('kr');
    position = repo.nextKeyResultPosition(ctx.db, input.engagementId);
  }
  const at = touch(ctx, input.engagementId);
  repo.saveKeyResult(
    ctx.db,
    input.engagementId,
    {
      id,
      name: input.name,
      unit: input.unit,
      points: input.points,
      target: input.target,
      comparison: input.comparison,
      explanation: input.explanation,
      position,
    },
    at,
  );
  return { id };
}

export function removeKeyResult(ctx: ServiceContext, id: string): { id: string } {
  const found = repo.findKeyResult(ctx.db, id);
  if (!found) throw new AppError('not_found', `No key result ${id}.`, { entity: 'keyResult', id });
  touch(ctx, found.engagementId);
  repo.deleteKeyResult(ctx.db, id);
  return { id };
}

// ---- Reading ----

function statusOf(part: SchemePart, text: string, count: number, evidence: number): PartStatus {
  if (text.trim() === '') return 'empty';
  if (part.limit && count > part.limit.max) return 'over_limit';
  if (part.needsEvidence && evidence === 0) return 'needs_evidence';
  return 'complete';
}

/** The register with each file's state; `states` replaces the cheap check with one already made. */
export function evidenceItems(
  ctx: ServiceContext,
  engagementId: string,
  states?: ReadonlyMap<string, EvidenceFileState>,
): EvidenceItem[] {
  const folder = evidenceFolder(ctx);
  const links = new Map<string, string[]>();
  for (const l of repo.evidenceLinks(ctx.db, engagementId))
    links.set(l.evidenceId, [...(links.get(l.evidenceId) ?? []), l.partId]);
  return repo.evidenceRows(ctx.db, engagementId).map((row, i) => ({
    ...row,
    number: i + 1,
    parts: links.get(row.id) ?? [],
    file: states?.get(row.sha256) ?? fileState(folder, row.sha256, row.size),
  }));
}

function planOf(ctx: ServiceContext, engagementId: string): PlanItem[] {
  return getRoadmap(ctx, engagementId)
    .initiatives.filter((i) => i.status !== 'dropped')
    .map((i) => ({
      id: i.id,
      title: i.title,
      blocks: i.blocks,
      start: i.start,
      end: i.end,
      status: i.status,
      owner: i.owner?.name ?? null,
    }));
}

/**
 * Strengths and areas for improvement to start from, per building block: its two highest and two lowest
 * scored elements in the engagement's latest finalized round on the scheme's framework. Null for a scheme
 * on another framework, or before such a round exists.
 */
function drafts(
  ctx: ServiceContext,
  engagementId: string,
  scheme: SchemeFile,
  language: 'nl' | 'en',
): Map<string, { strengths: string; improvements: string }> {
  const out = new Map<string, { strengths: string; improvements: string }>();
  if (scheme.framework === null) return out;
  const latest = roundsOfEngagement(ctx.db, engagementId)
    .filter((a) => a.status === 'finalized' && a.frameworkId === scheme.framework)
    .at(-1);
  if (!latest) return out;
  const results = scoreRound(ctx, latest.id);
  const t = translator(language);
  const framework = getFramework(ctx, latest.frameworkId, latest.frameworkVersion);
  const names = new Map(framework.elements.map((e) => [e.id, e.name[language]]));
  const fmt = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  for (const element of scheme.elements) {
    const scored = results.elements
      .filter((e) => e.block === element.id && e.score !== null)
      .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.id.localeCompare(b.id));
    if (scored.length === 0) continue;
    const label = (e: (typeof scored)[number]) => `${names.get(e.id) ?? e.id} (${fmt.format(e.score ?? 0)})`;
    const top = scored.slice(0, Math.min(2, Math.ceil(scored.length / 2)));
    const bottom = scored.slice(-Math.min(2, Math.floor(scored.length / 2))).reverse();
    out.set(element.id, {
      strengths: t('dossier.draft.strengths', { round: latest.round, list: top.map(label).join('; ') }),
      improvements:
        bottom.length > 0
          ? t('dossier.draft.improvements', { round: latest.round, list: bottom.map(label).join('; ') })
          : '',
    });
  }
  return out;
}

/** The reference date the readiness counts from: the submission date, or today. */
export function referenceDateOf(ctx: ServiceContext, row: repo.DossierRow | undefined): string {
  return row?.referenceDate ?? calendarDate(ctx.now());
}

export function readinessOf(
  ctx: ServiceContext,
  scheme: SchemeFile,
  engagementId: string,
  evidence: EvidenceItem[],
  keyResults: KeyResult[],
): Readiness {
  const row = repo.findDossier(ctx.db, engagementId);
  return checkReadiness({
    scheme,
    texts: new Map(repo.partTexts(ctx.db, engagementId).map((p) => [p.partId, p.text])),
    ratings: new Map(
      repo
        .elementRows(ctx.db, engagementId)
        .filter((e) => e.score !== null)
        .map((e) => [e.elementId, { score: e.score as number, justification: e.justification ?? '' }]),
    ),
    evidence,
    keyResults,
    referenceDate: referenceDateOf(ctx, row),
  });
}

export function getDossier(
  ctx: ServiceContext,
  engagementId: string,
  options: { language?: 'nl' | 'en'; states?: ReadonlyMap<string, EvidenceFileState> } = {},
): Dossier {
  getEngagement(ctx, engagementId);
  const row = repo.findDossier(ctx.db, engagementId);
  const scheme = schemeOf(ctx, engagementId);
  const texts = new Map(repo.partTexts(ctx.db, engagementId).map((p) => [p.partId, p]));
  const evidence = evidenceItems(ctx, engagementId, options.states);
  const byPart = new Map<string, string[]>();
  for (const e of evidence) for (const p of e.parts) byPart.set(p, [...(byPart.get(p) ?? []), e.id]);
  const parts: DossierPart[] = scheme.parts.map((p) => {
    const text = texts.get(p.id)?.text ?? '';
    const count = countText(text, p.limit?.unit ?? 'characters');
    const linked = byPart.get(p.id) ?? [];
    return {
      ...p,
      text,
      count,
      characters: characterCount(text),
      words: wordCount(text),
      status: statusOf(p, text, count, linked.length),
      evidence: linked,
      updatedAt: texts.get(p.id)?.updatedAt ?? null,
    };
  });
  const elementRows = new Map(repo.elementRows(ctx.db, engagementId).map((e) => [e.elementId, e]));
  const draftOf = drafts(ctx, engagementId, scheme, options.language ?? ctx.osLanguage);
  const elements: DossierElement[] = scheme.elements.map((e) => {
    const r = elementRows.get(e.id);
    return {
      id: e.id,
      name: e.name,
      rating:
        r && r.score !== null && r.ratedAt !== null
          ? { score: r.score, justification: r.justification ?? '', updatedAt: r.ratedAt }
          : null,
      strengths: r?.strengths ?? null,
      improvements: r?.improvements ?? null,
      draft: draftOf.get(e.id) ?? null,
      parts: scheme.parts.filter((p) => p.element === e.id).map((p) => p.id),
    };
  });
  const keyResults = repo.keyResults(ctx.db, engagementId);
  const partIds = new Set(scheme.parts.map((p) => p.id));
  return {
    engagementId,
    started: row !== undefined,
    scheme: { id: scheme.id, version: scheme.version, name: scheme.name, rating: scheme.rating, rules: scheme.rules },
    referenceDate: row?.referenceDate ?? null,
    signatory: { name: row?.signatoryName ?? null, role: row?.signatoryRole ?? null },
    parts,
    elements,
    keyResults,
    evidence,
    plan: planOf(ctx, engagementId),
    readiness: readinessOf(ctx, scheme, engagementId, evidence, keyResults),
    setAside: [...texts.keys()].filter((id) => !partIds.has(id)),
    updatedAt: row?.updatedAt ?? null,
  };
}

export function getPart(ctx: ServiceContext, engagementId: string, partId: string): DossierPart {
  const dossier = getDossier(ctx, engagementId);
  const part = dossier.parts.find((p) => p.id === partId);
  if (!part) {
    throw new AppError('not_found', `${partId} is not a part of the scheme ${dossier.scheme.id}.`, {
      entity: 'part',
      id: partId,
    });
  }
  return part;
}
