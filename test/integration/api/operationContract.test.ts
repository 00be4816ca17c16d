import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { COMMON_ERRORS, type OperationDef } from '../../../shared/api/operation';
import { type OperationName, OPERATION_NAMES, operations } from '../../../shared/api/operations';
import type { Entity } from '../../../shared/api/entities';
import { csvHeader, csvRow } from '../../../shared/pool/benchmarkCsv';
import { syntheticRecords } from '../../../shared/pool/synthetic';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { png, toBase64 } from '../../unit/settings/logoFixtures';
import fs from 'node:fs';
import path from 'node:path';
import { backupsFolder } from '../../../main/backup/folder';
import { testContext } from '../support';

/**
 * The operation table is a contract, checked here for every operation against the real dispatcher:
 * - it returns only the errors it declares (plus bad input, a busy database and a bug);
 * - a reading operation changes no table; a writing one changes only tables of the entities it declares
 *   (triggers record every table a call touched), so the change events that refresh screens and the pool's
 *   index never miss a write.
 * Every operation must have cases here: the table of cases is typed by the operation names.
 */

/** Which entity each table belongs to. A table a new migration adds must be named here. */
const TABLE_ENTITY: Record<string, Entity | null> = {
  clients: 'clients',
  contacts: 'contacts',
  engagements: 'engagements',
  settings: 'settings',
  frameworks: 'frameworks',
  assessments: 'assessments',
  respondents: 'respondents',
  answers: 'answers',
  shift_positions: 'shifts',
  packs: 'packs',
  pool_records: 'pool',
  pool_contributions: 'pool',
  roadmaps: 'roadmap',
  roadmap_targets: 'roadmap',
  roadmap_dismissed: 'roadmap',
  initiatives: 'initiatives',
  initiative_targets: 'initiatives',
  initiative_milestones: 'initiatives',
  initiative_dependencies: 'initiatives',
  initiative_history: 'initiatives',
  report_exports: 'reports',
  round_notes: 'notes',
  round_invitations: 'notes',
  survey_mappings: 'mappings',
  recognition_schemes: 'schemes',
  dossiers: 'dossiers',
  dossier_parts: 'dossiers',
  dossier_elements: 'dossiers',
  dossier_key_results: 'dossiers',
  evidence: 'evidence',
  evidence_links: 'evidence',
  team_state: 'team',
  team_pushed: 'team',
  team_published: 'team',
  // Written by the dispatcher for every write, or derived by triggers from the tables above.
  audit_log: null,
  change_log: null,
  sqlite_sequence: null,
};

type Ctx = ReturnType<typeof testContext>;

interface World {
  clientId: string;
  contactId: string;
  engagementId: string;
  openRound: string;
  respondentId: string;
  finalRound: string;
  packId: string;
  backup: string;
  /** The client as a bundle (base64). */
  bundle: string;
  initiativeId: string;
  dependentId: string;
  evidenceId: string;
  keyResultId: string;
  /** A folder for files the dossier's package writes. */
  folder: string;
}

function must<T>(r: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!r.ok) throw new Error(`setup failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function world(ctx: Ctx): Promise<World> {
  const run = async (op: OperationName, input: unknown) => must<{ id: string }>(await dispatch(ctx, op, input));
  const clientId = (await run('clients.create', { name: 'Zorg Zuid', sector: 'Q', sizeBand: '250-999', country: 'NL' }))
    .id;
  const contactId = (await run('contacts.create', { clientId, name: 'Anouk de Vries' })).id;
  const engagementId = (
    await run('engagements.create', { clientId, title: 'Diagnose', purpose: 'diagnosis', benchmarkConsent: true })
  ).id;
  const openRound = (await run('assessments.create', { engagementId, mode: 'workshop' })).id;
  const respondentId = (await run('respondents.create', { assessmentId: openRound, code: 'R1', role: 'management' }))
    .id;
  const finalRound = (await run('assessments.create', { engagementId, mode: 'survey', heldOn: '2026-05-01' })).id;
  const other = (await run('respondents.create', { assessmentId: finalRound, code: 'R1', role: 'staff' })).id;
  for (const q of sxDefault.questions) {
    await dispatch(ctx, 'answers.set', { assessmentId: finalRound, respondentId: other, questionId: q.id, score: 3 });
  }
  await run('assessments.finalize', { id: finalRound });
  const csv = `${csvHeader()}\n${[...syntheticRecords(12, { seed: 5 })].map((r) => csvRow({ ...r, synthetic: false })).join('\n')}\n`;
  const imported = must<{ pack: { id: string } }>(
    await dispatch(ctx, 'pool.import', { contentBase64: Buffer.from(csv).toString('base64'), fileName: 'p.csv' }),
  );
  must(await dispatch(ctx, 'settings.setLogo', { fileName: 'firm.png', contentBase64: toBase64(png(40, 20)) }));
  const initiativeId = (
    await run('initiatives.create', {
      engagementId,
      title: 'Klantpanel',
      blocks: ['B5'],
      start: '2027-Q1',
      end: '2027-Q2',
      ownerContactId: contactId,
      milestones: [{ title: 'Eerste sessie', due: '2027-02-15' }],
    })
  ).id;
  const dependentId = (
    await run('initiatives.create', {
      engagementId,
      title: 'Klantreizen',
      blocks: ['B6'],
      start: '2027-Q3',
      end: '2027-Q4',
      dependsOn: [initiativeId],
    })
  ).id;
  const { contentBase64: bundle } = must<{ contentBase64: string }>(
    await dispatch(ctx, 'bundles.export', { clientId }),
  );
  const evidenceId = (
    await run('evidence.add', {
      engagementId,
      title: 'Klantvisie 2026',
      type: 'policy',
      date: '2026-03-01',
      fileName: 'visie.pdf',
      contentBase64: Buffer.from('%PDF-1.4 visie').toString('base64'),
      links: ['B1.approach'],
    })
  ).id;
  await run('dossier.setText', { engagementId, partId: 'B1.approach', text: 'De visie staat op één A4.' });
  const keyResultId = (
    await run('dossier.saveKeyResult', {
      engagementId,
      name: 'NPS',
      points: [
        { period: '2024', value: 21 },
        { period: '2025', value: 28 },
      ],
      target: 35,
    })
  ).id;
  // A backup in the folder, as the list would show it (a plain copy: the backup cases make their own too).
  const backup = 'workbench.backup-2026-11-22T09-00-00-000Z-manual.sqlite';
  fs.mkdirSync(backupsFolder(ctx.file), { recursive: true });
  ctx.db.prepare('VACUUM INTO ?').run(path.join(backupsFolder(ctx.file), backup));
  return {
    clientId,
    contactId,
    engagementId,
    openRound,
    respondentId,
    finalRound,
    packId: imported.pack.id,
    initiativeId,
    dependentId,
    backup,
    bundle,
    evidenceId,
    keyResultId,
    folder: path.dirname(ctx.file),
  };
}

const gone = 'xx_404';
const offline = 'postgres://anna@127.0.0.1:1/firm';
const scores = { B1: 3, B2: 3, B3: 3, B4: 3, B5: 3, B6: 3, B7: 3, B8: 3, B9: 3 };
const client = { name: 'Acme', sector: 'K', sizeBand: '10-49', country: 'NL' };

/** Inputs for every operation: ordinary ones, unknown ids and refused states. */
const CASES: Record<OperationName, (w: World) => unknown[]> = {
  'app.info': () => [{}],
  'settings.get': () => [{}],
  'settings.update': () => [{ language: 'nl' }, { benchmarkK: 7 }, { branding: { firmName: 'Ortega' } }],
  'settings.logo': () => [{}],
  'settings.setLogo': () => [
    { fileName: 'x.png', contentBase64: toBase64(png(10, 10)) },
    { fileName: 'x.gif', contentBase64: 'R0lGODlh' },
  ],
  'settings.removeLogo': () => [{}, {}],
  'home.summary': () => [{}, { offset: 1, limit: 10 }],
  'home.badge': () => [{}],
  'clients.list': () => [{}, { search: 'zorg', archived: 'all' }],
  'clients.get': (w) => [{ id: w.clientId }, { id: gone }],
  'clients.create': () => [client],
  'clients.update': (w) => [
    { id: w.clientId, ...client },
    { id: gone, ...client },
  ],
  'clients.archive': (w) => [{ id: w.clientId }, { id: gone }],
  'clients.restore': (w) => [{ id: w.clientId }, { id: gone }],
  'clients.erasurePreview': (w) => [{ id: w.clientId }, { id: gone }],
  'clients.erase': (w) => [
    { id: w.clientId, confirm: 'wrong' },
    { id: gone, confirm: 'x' },
    { id: w.clientId, confirm: 'Zorg Zuid', deleteBackups: true },
  ],
  'contacts.create': (w) => [
    { clientId: w.clientId, name: 'Pieter' },
    { clientId: gone, name: 'Pieter' },
  ],
  'contacts.update': (w) => [
    { id: w.contactId, clientId: w.clientId, name: 'Anouk' },
    { id: gone, clientId: w.clientId, name: 'x' },
  ],
  'contacts.delete': (w) => [{ id: w.contactId }, { id: gone }],
  'engagements.list': (w) => [{}, { clientId: w.clientId, statuses: ['active'] }],
  'engagements.get': (w) => [{ id: w.engagementId }, { id: gone }],
  'engagements.create': (w) => [
    { clientId: w.clientId, title: 'Vervolg', purpose: 'transformation' },
    { clientId: gone, title: 'x', purpose: 'diagnosis' },
  ],
  'engagements.update': (w) => [
    { id: w.engagementId, clientId: w.clientId, title: 'Diagnose', purpose: 'diagnosis', status: 'active' },
    { id: gone, clientId: w.clientId, title: 'x', purpose: 'diagnosis' },
  ],
  'engagements.delete': (w) => [
    { id: gone, confirm: true },
    { id: w.engagementId, confirm: true },
  ],
  'frameworks.list': () => [{}],
  'frameworks.get': () => [{ id: 'sx-default' }, { id: 'nope' }],
  'frameworks.import': () => [
    { content: JSON.stringify({ ...sxDefault, version: '9.0.0' }) },
    { content: JSON.stringify({ ...sxDefault, name: { nl: 'Anders', en: 'Other' } }) },
    { content: '{' },
  ],
  'assessments.list': (w) => [{ engagementId: w.engagementId }, { engagementId: gone }],
  'assessments.workspace': (w) => [{ id: w.openRound }, { id: gone }],
  'assessments.create': (w) => [
    { engagementId: w.engagementId, mode: 'survey' },
    { engagementId: gone, mode: 'survey' },
  ],
  'assessments.update': (w) => [
    { id: w.openRound, round: 'Nulmeting', heldOn: '2026-10-01' },
    { id: w.finalRound, round: 'x', heldOn: null },
    { id: gone, round: 'x', heldOn: null },
  ],
  'assessments.open': (w) => [{ id: w.openRound }, { id: w.openRound }, { id: gone }],
  'assessments.finalize': (w) => [{ id: w.finalRound }, { id: gone }, { id: w.openRound }],
  'assessments.reopen': (w) => [
    { id: w.openRound, reason: 'not finalized' },
    { id: gone, reason: 'xyz' },
    { id: w.finalRound, reason: 'late answers' },
  ],
  'assessments.delete': (w) => [
    { id: gone, confirm: true },
    { id: w.finalRound, confirm: true },
  ],
  'assessments.results': (w) => [{ id: w.finalRound }, { id: gone }],
  'assessments.importResponses': (w) => [
    { assessmentId: w.openRound, contentBase64: Buffer.from('respondent,role,B1.Q1\nR9,staff,4\n').toString('base64') },
    { assessmentId: w.openRound, contentBase64: Buffer.from('respondent,role,B1.Q1\nR1,staff,4\n').toString('base64') },
    { assessmentId: w.openRound, contentBase64: Buffer.from('respondent,role,X\nR8,staff,9\n').toString('base64') },
    { assessmentId: w.finalRound, contentBase64: Buffer.from('respondent,role\n').toString('base64') },
    { assessmentId: gone, contentBase64: '' },
  ],
  'assessments.template': (w) => [{ assessmentId: w.openRound }, { assessmentId: gone }],
  'surveys.import': (w) => [
    { assessmentId: w.openRound, contentBase64: Buffer.from('respondent,role,B1.Q1\nR9,staff,4\n').toString('base64') },
    { assessmentId: w.openRound, contentBase64: Buffer.from('respondent,role,B1.Q1\nR1,staff,4\n').toString('base64') },
    {
      assessmentId: w.openRound,
      contentBase64: Buffer.from('ID,Start time,Role,Q\n1,x,staff,4\n').toString('base64'),
      mapping: { columns: { Q: 'B1.Q2' }, values: {}, roles: {} },
    },
    { assessmentId: w.openRound, contentBase64: Buffer.from('respondent,role,X\nR8,staff,9\n').toString('base64') },
    { assessmentId: w.finalRound, contentBase64: Buffer.from('respondent,role\n').toString('base64') },
    { assessmentId: gone, contentBase64: '' },
  ],
  'surveys.preview': (w) => [
    { assessmentId: w.openRound, contentBase64: Buffer.from('respondent,role,X\nR8,staff,9\n').toString('base64') },
    { assessmentId: gone, contentBase64: '' },
  ],
  'surveys.kit': (w) => [
    { assessmentId: w.openRound, language: 'nl', format: 'json' },
    { assessmentId: w.openRound, language: 'en', format: 'xlsx' },
    { assessmentId: gone, language: 'en', format: 'docx' },
  ],
  'surveys.exportResults': (w) => [{ assessmentId: w.finalRound }, { assessmentId: gone }],
  'surveys.mappings': (w) => [{ assessmentId: w.openRound }, { assessmentId: gone }],
  'surveys.saveMapping': (w) => [
    { assessmentId: w.openRound, name: 'Formulier 2026', mapping: { columns: { Klantgericht: 'B1.Q1' } } },
    { assessmentId: w.openRound, name: 'formulier 2026', mapping: { values: { Altijd: 5 } } },
    { assessmentId: w.openRound, name: '', mapping: {} },
    { assessmentId: gone, name: 'x', mapping: {} },
  ],
  'surveys.deleteMapping': () => [{ id: gone }],
  'assessments.setShifts': (w) => [
    { assessmentId: w.openRound, positions: { S1: { now: 3, desired: 8 } } },
    { assessmentId: w.openRound, positions: { S99: { now: 3, desired: 8 } } },
    { assessmentId: w.finalRound, positions: {} },
    { assessmentId: gone, positions: {} },
  ],
  'respondents.create': (w) => [
    { assessmentId: w.openRound, code: 'R2', role: 'staff' },
    { assessmentId: w.openRound, code: 'R1', role: 'staff' },
    { assessmentId: w.finalRound, code: 'R3', role: 'staff' },
    { assessmentId: gone, code: 'R3', role: 'staff' },
  ],
  'respondents.update': (w) => [
    { id: w.respondentId, assessmentId: w.openRound, code: 'Table 1', role: 'management' },
    { id: gone, assessmentId: w.openRound, code: 'x', role: 'staff' },
  ],
  'respondents.delete': (w) => [{ id: gone }, { id: w.respondentId }],
  'answers.set': (w) => [
    { assessmentId: w.openRound, respondentId: w.respondentId, questionId: 'B1.Q1', score: 4 },
    { assessmentId: w.openRound, respondentId: w.respondentId, questionId: 'B9.Q9', score: 4 },
    { assessmentId: w.openRound, respondentId: gone, questionId: 'B1.Q1', score: 4 },
    { assessmentId: w.finalRound, respondentId: w.respondentId, questionId: 'B1.Q1', score: 4 },
  ],
  'pool.contribution': (w) => [{ assessmentId: w.finalRound }, { assessmentId: gone }],
  'pool.contribute': (w) => [
    { assessmentId: w.openRound },
    { assessmentId: gone },
    { assessmentId: w.finalRound },
    { assessmentId: w.finalRound },
  ],
  'pool.withdraw': (w) => [{ assessmentId: w.openRound }, { assessmentId: gone }],
  'pool.import': () => [
    { contentBase64: Buffer.from(`${csvHeader()}\nbroken\n`).toString('base64') },
    { contentBase64: Buffer.from(`${csvHeader()}\n`).toString('base64'), jobId: 'import-job-1' },
    { content: Buffer.from(`${csvHeader()}\n`) },
  ],
  'pool.export': () => [{}, { format: 'pack', k: 3 }],
  'pool.exportWorkbook': () => [{}, { records: 'synthetic', k: 3 }],
  'pool.exportComparison': (w) => [{ assessmentId: w.finalRound, language: 'nl' }, { scores }, { assessmentId: gone }],
  'pool.packs': () => [{}],
  'pool.removePack': (w) => [{ packId: gone }, { packId: w.packId }],
  'pool.stats': () => [{}],
  'pool.compare': (w) => [{ assessmentId: w.finalRound }, { scores }, { assessmentId: gone }],
  'pool.widen': (w) => [{ assessmentId: w.finalRound, filters: { sector: ['Q'], size: ['1-9'] } }, { scores }],
  'reports.build': (w) => [
    { assessmentId: w.finalRound, language: 'nl' },
    { assessmentId: gone, language: 'en' },
  ],
  'reports.save': (w) => [{ assessmentId: w.finalRound, language: 'en' }],
  'reports.recordExport': (w) => [
    { assessmentId: w.finalRound, language: 'nl' },
    { assessmentId: gone, language: 'en' },
  ],
  'reports.notes': (w) => [{ assessmentId: w.finalRound }, { assessmentId: gone }],
  'reports.saveNotes': (w) => [
    { assessmentId: w.finalRound, language: 'nl', keyMessages: '- Eén', recommendations: '', invited: { staff: 4 } },
    { assessmentId: w.finalRound, language: 'en', keyMessages: 'x'.repeat(5000), recommendations: '', invited: {} },
    { assessmentId: w.finalRound, language: 'en', keyMessages: '', recommendations: '', invited: { staff: 0 } },
    { assessmentId: gone, language: 'en', keyMessages: '', recommendations: '', invited: {} },
  ],
  'files.showInFolder': () => [{ path: '/tmp/report.docx' }],
  'demo.seed': () => [{}],
  'database.health': () => [{}],
  'backup.list': () => [{}],
  'backup.now': () => [{}],
  'backup.verify': (w) => [{}, { file: w.backup }, { file: 'gone.sqlite' }],
  'backup.preview': (w) => [{ file: w.backup }, { file: 'gone.sqlite' }],
  'backup.restore': (w) => [{ file: w.backup }, { file: 'gone.sqlite' }, { file: w.backup }],
  'backup.delete': (w) => [{ file: 'gone.sqlite' }, { file: '../workbench.sqlite' }, { file: w.backup }],
  'backup.chooseFile': () => [{}],
  'jobs.progress': () => [{ jobId: 'no-such-job' }, { jobId: 'x' }],
  'jobs.cancel': () => [{ jobId: 'no-such-job' }],
  'bundles.export': (w) => [
    { clientId: w.clientId },
    { clientId: gone },
    { clientId: w.clientId, engagementIds: [gone] },
    { clientId: w.clientId, passphrase: 'short' },
  ],
  'bundles.preview': (w) => [
    { contentBase64: w.bundle },
    { contentBase64: w.bundle, asNew: true },
    { contentBase64: 'bm90IGEgYnVuZGxl' },
  ],
  'bundles.import': (w) => [
    { contentBase64: w.bundle },
    { contentBase64: w.bundle, asNew: true },
    { contentBase64: 'bm90IGEgYnVuZGxl' },
  ],
  'roadmap.get': (w) => [{ engagementId: w.engagementId }, { engagementId: gone }],
  'roadmap.setHorizon': (w) => [
    { engagementId: w.engagementId, first: '2027-Q1', quarters: 8 },
    { engagementId: w.engagementId, first: '2027-Q5', quarters: 8 },
    { engagementId: gone, first: '2027-Q1', quarters: 8 },
  ],
  'roadmap.setTarget': (w) => [
    { engagementId: w.engagementId, block: 'B5', target: 3.5, by: '2027-Q4' },
    { engagementId: w.engagementId, block: 'B12', target: 3.5, by: '2027-Q4' },
    { engagementId: gone, block: 'B5', target: 3.5, by: '2027-Q4' },
  ],
  'roadmap.removeTarget': (w) => [
    { engagementId: w.engagementId, block: 'B5' },
    { engagementId: gone, block: 'B5' },
  ],
  'roadmap.suggest': (w) => [
    { assessmentId: w.finalRound, language: 'nl' },
    { assessmentId: w.openRound, language: 'en' },
    { assessmentId: gone, language: 'en' },
  ],
  'roadmap.acceptSuggestion': (w) => [
    { assessmentId: w.finalRound, key: 'B1.E1.T1', language: 'en' },
    { assessmentId: w.finalRound, key: 'B1.E1.T1', language: 'en' },
    { assessmentId: w.finalRound, key: 'nope', language: 'en' },
    { assessmentId: w.openRound, key: 'B1.E1.T1', language: 'en' },
  ],
  'roadmap.dismissSuggestion': (w) => [
    { engagementId: w.engagementId, key: 'B1.E1.T1' },
    { engagementId: gone, key: 'B1.E1.T1' },
  ],
  'roadmap.restoreSuggestion': (w) => [
    { engagementId: w.engagementId, key: 'B1.E1.T1' },
    { engagementId: gone, key: 'B1.E1.T1' },
  ],
  'initiatives.create': (w) => [
    { engagementId: w.engagementId, title: 'Dashboard', blocks: ['B9'], start: '2027-Q1', end: '2027-Q2' },
    { engagementId: w.engagementId, title: 'x', blocks: ['B12'], start: '2027-Q1', end: '2027-Q2' },
    { engagementId: w.engagementId, title: 'x', blocks: ['B1'], start: '2027-Q1', end: '2027-Q2', dependsOn: [gone] },
    { engagementId: gone, title: 'x', blocks: ['B1'], start: '2027-Q1', end: '2027-Q2' },
  ],
  'initiatives.update': (w) => [
    { id: w.initiativeId, status: 'in-progress', start: '2027-Q2', progress: 20 },
    { id: w.initiativeId, dependsOn: [w.dependentId] },
    { id: w.initiativeId, end: '2026-Q1' },
    { id: gone, title: 'x' },
  ],
  'initiatives.delete': (w) => [{ id: gone }, { id: w.initiativeId }],
  'roadmap.export': (w) => [
    { engagementId: w.engagementId, format: 'xlsx', language: 'nl' },
    { engagementId: w.engagementId, format: 'docx', language: 'en' },
    { engagementId: gone, format: 'docx', language: 'en' },
  ],
  'roadmap.save': (w) => [{ engagementId: w.engagementId, format: 'xlsx', language: 'en' }],
  'schemes.list': () => [{}],
  'schemes.get': () => [{ id: 'sx-recognition' }, { id: 'sx-recognition', version: '9.9.9' }, { id: gone }],
  'schemes.import': () => [{ content: '{}' }, { content: 'not json' }],
  'dossier.get': (w) => [{ engagementId: w.engagementId }, { engagementId: gone }],
  'dossier.part': (w) => [
    { engagementId: w.engagementId, partId: 'B1.approach' },
    { engagementId: w.engagementId, partId: 'B99.approach' },
    { engagementId: gone, partId: 'profile' },
  ],
  'dossier.setup': (w) => [
    { engagementId: w.engagementId, referenceDate: '2026-12-01', signatoryName: 'Anouk de Vries' },
    { engagementId: w.engagementId, schemeId: gone },
    { engagementId: gone },
  ],
  'dossier.setText': (w) => [
    { engagementId: w.engagementId, partId: 'profile', text: 'Zorg Zuid is een zorgorganisatie.' },
    { engagementId: w.engagementId, partId: 'B1.approach', text: 'x'.repeat(4001) },
    { engagementId: w.engagementId, partId: 'B0.approach', text: 'x' },
    { engagementId: gone, partId: 'profile', text: 'x' },
  ],
  'dossier.rate': (w) => [
    { engagementId: w.engagementId, element: 'B3', score: 4, justification: 'Waarden zijn zichtbaar.' },
    { engagementId: w.engagementId, element: 'B3', score: 6, justification: 'x' },
    { engagementId: w.engagementId, element: 'B10', score: 3, justification: 'x' },
  ],
  'dossier.setFindings': (w) => [
    { engagementId: w.engagementId, element: 'B3', strengths: 'Trots', improvements: null },
    { engagementId: w.engagementId, element: 'X', strengths: null, improvements: null },
  ],
  'dossier.saveKeyResult': (w) => [
    { engagementId: w.engagementId, name: 'Klachten', points: [{ period: '2025', value: 40 }] },
    { engagementId: w.engagementId, id: w.keyResultId, name: 'NPS', target: 40 },
    { engagementId: w.engagementId, id: gone, name: 'X' },
  ],
  'dossier.removeKeyResult': (w) => [{ id: w.keyResultId }, { id: gone }],
  'dossier.check': (w) => [{ engagementId: w.engagementId, language: 'nl' }, { engagementId: gone }],
  'dossier.export': (w) => [
    { engagementId: w.engagementId, language: 'en' },
    { engagementId: gone, language: 'nl' },
  ],
  'dossier.package': (w) => [
    { engagementId: w.engagementId, language: 'nl', out: path.join(w.folder, 'dossier.zip') },
    { engagementId: w.engagementId, language: 'nl' },
    { engagementId: w.engagementId, language: 'nl', out: path.join(w.folder, 'missing', 'dossier.zip') },
  ],
  'evidence.add': (w) => [
    {
      engagementId: w.engagementId,
      title: 'Jaarverslag',
      type: 'report',
      date: '2026-01-15',
      fileName: 'jaarverslag.pdf',
      contentBase64: Buffer.from('%PDF jaarverslag').toString('base64'),
    },
    {
      engagementId: w.engagementId,
      title: 'Weg',
      type: 'report',
      date: '2026-01-15',
      fileName: 'x',
      path: '/nonexistent/x.pdf',
    },
    {
      engagementId: w.engagementId,
      title: 'X',
      type: 'report',
      date: '2026-01-15',
      fileName: 'x',
      contentBase64: 'eA==',
      links: ['B0.x'],
    },
    { engagementId: gone, title: 'X', type: 'report', date: '2026-01-15', fileName: 'x', contentBase64: 'eA==' },
  ],
  'evidence.list': (w) => [{ engagementId: w.engagementId }, { engagementId: gone }],
  'evidence.update': (w) => [
    { id: w.evidenceId, title: 'Visie', validUntil: '2027-12-31' },
    { id: gone, title: 'X' },
  ],
  'evidence.link': (w) => [
    { id: w.evidenceId, partId: 'B1.deployment' },
    { id: w.evidenceId, partId: 'B0' },
    { id: gone, partId: 'profile' },
  ],
  'evidence.unlink': (w) => [
    { id: w.evidenceId, partId: 'B1.approach' },
    { id: gone, partId: 'profile' },
  ],
  'evidence.remove': (w) => [{ id: w.evidenceId }, { id: w.evidenceId }],
  // Without a team server: nothing listens on port 1, and the real server's cases are in test/integration/team.
  'team.status': () => [{}],
  'team.test': () => [{}, { server: offline }, { server: 'http://nope' }],
  'team.connect': () => [{ server: offline, password: 'x' }, { server: 'postgres://' }],
  'team.sync': () => [{}, { server: offline }],
  'team.init': () => [
    { server: offline, k: 5 },
    { server: offline, k: 2 },
  ],
  'team.addConsultant': () => [
    { server: offline, name: 'anna' },
    { server: offline, name: '' },
  ],
  'team.removeConsultant': () => [{ server: offline, name: 'anna' }],
};

interface Tracker {
  touched(): Set<string>;
  reset(): void;
}

/**
 * Records the tables each call changes, by temporary triggers on the context's connection. A call that
 * replaced the connection (a restore) changed every table; tracking then starts again on the new one.
 */
function trackTables(ctx: Ctx): Tracker {
  let tracked = ctx.db;
  let inner = triggersOn(ctx);
  return {
    touched() {
      if (ctx.db === tracked) return inner.touched();
      const all = ctx.db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table'").pluck().all() as string[];
      tracked = ctx.db;
      inner = triggersOn(ctx);
      return new Set(all);
    },
    reset: () => inner.reset(),
  };
}

function triggersOn(ctx: Ctx): Tracker {
  ctx.db.exec('CREATE TEMP TABLE touched (name TEXT PRIMARY KEY) WITHOUT ROWID');
  const tables = ctx.db
    .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    // The search index's own shadow tables, and SQLite's (no triggers allowed there).
    if (table.startsWith('client_search') || table.startsWith('sqlite_')) continue;
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      ctx.db.exec(
        `CREATE TEMP TRIGGER touch_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
         BEGIN INSERT OR IGNORE INTO temp.touched VALUES ('${table}'); END`,
      );
    }
  }
  return {
    touched: () => new Set(ctx.db.prepare('SELECT name FROM temp.touched').pluck().all() as string[]),
    reset: () => ctx.db.exec('DELETE FROM temp.touched'),
  };
}

describe('the operation table as a contract', () => {
  it('names the entity of every table in the schema', () => {
    const ctx = testContext();
    const tables = ctx.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'client_search%'")
      .pluck()
      .all() as string[];
    expect(tables.filter((t) => !(t in TABLE_ENTITY))).toEqual([]);
  });

  it.each(OPERATION_NAMES)('%s returns only declared errors and changes only what it declares', async (op) => {
    const ctx = testContext();
    const logged: string[] = [];
    ctx.log = (level, message) => {
      if (level === 'error') logged.push(message);
    };
    const w = await world(ctx);
    const tracker = trackTables(ctx);
    const def: OperationDef = operations[op];
    const allowedErrors = new Set<string>([...COMMON_ERRORS, ...def.errors]);
    const allowedEntities = new Set<Entity>(def.kind === 'write' ? def.writes : []);
    for (const input of CASES[op](w)) {
      tracker.reset();
      const answer = await dispatch(ctx, op, input);
      if (!answer.ok) {
        expect(allowedErrors, `${op} answered ${answer.error.code}: ${answer.error.message}`).toContain(
          answer.error.code,
        );
        expect(answer.error.code, `${op} failed on its own case: ${answer.error.message}`).not.toBe('internal');
      }
      const changed = [...tracker.touched()].map((t) => TABLE_ENTITY[t]).filter((e): e is Entity => !!e);
      expect(
        changed.filter((e) => !allowedEntities.has(e)),
        `${op} changed undeclared entities`,
      ).toEqual([]);
    }
    expect(logged).toEqual([]);
  });
});
