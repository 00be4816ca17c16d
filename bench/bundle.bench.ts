import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { createContext, type ServiceContext } from '../main/api/context';
import { call, callAsync } from '../main/api/dispatch';
import { clientRows } from '../main/db/clientRows';
import { clientSchema, quoteName } from '../main/db/clientTables';
import { openWorkbenchDatabase } from '../main/db/open';
import { sxDefault } from '../shared/frameworks/sxDefault';
import { type AnyCase, timeOnce } from './harness';

const RESPONDENTS = 200;
const PASSPHRASE = 'a passphrase for the benchmark';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

function freshDatabase(dir: string, name: string): ServiceContext {
  const file = path.join(dir, `${name}.sqlite`);
  return createContext({ db: openWorkbenchDatabase(file), databasePath: file, transport: 'bridge' });
}

/**
 * A client bundle of one client with one engagement and a finalized survey round of 200 respondents
 * (45 answers each, 9,000 in all) — exported, and imported into a fresh database, through the operations.
 * Against what moving the same rows costs bare: reading them with SELECT * and writing them as JSON, and
 * inserting them with prepared statements in one transaction.
 */
export async function bundleBenchmarks(): Promise<AnyCase[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-bundle-'));
  const ctx = freshDatabase(dir, 'source');
  const { id: clientId } = must(
    call(ctx, 'clients.create', {
      name: 'Zorggroep Delta',
      sector: 'Q',
      sizeBand: '1000+',
      country: 'NL',
      notes: 'Bench',
    }),
  );
  must(call(ctx, 'contacts.create', { clientId, name: 'Anouk de Vries', email: 'anouk@delta.example' }));
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', {
      clientId,
      title: 'Nulmeting 2026',
      purpose: 'diagnosis',
      benchmarkConsent: true,
    }),
  );
  const { id: assessmentId } = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' }));
  const roles = ['management', 'staff', 'frontline', 'customer', 'other'];
  const header = ['respondent', 'role', ...sxDefault.questions.map((q) => q.id)].join(',');
  const rows = Array.from({ length: RESPONDENTS }, (_, r) =>
    [
      `R${r + 1}`,
      roles[r % roles.length],
      ...sxDefault.questions.map((_, q) => ((r * 7 + q * 3) % 11 === 0 ? 'n/a' : String(((r + q) % 5) + 1))),
    ].join(','),
  );
  must(
    call(ctx, 'assessments.importResponses', {
      assessmentId,
      contentBase64: Buffer.from(`${header}\n${rows.join('\n')}\n`).toString('base64'),
      fileName: 'survey.csv',
    }),
  );
  must(call(ctx, 'assessments.finalize', { id: assessmentId }));

  const plain = must(await callAsync(ctx, 'bundles.export', { clientId }));
  process.stderr.write(
    `bundle of ${RESPONDENTS} respondents: ${(plain.bytes / 1024).toFixed(0)} kB (${Object.values(plain.rows).reduce((a, b) => a + b, 0)} rows)\n`,
  );

  // The floor of an export: the same rows read and written as JSON, with no zip and no checksums.
  const schema = clientSchema(ctx.db);
  const bareExport = () =>
    JSON.stringify([...clientRows(ctx.db, schema, clientId).owned], (_, v) => (typeof v === 'bigint' ? Number(v) : v));
  // The floor of an import: the same rows inserted with prepared statements in one transaction.
  const tables = [...schema.referenced, ...schema.owned].filter((t) => t.name !== 'pool_contributions');
  const source = clientRows(ctx.db, schema, clientId);
  const bareImport = (db: Database) => {
    db.transaction(() => {
      for (const shape of tables) {
        const list = source.owned.get(shape.name) ?? source.referenced.get(shape.name) ?? [];
        const columns = shape.columns.filter((c) => c !== shape.rowidAlias);
        const insert = db.prepare(
          `INSERT INTO ${quoteName(shape.name)} (${columns.map(quoteName).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of list) insert.run(...columns.map((c) => row[c] ?? null));
      }
    })();
  };

  let n = 0;
  const target = () => freshDatabase(dir, `target-${++n}`);
  const dispose = (c: ServiceContext) => {
    c.db.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${c.databasePath}${suffix}`, { force: true });
  };

  return [
    {
      name: `bundle export, a client with ${RESPONDENTS} respondents (9,000 answers)`,
      referenceName: 'SELECT * of its rows to JSON',
      goal: 'p50 ≤ 250 ms',
      measure: async () => {
        const ours: number[] = [];
        const reference: number[] = [];
        for (let i = 0; i < 3; i++) {
          await callAsync(ctx, 'bundles.export', { clientId });
          bareExport();
        }
        for (let i = 0; i < 20; i++) {
          ours.push(await timeOnce(() => callAsync(ctx, 'bundles.export', { clientId })));
          reference.push(await timeOnce(bareExport));
        }
        return { ours, reference };
      },
    },
    {
      name: `bundle import into a fresh database, ${RESPONDENTS} respondents`,
      referenceName: 'prepared INSERTs of its rows, one transaction',
      goal: 'p50 ≤ 500 ms',
      measure: async () => {
        const ours: number[] = [];
        const reference: number[] = [];
        for (let i = 0; i < 12; i++) {
          const a = target();
          const t = await timeOnce(async () =>
            must(await callAsync(a, 'bundles.import', { contentBase64: plain.contentBase64 })),
          );
          const b = target();
          const r = await timeOnce(() => bareImport(b.db));
          if (i >= 2) {
            ours.push(t);
            reference.push(r);
          }
          dispose(a);
          dispose(b);
        }
        return { ours, reference };
      },
    },
    {
      name: `encrypted bundle export, ${RESPONDENTS} respondents (scrypt N=2^17)`,
      referenceName: 'the same bundle unencrypted',
      goal: 'p50 ≤ 1 s',
      measure: async () => {
        const ours: number[] = [];
        const reference: number[] = [];
        for (let i = 0; i < 6; i++) {
          ours.push(await timeOnce(() => callAsync(ctx, 'bundles.export', { clientId, passphrase: PASSPHRASE })));
          reference.push(await timeOnce(() => callAsync(ctx, 'bundles.export', { clientId })));
        }
        return { ours, reference };
      },
    },
  ];
}
