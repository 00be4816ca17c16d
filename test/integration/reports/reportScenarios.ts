import { call, callAsync } from '../../../main/api/dispatch';
import { csvHeader, csvRow, POOL_BLOCKS, type PoolRecord } from '../../../shared/pool/benchmarkCsv';
import type { PoolFilters } from '../../../shared/pool/schemas';
import type { RespondentRole } from '../../../shared/domain/identifiers';
import type { Language } from '../../../shared/domain/identifiers';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { testContext } from '../support';
import { sampleLogoPng } from './sampleReport';

/**
 * The report scenarios on one database, made the way a consultant would: a benchmark pool of real
 * records imported as a Benchmark CSV, a municipality surveyed twice (25 respondents in three roles, the
 * second round a year later with some clear changes and some wobbles), a single-round client, and a round
 * still open. Each scenario is a `reports.build` request plus the branding it is exported with.
 */

type Ctx = ReturnType<typeof testContext>;

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A small deterministic generator (mulberry32), so every run writes the same answers. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUESTIONS = sxDefault.questions.map((q) => q.id);
const blockOf = (question: string) => question.slice(0, question.indexOf('.'));

/** The municipality's first round: block means on the 1–5 scale. */
const BASELINE: Record<string, number> = {
  B1: 3.3,
  B2: 3.0,
  B3: 2.6,
  B4: 3.5,
  B5: 2.5,
  B6: 2.3,
  B7: 2.0,
  B8: 3.1,
  B9: 2.8,
};
/** A year later: three blocks clearly up, one clearly down, the rest within the noise. */
const FOLLOW_UP_SHIFT: Record<string, number> = {
  B1: 0.05,
  B2: 0.6,
  B3: 0.0,
  B4: -0.06,
  B5: 0.7,
  B6: 0.55,
  B7: -0.5,
  B8: 0.04,
  B9: -0.03,
};
const ROLE_OFFSET: Partial<Record<RespondentRole, number>> = { management: 0.55, staff: -0.1, frontline: -0.25 };

export const ROUND_ROLES: Record<'management' | 'staff' | 'frontline', number> = {
  management: 6,
  staff: 12,
  frontline: 7,
};

/** A Responses CSV of `roles` respondents whose block means follow `means`. */
function responsesCsv(means: Record<string, number>, roles: Partial<Record<RespondentRole, number>>, seed: number) {
  const next = random(seed);
  const rows: string[][] = [];
  let serial = 0;
  for (const [role, count] of Object.entries(roles) as [RespondentRole, number][]) {
    for (let i = 0; i < count; i++) {
      serial += 1;
      const person = (next() - 0.5) * 0.8;
      rows.push([
        `R${String(serial).padStart(2, '0')}`,
        role,
        ...QUESTIONS.map((q) => {
          const roll = next();
          if (roll < 0.02) return 'n/a';
          if (roll < 0.03) return '';
          const value = (means[blockOf(q)] ?? 3) + (ROLE_OFFSET[role] ?? 0) + person + (next() - 0.5) * 1.6;
          return String(Math.max(1, Math.min(5, Math.round(value))));
        }),
      ]);
    }
  }
  return [['respondent', 'role', ...QUESTIONS], ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
}

let recordSerial = 0;
function poolRecord(
  next: () => number,
  profile: Pick<PoolRecord, 'sector' | 'sizeBand' | 'country' | 'year'>,
  missing: readonly string[] = [],
): PoolRecord {
  recordSerial += 1;
  const level = 2.3 + next() * 1.5;
  return {
    recordId: `5ce0a1e2-0000-4000-8000-${String(recordSerial).padStart(12, '0')}`,
    framework: 'sx-default',
    ...profile,
    scores: POOL_BLOCKS.map((b) =>
      missing.includes(b) ? null : Math.round(100 * Math.max(1, Math.min(5, level + (next() - 0.5) * 1.2))),
    ),
    synthetic: false,
  };
}

/**
 * Real records: 60 public-administration assessments (sector O), 8 in education (P) of which 4 lack a
 * block — so P has enough records but fewer than k = 5 complete ones — and 2 in sector S.
 */
function poolCsv(): string {
  const next = random(7);
  const records: PoolRecord[] = [];
  const sizes = ['50-249', '250-999', '1000+'];
  for (let i = 0; i < 60; i++)
    records.push(
      poolRecord(next, { sector: 'O', sizeBand: sizes[i % 3] as string, country: 'NL', year: 2023 + (i % 4) }),
    );
  for (let i = 0; i < 8; i++)
    records.push(
      poolRecord(next, { sector: 'P', sizeBand: '250-999', country: 'NL', year: 2025 }, i < 4 ? ['B7'] : []),
    );
  for (let i = 0; i < 2; i++)
    records.push(poolRecord(next, { sector: 'S', sizeBand: '50-249', country: 'BE', year: 2025 }));
  return `${csvHeader()}\n${records.map((r) => csvRow(r)).join('\n')}\n`;
}

function surveyRound(
  ctx: Ctx,
  engagementId: string,
  round: string,
  heldOn: string,
  means: Record<string, number>,
  seed: number,
): string {
  const { id } = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey', round, heldOn }));
  const csv = responsesCsv(means, ROUND_ROLES, seed);
  must(
    call(ctx, 'assessments.importResponses', { assessmentId: id, contentBase64: Buffer.from(csv).toString('base64') }),
  );
  must(
    call(ctx, 'assessments.setShifts', {
      assessmentId: id,
      positions: Object.fromEntries(
        sxDefault.shifts.map((s, i) => [s.id, { now: 2 + ((i * 3 + seed) % 5), desired: 6 + (i % 4) }]),
      ),
    }),
  );
  return id;
}

export interface ScenarioDatabase {
  ctx: Ctx;
  /** The single-round client's finalized round. */
  single: string;
  /** The municipality's second, finalized round (the first is finalized too). */
  followUp: string;
  /** A round still open. */
  draft: string;
}

export function scenarioDatabase(): ScenarioDatabase {
  const ctx = testContext();
  must(call(ctx, 'pool.import', { contentBase64: Buffer.from(poolCsv()).toString('base64'), fileName: 'pool.csv' }));

  const municipality = must(
    call(ctx, 'clients.create', { name: 'Gemeente Voorbeeld', sector: 'O', sizeBand: '250-999', country: 'NL' }),
  ).id;
  const programme = must(
    call(ctx, 'engagements.create', {
      clientId: municipality,
      title: 'Excellente dienstverlening 2025–2026',
      purpose: 'excellence-programme',
      lead: 'Anna de Vries',
    }),
  ).id;
  const baseline = surveyRound(ctx, programme, 'Nulmeting', '2025-10-14', BASELINE, 11);
  must(call(ctx, 'assessments.finalize', { id: baseline }));
  const shifted = Object.fromEntries(Object.entries(BASELINE).map(([b, m]) => [b, m + (FOLLOW_UP_SHIFT[b] ?? 0)]));
  const followUp = surveyRound(ctx, programme, 'Vervolgmeting', '2026-10-20', shifted, 12);
  must(call(ctx, 'assessments.finalize', { id: followUp }));

  const water = must(
    call(ctx, 'clients.create', { name: 'Waterschap De Dommel', sector: 'O', sizeBand: '250-999', country: 'NL' }),
  ).id;
  const diagnosis = must(
    call(ctx, 'engagements.create', { clientId: water, title: 'Diagnose 2026', purpose: 'diagnosis', lead: null }),
  ).id;
  const single = surveyRound(ctx, diagnosis, 'Nulmeting 2026', '2026-09-08', BASELINE, 21);
  must(call(ctx, 'assessments.finalize', { id: single }));
  const draft = surveyRound(ctx, diagnosis, 'Tussenmeting', '2026-11-10', shifted, 22);
  return { ctx, single, followUp, draft };
}

export const SCENARIOS = [
  'full',
  'partlyBelowK',
  'belowK',
  'draft',
  'twoRounds',
  'noBranding',
  'fullBranding',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

const SECTOR = (sector: PoolFilters['sector'][number]): PoolFilters => ({
  sector: [sector],
  size: [],
  country: [],
  from: null,
  to: null,
});

/** Which round, which group and which branding each scenario is exported with. */
export function scenarioRequest(
  db: ScenarioDatabase,
  scenario: Scenario,
): { assessmentId: string; filters: PoolFilters; branding: 'plain' | 'firm' | 'firmWithLogo' } {
  switch (scenario) {
    case 'full':
      return { assessmentId: db.single, filters: SECTOR('O'), branding: 'firm' };
    case 'partlyBelowK':
      return { assessmentId: db.single, filters: SECTOR('P'), branding: 'firm' };
    case 'belowK':
      return { assessmentId: db.single, filters: SECTOR('S'), branding: 'firm' };
    case 'draft':
      return { assessmentId: db.draft, filters: SECTOR('O'), branding: 'firm' };
    case 'twoRounds':
      return { assessmentId: db.followUp, filters: SECTOR('O'), branding: 'firm' };
    case 'noBranding':
      return { assessmentId: db.single, filters: SECTOR('O'), branding: 'plain' };
    case 'fullBranding':
      return { assessmentId: db.followUp, filters: SECTOR('O'), branding: 'firmWithLogo' };
  }
}

function applyBranding(ctx: Ctx, branding: 'plain' | 'firm' | 'firmWithLogo') {
  if (branding === 'plain') {
    must(call(ctx, 'settings.update', { branding: { firmName: '', accent: '#1f4e79', font: 'Calibri' } }));
    must(call(ctx, 'settings.removeLogo', {}));
    return;
  }
  must(
    call(ctx, 'settings.update', {
      branding: { firmName: 'Thomassen & Partners', accent: '#0b7285', font: 'Calibri' },
    }),
  );
  if (branding === 'firmWithLogo') {
    must(
      call(ctx, 'settings.setLogo', {
        fileName: 'logo.png',
        contentBase64: Buffer.from(sampleLogoPng()).toString('base64'),
      }),
    );
  } else must(call(ctx, 'settings.removeLogo', {}));
}

/** A scenario's report as `reports.build` writes it. */
export async function buildScenario(
  db: ScenarioDatabase,
  scenario: Scenario,
  language: Language,
): Promise<{ fileName: string; bytes: Uint8Array; warnings: string[] }> {
  const request = scenarioRequest(db, scenario);
  applyBranding(db.ctx, request.branding);
  const built = must(
    await callAsync(db.ctx, 'reports.build', {
      assessmentId: request.assessmentId,
      language,
      benchmark: { filters: request.filters },
    }),
  );
  return {
    fileName: built.fileName,
    bytes: new Uint8Array(Buffer.from(built.contentBase64, 'base64')),
    warnings: built.warnings,
  };
}
