import { readSetting, writeSetting } from '../../main/db/settingsStore';
import { csvHeader, csvRow, type PoolRecord } from '../../shared/pool/benchmarkCsv';
import type { ClientInput, ContactInput, EngagementInput } from '../../shared/clients/schemas';
import type { RespondentRole } from '../../shared/domain/identifiers';
import { sxDefault } from '../../shared/frameworks/sxDefault';
import type { StoredLogo } from '../../shared/settings/branding';
import type { TestBackend } from './backend';

/**
 * Fixtures for component tests, made through the real operations (so they are exactly what the app would
 * store). Each returns the id the backend gave; tests route with it.
 */

export function seedClient(b: TestBackend, client: Partial<ClientInput> & { name: string }): string {
  return b.run('clients.create', { sector: 'G', sizeBand: '50-249', country: 'NL', ...client }).id;
}

export function seedContact(b: TestBackend, clientId: string, contact: Omit<ContactInput, 'clientId'>): string {
  return b.run('contacts.create', { clientId, ...contact }).id;
}

export function seedEngagement(
  b: TestBackend,
  clientId: string,
  engagement: Partial<Omit<EngagementInput, 'clientId'>> & { title: string },
): string {
  return b.run('engagements.create', { purpose: 'diagnosis', startsOn: null, endsOn: null, ...engagement, clientId })
    .id;
}

export interface SeedRespondent {
  code: string;
  role: RespondentRole;
  name?: string;
  /** A score for every question of sx-default, or per question (null: not applicable; undefined: skipped). */
  scores?: number | ((questionId: string, index: number) => number | null | undefined);
}

/** A round with respondents and answers; `status` 'finalized' finalizes it at the end. */
export function seedRound(
  b: TestBackend,
  engagementId: string,
  round: {
    mode?: 'workshop' | 'survey';
    label?: string;
    heldOn?: string;
    status?: 'draft' | 'open' | 'finalized';
    respondents?: SeedRespondent[];
  } = {},
): string {
  const { id } = b.run('assessments.create', {
    engagementId,
    mode: round.mode ?? 'survey',
    round: round.label,
    heldOn: round.heldOn,
  });
  if (round.status && round.status !== 'draft') b.run('assessments.open', { id });
  for (const r of round.respondents ?? []) {
    const { id: respondentId } = b.run('respondents.create', {
      assessmentId: id,
      code: r.code,
      role: r.role,
      name: r.name ?? null,
    });
    if (r.scores === undefined) continue;
    sxDefault.questions.forEach((q, i) => {
      const score = typeof r.scores === 'function' ? r.scores(q.id, i) : r.scores;
      if (score === undefined) return;
      b.run('answers.set', {
        assessmentId: id,
        respondentId,
        questionId: q.id,
        score,
        notApplicable: score === null,
      });
    });
  }
  if (round.status === 'finalized') b.run('assessments.finalize', { id });
  return id;
}

/** Benchmark records through a real import (a pack row per record). */
export function seedPool(b: TestBackend, records: PoolRecord[], fileName = 'pool.csv') {
  const csv = `${csvHeader()}\n${records.map((r) => csvRow(r)).join('\n')}\n`;
  return b.run('pool.import', { contentBase64: Buffer.from(csv).toString('base64'), fileName, skipInvalid: false });
}

export function setLanguage(b: TestBackend, language: 'nl' | 'en' | null): void {
  b.run('settings.update', { language });
}

/** The ids the backend gave a round's respondents, by code. */
export function respondentIds(b: TestBackend, assessmentId: string): Record<string, string> {
  const { respondents } = b.run('assessments.workspace', { id: assessmentId });
  return Object.fromEntries(respondents.map((r) => [r.code, r.id]));
}

/**
 * The report logo, stored through a real `settings.setLogo`, then damaged in the database file — what no
 * operation does, and what a disk fault or a hand edit can: its bytes cut off after the PNG header.
 */
export function seedDamagedLogo(b: TestBackend, fileName: string, png: Uint8Array): void {
  b.run('settings.setLogo', { fileName, contentBase64: Buffer.from(png).toString('base64') });
  const stored = readSetting<StoredLogo>(b.db, 'branding.logo');
  if (!stored) throw new Error('settings.setLogo stored no logo');
  const damaged = Buffer.from(stored.dataBase64, 'base64').subarray(0, 40).toString('base64');
  writeSetting(b.db, 'branding.logo', { ...stored, dataBase64: damaged });
}
