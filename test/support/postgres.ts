import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster on loopback for the team server's tests and benchmark: Debian's
 * `initdb`/`pg_ctl` make a cluster in a temp folder on a free port, start it, and remove it afterwards.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user and its commands
 * run through `runuser`. TCP connections need a password (SCRAM), so wrong credentials can be tested; the
 * server also speaks TLS with a self-signed certificate, so a certificate that does not verify can be too.
 */

export interface TestCluster {
  host: string;
  port: number;
  /** The cluster's superuser: plays the firm's administrator in the tests. */
  user: string;
  password: string;
  /** The folder holding the data directory and the certificate; removed by `stop`. */
  dir: string;
  /** Folder of the server's binaries (psql for the benchmark's COPY). */
  bin: string;
}

const CANDIDATES = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

/** Where `initdb` and `pg_ctl` are, or null when PostgreSQL's server is not installed. */
export function postgresBin(): string | null {
  const fromEnv = process.env.SXW_PG_BIN;
  for (const dir of [...(fromEnv ? [fromEnv] : []), ...CANDIDATES]) {
    if (fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  for (const dir of ['/usr/local/bin', '/usr/bin']) {
    if (fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server binary as the cluster's owner. */
function runPg(bin: string, program: string, args: string[]): void {
  const file = path.join(bin, program);
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  const run = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`${program} failed (${run.status}): ${run.stderr || run.stdout}`);
  }
}

const PREFIX = 'sxw-pg-';
const OWNER_FILE = 'owner.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clusters left behind by a run that was killed before it could stop them (its owner process is gone):
 * stopped and removed, so killed runs do not pile up servers and folders in the temp folder. A cluster whose
 * owner still runs — another suite or benchmark at the same time — is left alone.
 */
function sweepAbandoned(bin: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = path.join(os.tmpdir(), name);
    let owner: number;
    try {
      owner = Number(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue; // made by an older version of this file, or still being set up: not ours to judge
    }
    if (!Number.isInteger(owner) || owner <= 0 || alive(owner)) continue;
    try {
      if (fs.existsSync(path.join(dir, 'data', 'postmaster.pid'))) {
        runPg(bin, 'pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      }
    } catch {
      // Not running any more: only the folder is left.
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function startCluster(): Promise<TestCluster> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql).');
  sweepAbandoned(bin);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
  fs.writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  const data = path.join(dir, 'data');
  const password = 'sxw-test-admin';
  const pwfile = path.join(dir, 'pw');
  fs.writeFileSync(pwfile, `${password}\n`);
  // A self-signed certificate for "localhost": valid TLS that no default trust store accepts.
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost'].concat([
      '-keyout',
      path.join(dir, 'server.key'),
      '-out',
      path.join(dir, 'server.crt'),
    ]),
    { stdio: 'ignore' },
  );
  fs.chmodSync(path.join(dir, 'server.key'), 0o600);
  if (asRoot()) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  runPg(bin, 'initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    `--pwfile=${pwfile}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    // A test cluster: nothing here must survive a crash, so durability is traded for speed.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c ssl=on',
    `-c ssl_cert_file='${path.join(dir, 'server.crt')}'`,
    `-c ssl_key_file='${path.join(dir, 'server.key')}'`,
    '-c max_connections=60',
  ].join(' ');
  runPg(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  return { host: '127.0.0.1', port, user: 'postgres', password, dir, bin };
}

export function stopCluster(cluster: TestCluster): void {
  try {
    runPg(cluster.bin, 'pg_ctl', ['-D', path.join(cluster.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } finally {
    fs.rmSync(cluster.dir, { recursive: true, force: true });
  }
}

/** A URL for a database of the cluster, as the workbench's CLI is given it (no password in it). */
export function clusterUrl(cluster: TestCluster, database: string, user = cluster.user): string {
  return `postgres://${encodeURIComponent(user)}@${cluster.host}:${cluster.port}/${database}`;
}
