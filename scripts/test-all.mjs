#!/usr/bin/env node
// `npm test`: installs what the tests need when it is missing (Debian's Chromium, LibreOffice), runs every
// suite — unit, integration, component, e2e — in one vitest run, and ends with the one line CI reads:
// `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.SXW_CHROMIUM || '/usr/bin/chromium';

/** Debian installs PostgreSQL's server per major version; any one does for the throwaway test cluster. */
function postgresInitdb() {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort().reverse() : [];
  const found = versions.map((v) => path.join(base, v, 'bin', 'initdb')).find((f) => fs.existsSync(f));
  return found ?? path.join(base, 'initdb-missing');
}

/**
 * Debian packages the tests read our output with: Chromium drives the real UI, LibreOffice and poppler
 * check that a Word report opens and converts (an independent reader, not our own code); PostgreSQL runs
 * the team server's tests against a real server.
 */
const needed = [
  { file: chromium, pkg: 'chromium', why: 'the end-to-end tests' },
  { file: '/usr/bin/soffice', pkg: 'libreoffice-writer-nogui', why: 'opening the Word reports' },
  { file: '/usr/bin/pdftotext', pkg: 'poppler-utils', why: 'reading the converted reports' },
  { file: postgresInitdb(), pkg: 'postgresql', why: "the team server's tests" },
].filter((n) => !fs.existsSync(n.file));

if (needed.length > 0) {
  const packages = needed.map((n) => n.pkg);
  console.log(`Installing Debian's ${packages.join(', ')} for ${needed.map((n) => n.why).join(' and ')}…`);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = (args) =>
    spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['apt-get', ...args], { stdio: 'inherit' });
  if (apt(['update', '-qq']).status !== 0 || apt(['install', '-y', '-qq', ...packages]).status !== 0) {
    console.error(`Could not install ${packages.join(', ')} (apt-get install -y ${packages.join(' ')}).`);
    process.exit(1);
  }
}

const report = path.join(root, 'test-results', 'vitest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, SXW_CHROMIUM: chromium } },
);

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0);
  // A suite that failed to load counts as a failure even when it reported no test.
  failed += (json.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
  ).length;
} catch {
  failed = Math.max(failed, 1);
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
