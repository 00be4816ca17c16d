import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call } from '../main/api/dispatch';
import { maintainSearchIndex } from '../main/db/maintenance';
import { openWorkbenchDatabase } from '../main/db/open';
import { createContext } from '../main/api/context';
import { SECTORS, SIZE_BANDS } from '../shared/domain/identifiers';
import type { Database } from 'better-sqlite3';
import type { BenchCase } from './harness';
import { HOME_PAGE_SIZE } from '../shared/clients/schemas';

const CLIENTS = 10_000;
const ENGAGEMENTS = 50_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIX = [
  'Zorggroep',
  'Gemeente',
  'Waterbedrijf',
  'Verzekeraar',
  'Hotel',
  'Bank',
  'Woonstichting',
  'Energie',
  'Transport',
  'Stichting',
  'Ziekenhuis',
  'Hogeschool',
];
const PLACES = [
  'Amstelland',
  'Rivierenland',
  'Noordkust',
  'Delta',
  'Heuvelrug',
  'Zuid',
  'Oost',
  'Veluwe',
  'Kempen',
  'Twente',
  'Waterland',
  'Achterhoek',
  'Drechtsteden',
  'Gooi',
  'Westland',
];
const TITLES = [
  'Nulmeting',
  'Vervolgmeting',
  'Klantreis',
  'Managementontwikkeling',
  'Transformatie',
  'Erkenningsdossier',
  'Diagnose',
  'Programma',
];
const PEOPLE = [
  'Jansen',
  'de Vries',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
];

/**
 * A database file with 10,000 clients (each with a contact) and 50,000 engagements, the same every time,
 * as the app finds it after a start (statistics gathered, search index merged). The renderer bench serves
 * it through `sxw serve`.
 */
export function seedClientsDatabase(file: string): Database {
  const db = openWorkbenchDatabase(file);
  const rnd = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const insertClient = db.prepare(
    "INSERT INTO clients (id, name, sector, size_band, country, notes, created_at, updated_at) VALUES (?, ?, ?, ?, 'NL', ?, '2026-01-01', '2026-01-01')",
  );
  const insertEngagement = db.prepare(
    "INSERT INTO engagements (id, client_id, title, purpose, status, created_at, updated_at) VALUES (?, ?, ?, 'diagnosis', ?, '2026-01-01', '2026-01-01')",
  );
  const insertContact = db.prepare(
    "INSERT INTO contacts (id, client_id, name, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')",
  );
  db.transaction(() => {
    for (let i = 0; i < CLIENTS; i++) {
      const id = `cl_${i}`;
      insertClient.run(
        id,
        `${pick(PREFIX)} ${pick(PLACES)} ${i}`,
        pick(SECTORS),
        pick(SIZE_BANDS),
        `Notitie ${pick(PLACES)}`,
      );
      insertContact.run(`ct_${i}`, id, `${pick(['Anna', 'Bram', 'Chris', 'Daan', 'Eva'])} ${pick(PEOPLE)}`);
    }
    for (let i = 0; i < ENGAGEMENTS; i++) {
      insertEngagement.run(
        `en_${i}`,
        `cl_${i % CLIENTS}`,
        `${pick(TITLES)} ${2020 + (i % 7)}`,
        pick(['planned', 'active', 'completed']),
      );
    }
  })();
  db.exec('ANALYZE');
  // As the app finds it after a start: the search index merged (see maintainSearchIndex).
  maintainSearchIndex(db);
  return db;
}

export function clientBenchmarks(): BenchCase[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const db = seedClientsDatabase(file);
  const ctx = createContext({ db, databasePath: file, transport: 'cli' });

  // What a consultant types, one keystroke at a time.
  const keystrokes = ['z', 'zo', 'zor', 'zorg', 'zorgg', 'zorggroep', 'zorggroep a', 'zorggroep am', 'zorggroep ams'];
  let k = 0;
  const nextText = () => keystrokes[k++ % keystrokes.length] as string;

  const likeScan = db.prepare(`
    SELECT c.id, c.name, c.sector, c.size_band, c.country FROM clients c
    WHERE c.archived_at IS NULL AND (
      c.name LIKE @q OR c.notes LIKE @q
      OR EXISTS (SELECT 1 FROM contacts p WHERE p.client_id = c.id AND p.name LIKE @q)
      OR EXISTS (SELECT 1 FROM engagements e WHERE e.client_id = c.id AND e.title LIKE @q))
    ORDER BY c.name COLLATE NOCASE LIMIT 100`);
  let l = 0;
  const bareFirstPage = db.prepare(
    `SELECT c.id, c.name, c.sector, c.size_band, c.country, c.notes, c.demo, c.created_at, c.updated_at, c.archived_at
     FROM clients c WHERE c.archived_at IS NULL ORDER BY c.name COLLATE NOCASE, c.id LIMIT 100`,
  );

  const bareInProgress = db.prepare(
    `SELECT e.id, e.title, e.status FROM engagements e WHERE e.status IN ('active', 'planned')
     ORDER BY e.updated_at DESC, e.id LIMIT ${HOME_PAGE_SIZE}`,
  );

  return [
    {
      // Home on a firm with years of work: one page with each engagement's next step, not the whole list.
      name: `Home, first page (home.summary, ${HOME_PAGE_SIZE} of the engagements in progress with next steps)`,
      referenceName: 'bare SELECT of in-progress engagements, LIMIT',
      run: () => call(ctx, 'home.summary', { offset: 0, limit: HOME_PAGE_SIZE }),
      reference: () => bareInProgress.all(),
      goal: 'p50 ≤ 50 ms',
      iterations: 50,
    },
    {
      // What the frame asks on every start, for its demo badge.
      name: 'the frame’s badge (home.badge: two counts)',
      referenceName: 'bare SELECT count(*) of clients',
      run: () => call(ctx, 'home.badge', {}),
      reference: () => db.prepare('SELECT count(*) FROM clients').get(),
      goal: 'feels instant (< 16 ms)',
      iterations: 100,
    },
    {
      name: `search-as-you-type, ${CLIENTS / 1000}k clients / ${ENGAGEMENTS / 1000}k engagements`,
      referenceName: 'bare LIKE scan, same fields',
      run: () => call(ctx, 'clients.list', { search: nextText(), limit: 100 }),
      reference: () => likeScan.all({ q: `%${keystrokes[l++ % keystrokes.length]}%` }),
      goal: 'p50 ≤ 5 ms',
      iterations: 300,
    },
    {
      name: 'client list, first page (100 rows, with total and counts)',
      referenceName: 'bare SELECT … LIMIT 100',
      run: () => call(ctx, 'clients.list', { limit: 100 }),
      reference: () => bareFirstPage.all(),
      goal: 'feels instant (< 16 ms)',
      iterations: 300,
    },
  ];
}
