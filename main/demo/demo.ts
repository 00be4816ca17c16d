import { AppError } from '../../shared/api/result';
import type { z } from 'zod';
import type { ClientInput, EngagementInput } from '../../shared/clients/schemas';
import { maintainSearchIndex } from '../db/maintenance';
import { countClients } from '../clients/clientsRepository';
import { createClient } from '../clients/clients';
import { createContact } from '../clients/contacts';
import type { ServiceContext } from '../api/context';
import { createEngagement } from '../clients/engagements';
import { seedSyntheticPool } from '../pool/demoPool';
import { seedDemoRounds } from './demoRounds';

interface DemoClient {
  client: z.output<typeof ClientInput>;
  contacts: { name: string; role: string; email: string }[];
  engagements: (Omit<z.output<typeof EngagementInput>, 'clientId'> & { withRounds?: true })[];
}

/** Fictional organisations, labelled "(demo)" in their names and flagged `demo` in the database. */
const DEMO: DemoClient[] = [
  {
    client: {
      name: 'Zorggroep Rivierenland (demo)',
      sector: 'Q',
      sizeBand: '1000+',
      country: 'NL',
      notes: 'Demo: home care and nursing homes in twelve towns.',
    },
    contacts: [
      { name: 'Anouk de Vries', role: 'Director of care', email: 'a.devries@example.org' },
      { name: 'Pieter Jansen', role: 'Head of customer service', email: 'p.jansen@example.org' },
    ],
    engagements: [
      {
        title: 'Service excellence programme 2025–2026',
        purpose: 'excellence-programme',
        status: 'active',
        startsOn: '2025-09-01',
        endsOn: '2026-12-18',
        lead: 'M. Bakker',
        notes: 'Demo: a baseline survey and a follow-up a year later, both finalized, ready for a report.',
        benchmarkConsent: false,
        withRounds: true,
      },
    ],
  },
  {
    client: {
      name: 'Waterbedrijf Delta (demo)',
      sector: 'E',
      sizeBand: '250-999',
      country: 'NL',
      notes: 'Demo: regional drinking-water company.',
    },
    contacts: [{ name: 'Sanne Visser', role: 'Customer experience manager', email: 's.visser@example.org' }],
    engagements: [
      {
        title: 'Towards service excellence',
        purpose: 'excellence-programme',
        status: 'planned',
        startsOn: '2027-01-11',
        endsOn: null,
        lead: 'M. Bakker',
        notes: null,
        benchmarkConsent: false,
      },
    ],
  },
  {
    client: {
      name: 'Verzekeraar Noordkust (demo)',
      sector: 'K',
      sizeBand: '1000+',
      country: 'BE',
      notes: 'Demo: insurer, contact centre of 180 agents.',
    },
    contacts: [{ name: 'Lotte Peeters', role: 'COO', email: 'l.peeters@example.org' }],
    engagements: [
      {
        title: 'Management development track',
        purpose: 'management-development',
        status: 'completed',
        startsOn: '2025-03-01',
        endsOn: '2025-11-28',
        lead: 'J. de Wit',
        notes: null,
        benchmarkConsent: true,
      },
      {
        title: 'Recognition dossier',
        purpose: 'external-recognition',
        status: 'active',
        startsOn: '2026-10-01',
        endsOn: '2027-04-30',
        lead: 'J. de Wit',
        notes: null,
        benchmarkConsent: true,
      },
    ],
  },
  {
    client: {
      name: 'Gemeente Heuvelrug Oost (demo)',
      sector: 'O',
      sizeBand: '250-999',
      country: 'NL',
      notes: 'Demo: municipality, citizen services desk.',
    },
    contacts: [{ name: 'Erik Smit', role: 'Head of citizen services', email: 'e.smit@example.org' }],
    engagements: [
      {
        title: 'Customer journey transformation',
        purpose: 'transformation',
        status: 'active',
        startsOn: '2026-06-01',
        endsOn: '2026-11-01',
        lead: 'M. Bakker',
        notes: null,
        benchmarkConsent: false,
      },
    ],
  },
  {
    client: { name: 'Hotel De Linde (demo)', sector: 'I', sizeBand: '50-249', country: 'NL', notes: null },
    contacts: [],
    engagements: [],
  },
];

/**
 * Fills an empty (or demo-only) database with demo clients, two finalized rounds on one of their engagements
 * and a synthetic benchmark pool. Refuses a database holding real clients, so a stray `sxw demo` can never
 * mix fiction into a consultant's records.
 */
export function seedDemo(ctx: ServiceContext): {
  clients: number;
  engagements: number;
  rounds: number;
  poolRecords: number;
} {
  const counts = countClients(ctx.db);
  if (counts.real > 0) {
    throw new AppError(
      'conflict',
      'This database already holds real clients; demo data goes only into a new database.',
      {
        realClients: counts.real,
      },
    );
  }
  let engagements = 0;
  let rounds = 0;
  ctx.db.prepare('DELETE FROM clients WHERE demo = 1').run();
  for (const d of DEMO) {
    const { id } = createClient(ctx, d.client, { demo: true });
    for (const c of d.contacts) createContact(ctx, { clientId: id, phone: null, ...c });
    for (const { withRounds, ...e } of d.engagements) {
      const { id: engagementId } = createEngagement(ctx, { clientId: id, ...e });
      engagements += 1;
      // Finalized rounds with answers, so results and a report are there at once (never in the pool).
      if (withRounds) rounds += seedDemoRounds(ctx, engagementId);
    }
  }
  maintainSearchIndex(ctx.db);
  // A synthetic benchmark pool, so comparisons show at once; every record is marked synthetic.
  const poolRecords = seedSyntheticPool(ctx);
  return { clients: DEMO.length, engagements, rounds, poolRecords };
}
