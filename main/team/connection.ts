import fs from 'node:fs';
import type pg from 'pg';
import { AppError } from '../../shared/api/result';
import type { Language } from '../../shared/domain/identifiers';
import { translator } from '../../shared/i18n';
import type { TeamProblem } from '../../shared/team/schemas';

/**
 * Reaching the team server: the address as the consultant gives it, the TLS rule, and what each way of
 * failing is called. A server address is a `postgres://user@host:port/database` URL; a password in it is
 * used for this call but never remembered (the secret store or the CLI's environment holds it).
 *
 * TLS with certificate verification is the default for every host but loopback: a firm's server is
 * reached over its network, and a pool record is worth the check. `sslmode=disable` turns TLS off where the
 * firm chose so (a VPN), `sslmode=verify-full` turns verification on for loopback too, and
 * `sslrootcert=FILE` names the firm's own certificate authority.
 */

export interface ServerAddress {
  /** The URL without its password: what is remembered and shown. */
  url: string;
  host: string;
  port: number;
  database: string;
  user: string;
  tls: 'verify' | 'off';
  caFile: string | null;
  /** Given in the URL itself; used, never stored. */
  password: string | null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function parseServerAddress(raw: string, language: Language = 'en'): ServerAddress {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw teamError('bad_address', language, { server: raw });
  }
  if ((u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') || !u.hostname || !u.username) {
    throw teamError('bad_address', language, { server: raw });
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!database) throw teamError('bad_address', language, { server: raw });
  const mode = u.searchParams.get('sslmode');
  const loopback = LOOPBACK.has(u.hostname);
  const tls = mode === 'disable' || (loopback && mode !== 'verify-full' && mode !== 'require') ? 'off' : 'verify';
  const caFile = u.searchParams.get('sslrootcert');
  const password = u.password ? decodeURIComponent(u.password) : null;
  const clean = new URL(u.toString());
  clean.password = '';
  return {
    url: clean.toString(),
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : 5432,
    database,
    user: decodeURIComponent(u.username),
    tls,
    caFile,
    password,
  };
}

/** Opens a connection, or fails with a problem the consultant can act on. */
export async function connect(
  address: ServerAddress,
  password: string | null,
  language: Language,
  options: { timeoutMs?: number } = {},
): Promise<pg.Client> {
  let ca: string | undefined;
  if (address.caFile) {
    try {
      ca = fs.readFileSync(address.caFile, 'utf8');
    } catch {
      throw teamError('certificate', language, { server: address.url, file: address.caFile });
    }
  }
  // Loaded on first use: the driver brings TLS and sockets that no other command needs at start.
  const { default: driver } = await import('pg');
  const client = new driver.Client({
    host: address.host,
    port: address.port,
    database: address.database,
    user: address.user,
    password: password ?? address.password ?? '',
    ssl:
      address.tls === 'verify' ? { rejectUnauthorized: true, servername: address.host, ...(ca ? { ca } : {}) } : false,
    connectionTimeoutMillis: options.timeoutMs ?? 10_000,
    application_name: 'sxw',
    // Large enough for a sync of a million records; small enough that a stuck server does not hang the app.
    statement_timeout: 600_000,
  });
  // A connection dropped while idle emits 'error' on the client; without a listener that would end the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw asTeamError(error, language, address.url);
  }
  return client;
}

const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** What went wrong with the server, from node-postgres's or Node's error. */
export function problemOf(error: unknown): TeamProblem {
  if (error instanceof AppError && error.code === 'team_server') return error.details?.reason as TeamProblem;
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  const message = e?.message ?? '';
  if (CERTIFICATE_CODES.has(code) || /certificate/i.test(message)) return 'certificate';
  if (/does not support SSL/i.test(message)) return 'no_tls';
  if (UNREACHABLE_CODES.has(code) || /timeout expired|Connection terminated due to connection timeout/i.test(message)) {
    return 'unreachable';
  }
  if (code === '28P01' || code === '28000') return 'credentials';
  if (code === '3D000' || code === '3F000' || code === '42P01' || code === '42883') return 'not_initialized';
  if (code === '42501') return 'permission';
  if (code === '57P01' || code === '57P02' || code === '57P03' || /terminated|ECONNRESET|EPIPE/i.test(message + code)) {
    return 'connection_lost';
  }
  return 'server_error';
}

export function asTeamError(error: unknown, language: Language, server: string | null): AppError {
  if (error instanceof AppError) return error;
  const reason = problemOf(error);
  return teamError(reason, language, { server, cause: (error as Error)?.message ?? String(error) });
}

/** A failure of the team server in the consultant's language (the CLI prints it; the UI translates `reason`). */
export function teamError(reason: TeamProblem, language: Language, details: Record<string, unknown> = {}): AppError {
  const t = translator(language);
  const message = t(`team.errors.${reason}`, { ...details, interpolation: { escapeValue: false } }) as string;
  return new AppError('team_server', message, { reason, ...details });
}
