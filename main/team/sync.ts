import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import type { Language } from '../../shared/domain/identifiers';
import { FrameworkFile } from '../../shared/frameworks/schema';
import { SchemeFile } from '../../shared/dossier/scheme';
import type { SyncReport, TeamProblem, TeamStatus } from '../../shared/team/schemas';
import type { ServiceContext } from '../api/context';
import { type PreparedWrite, preparedWrite } from '../api/preparedWrite';
import { auditDetails } from '../api/writeScope';
import { checksum as schemeChecksum, importScheme } from '../dossier/schemes';
import { checksum as frameworkChecksum, importFramework } from '../frameworks/frameworks';
import { notePoolRecords } from '../pool/indexCache';
import { asTeamError, connect, parseServerAddress, problemOf, type ServerAddress, teamError } from './connection';
import {
  checkSchema,
  cursorText,
  parseCursor,
  pullChanges,
  pushRecords,
  pushVersions,
  pushWithdrawals,
  type PulledVersion,
  type VersionKind,
  whoami,
} from './remote';
import { PullStaging } from './pullStaging';
import { InvalidRelease, ReleaseReader } from './releases';
import * as repo from './repository';

/**
 * One sync with the team server (docs/team-server.md "Sync"). Everything that talks to the server happens
 * first, outside any local transaction: push this laptop's new contributions, its withdrawals (tombstones)
 * and its framework versions and recognition schemes in one server transaction, then pull what colleagues released since the
 * cursor and check every pulled record and version. Only then, in the operation's one local transaction,
 * is it applied: pulled records join the pool, tombstoned ones leave it, the cursors and "what the server
 * holds" move. A failure anywhere before that leaves the laptop exactly as it was; a push whose answer was
 * lost is simply pushed again next time, and the server takes each record once.
 */

interface Attempt {
  at: string;
  problem: TeamProblem | null;
}

/** The last attempt per database, success or failure: the Settings page shows it while the app runs. */
const attempts = new WeakMap<Database, Attempt>();

export function lastAttempt(db: Database): Attempt | null {
  return attempts.get(db) ?? null;
}

function passwordFor(ctx: ServiceContext, address: ServerAddress, given: string | undefined): string | null {
  return given ?? address.password ?? ctx.teamSecrets?.get(address.url) ?? null;
}

function addressOf(ctx: ServiceContext, server: string | undefined): ServerAddress {
  const remembered = repo.teamState(ctx.db)?.server;
  const text = server ?? remembered;
  if (!text) throw teamError('not_connected', ctx.osLanguage);
  return parseServerAddress(text, ctx.osLanguage);
}

async function withServer<T>(
  ctx: ServiceContext,
  address: ServerAddress,
  password: string | null,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = await connect(address, password, ctx.osLanguage);
  try {
    return await work(client);
  } catch (error) {
    throw asTeamError(error, ctx.osLanguage, address.url);
  } finally {
    await client.end().catch(() => {});
  }
}

export function sync(
  ctx: ServiceContext,
  input: { server?: string; password?: string },
): Promise<PreparedWrite<SyncReport>> {
  const db = ctx.db;
  const at = ctx.now().toISOString();
  return prepareSync(ctx, input).catch((error: unknown) => {
    attempts.set(db, { at, problem: problemOf(error) });
    throw error;
  });
}

async function prepareSync(
  ctx: ServiceContext,
  input: { server?: string; password?: string },
): Promise<PreparedWrite<SyncReport>> {
  const language = ctx.osLanguage;
  const address = addressOf(ctx, input.server);
  const password = passwordFor(ctx, address, input.password);
  const state = repo.teamState(ctx.db);
  const sameServer = state !== null && state.server === address.url;
  // What to send is read before connecting; anything that changes meanwhile waits for the next sync.
  const records = sameServer ? repo.pendingRecordLines(ctx.db) : [];
  const withdrawals = sameServer ? repo.pendingWithdrawals(ctx.db) : [];
  const versions = repo.pendingVersions(ctx.db).map((v) => ({ ...v, body: v.content }));

  // Every pulled record and version is checked before anything is applied: one bad row refuses the sync.
  // Records are checked page by page as they arrive.
  const staging = new PullStaging(ctx.db);
  try {
    // Each checked page is set aside in the staging table while the server makes the next one, so the
    // transaction below only copies it into the pool (main/team/pullStaging.ts).
    const reader = new ReleaseReader();
    const readPage = (lines: string, count: number) => {
      const from = reader.count;
      try {
        reader.read(lines, count);
      } catch (error) {
        if (!(error instanceof InvalidRelease)) throw error;
        throw teamError('invalid_record', language, { server: address.url, id: error.id });
      }
      staging.add(reader.view(), from, reader.count);
    };
    const exchanged = await withServer(ctx, address, password, async (client) => {
      await checkSchema(client, language, address.url);
      const me = await whoami(client);
      if (!me.anonymousId) throw teamError('permission', language, { server: address.url, user: address.user });
      // Another server than the one the state belongs to (or none yet): start from its beginning.
      const fresh = !sameServer || state.serverId !== me.serverId;
      const toPush = fresh ? repo.pendingRecordLines(ctx.db, { all: true }) : records;
      const toWithdraw = fresh ? [] : withdrawals;
      // Nothing to send (most syncs): no transaction, two round trips fewer.
      const sending = toPush.length + toWithdraw.length + versions.length > 0;
      if (sending) await client.query('BEGIN');
      const pushed = await pushRecords(client, toPush);
      const withdrawn = await pushWithdrawals(client, toWithdraw);
      const published = await pushVersions(client, versions);
      if (sending) await client.query('COMMIT');
      const { pool, versions: pulledVersions } = await pullChanges(
        client,
        {
          pool: parseCursor(fresh ? '0:0' : state.poolCursor),
          versions: parseCursor(fresh ? '0:0' : state.versionsCursor),
        },
        me.anonymousId,
        readPage,
      );
      return { me, fresh, pushed, withdrawn, published, pool, pulledVersions };
    });

    const versionsIn = exchanged.pulledVersions.versions.map((v) => checkVersion(v, language, address.url));

    const { me, fresh, pushed, published } = exchanged;
    return preparedWrite(
      () => {
        const db = ctx.db;
        const report: SyncReport = {
          pushed: pushed.inserted + published.inserted,
          pulled: 0,
          withdrawn: exchanged.withdrawn,
          conflicts: pushed.conflicts + published.conflicts,
        };
        if (fresh) repo.rememberServer(db, address.url, me.serverId);
        // Inserted now or already there: the server holds them (a conflict is tried again next time).
        repo.markPushed(db, pushed.held);
        if (!fresh) repo.forgetPushed(db, withdrawals);
        repo.markPublished(db, published.settled);
        const taken = staging.take(me.serverId);
        report.pulled += taken.changed;
        report.conflicts += taken.conflicts;
        report.withdrawn += taken.dropped;
        for (const v of versionsIn) {
          const take = v.kind === 'framework' ? importFramework : importScheme;
          try {
            if (take(ctx, v.body, `${v.id} ${v.version}`).added) report.pulled++;
          } catch {
            // The same id and version with other content here: kept as it is, never overwritten either way.
            report.conflicts++;
          }
        }
        repo.markPublished(db, versionsIn);
        repo.saveSync(db, {
          serverId: me.serverId,
          poolCursor: cursorText(exchanged.pool.cursor),
          versionsCursor: cursorText(exchanged.pulledVersions.cursor),
          at: ctx.now().toISOString(),
          report,
        });
        // The pool's index is rebuilt at its next query (a sync may bring a hundred thousand records).
        notePoolRecords(db, null);
        auditDetails(db, { ...report });
        attempts.set(db, { at: ctx.now().toISOString(), problem: null });
        return report;
      },
      undefined,
      () => staging.drop(),
    );
  } catch (error) {
    // Refused before anything was applied: the pages set aside go with it.
    staging.drop();
    throw error;
  }
}

/**
 * A pulled framework version or recognition scheme: its kind known, its text valid for that kind and its
 * checksum the one it was published with; anything else refuses the sync.
 */
function checkVersion(
  v: PulledVersion,
  language: Language,
  server: string,
): { kind: VersionKind; id: string; version: string; body: string } {
  let sha256: string | null = null;
  try {
    const json: unknown = JSON.parse(v.body);
    if (v.kind === 'framework') {
      const parsed = FrameworkFile.safeParse(json);
      if (parsed.success) sha256 = frameworkChecksum(parsed.data);
    } else if (v.kind === 'scheme') {
      const parsed = SchemeFile.safeParse(json);
      if (parsed.success) sha256 = schemeChecksum(parsed.data);
    }
  } catch {
    sha256 = null;
  }
  if (sha256 === null || sha256 !== v.sha256) {
    throw teamError('invalid_record', language, { server, id: `${v.kind} ${v.id} ${v.version}` });
  }
  return { kind: v.kind as VersionKind, id: v.id, version: v.version, body: v.body };
}

/** Checks the address, the login and the schema without changing anything: "Test connection". */
export async function testConnection(
  ctx: ServiceContext,
  input: { server?: string; password?: string },
): Promise<{
  server: string;
  user: string;
  schemaVersion: number;
  k: number;
  consultant: boolean;
  serverVersion: string;
}> {
  const address = addressOf(ctx, input.server);
  return withServer(ctx, address, passwordFor(ctx, address, input.password), async (client) => {
    const version = await client.query<{ v: string }>('SHOW server_version');
    const schemaVersion = await checkSchema(client, ctx.osLanguage, address.url);
    const me = await whoami(client);
    return {
      server: address.url,
      user: address.user,
      schemaVersion,
      k: me.k,
      consultant: me.anonymousId !== null,
      serverVersion: version.rows[0]?.v ?? '',
    };
  });
}

/**
 * `team connect`: checks the server and remembers it (and, where this installation keeps secrets, the
 * password). Another server than the remembered one starts the team state afresh.
 */
export async function connectServer(
  ctx: ServiceContext,
  input: { server: string; password?: string },
): Promise<PreparedWrite<{ server: string; passwordKept: boolean }>> {
  const address = addressOf(ctx, input.server);
  const password = passwordFor(ctx, address, input.password);
  const identity = await withServer(ctx, address, password, async (client) => {
    await checkSchema(client, ctx.osLanguage, address.url);
    const me = await whoami(client);
    if (!me.anonymousId) throw teamError('permission', ctx.osLanguage, { server: address.url, user: address.user });
    return me;
  });
  return preparedWrite(() => {
    const removed = repo.rememberServer(ctx.db, address.url, identity.serverId);
    if (removed > 0) notePoolRecords(ctx.db, null);
    const passwordKept = password !== null && (ctx.teamSecrets?.set(address.url, password) ?? false);
    return { server: address.url, passwordKept };
  });
}

export function teamStatus(ctx: ServiceContext): TeamStatus {
  const state = repo.teamState(ctx.db);
  const attempt = lastAttempt(ctx.db);
  const pending = state
    ? {
        records: repo.pendingRecordCount(ctx.db),
        withdrawals: repo.pendingWithdrawals(ctx.db).length,
        versions: repo.pendingVersions(ctx.db).length,
      }
    : { records: 0, withdrawals: 0, versions: repo.pendingVersions(ctx.db).length };
  const failed = attempt?.problem ?? null;
  return {
    server: state?.server ?? null,
    passwordKept: state ? ctx.teamSecrets?.get(state.server) != null : false,
    state: !state ? 'not_connected' : failed ? 'failed' : state.lastSyncAt ? 'ok' : 'never_synced',
    lastSyncAt: state?.lastSyncAt ?? null,
    lastAttemptAt: attempt?.at ?? state?.lastSyncAt ?? null,
    lastReport: state?.lastReport ?? null,
    lastProblem: failed,
    pending,
    teamRecords: repo.teamRecordCount(ctx.db),
  };
}
