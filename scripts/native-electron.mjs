#!/usr/bin/env node
// @ts-check
/**
 * Builds better-sqlite3 for the installed Electron into native/electron/better_sqlite3.node, which the
 * unpackaged desktop app loads through better-sqlite3's `nativeBinding` option.
 *
 * node_modules/better-sqlite3 stays the Node build — the tests, the CLI and `sxw serve` load it — so the
 * package is copied to a temporary folder and built there: first a prebuilt binary for Electron's ABI
 * (prebuild-install, as better-sqlite3's own install does), else from source with node-gyp against
 * Electron's headers. Both download, so without network this stops with one clear line.
 *
 * Usage: node scripts/native-electron.mjs [--force]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeBuildIsCurrent } from './launchChoice.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const outDir = join(root, 'native', 'electron');
const HEADERS_URL = 'https://electronjs.org/headers';

/** A failure with the one line to print; thrown so the temporary folder is always removed. */
class NativeBuildError extends Error {}

/** @param {string} message @returns {never} */
function fail(message) {
  throw new NativeBuildError(message);
}

/**
 * The environment for prebuild-install and node-gyp. `npm run` exports the user's npm config as
 * npm_config_* variables; a `nodedir`, `target` or `runtime` there would silently build against Node's
 * headers instead of Electron's, so those are dropped and the command line decides.
 */
function buildEnv() {
  const overridden =
    /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|devdir|build_from_source)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !overridden.test(name)));
}

/** @param {string} name */
function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * Any HTTP answer from the headers server will do; only "no route at all" counts as offline.
 * @param {string} url
 */
async function online(url) {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(8000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {string} script
 * @param {string[]} argv
 * @param {string} cwd
 */
function runNode(script, argv, cwd) {
  return spawnSync(process.execPath, [script, ...argv], { cwd, stdio: 'inherit', env: buildEnv() }).status === 0;
}

/** @param {string} pkg */
function binOf(pkg) {
  try {
    const manifest = require.resolve(`${pkg}/package.json`);
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
    const relative = typeof bin === 'string' ? bin : bin?.[pkg];
    return relative ? join(dirname(manifest), relative) : null;
  } catch {
    return null;
  }
}

async function main() {
  const electron = installedVersion('electron');
  const betterSqlite3 = installedVersion('better-sqlite3');
  if (!electron) fail('node_modules/electron is missing; run `npm install` first.');
  if (!betterSqlite3) fail('node_modules/better-sqlite3 is missing; run `npm install` first.');

  const wanted = { electron, betterSqlite3, platform: process.platform, arch: process.arch };
  const infoFile = join(outDir, 'build-info.json');
  const force = process.argv.includes('--force');
  if (!force && existsSync(join(outDir, 'better_sqlite3.node'))) {
    const info = existsSync(infoFile) ? JSON.parse(readFileSync(infoFile, 'utf8')) : null;
    if (nativeBuildIsCurrent(info, wanted)) {
      console.log(`native:electron: better-sqlite3 ${betterSqlite3} for Electron ${electron} is up to date.`);
      return;
    }
  }

  if (!(await online(`${HEADERS_URL}/v${electron}/SHASUMS256.txt`))) {
    fail(
      `no network: building better-sqlite3 for Electron ${electron} needs to download Electron's headers or a prebuilt binary (electronjs.org, github.com); nothing was changed.`,
    );
  }

  const work = mkdtempSync(join(tmpdir(), 'sxw-native-electron-'));
  try {
    const pkgDir = join(work, 'better-sqlite3');
    // Sources only: the copied build/ is the Node build and must not be mistaken for the result.
    cpSync(join(root, 'node_modules', 'better-sqlite3'), pkgDir, {
      recursive: true,
      filter: (source) => !source.startsWith(join(root, 'node_modules', 'better-sqlite3', 'build')),
    });
    const built = join(pkgDir, 'build', 'Release', 'better_sqlite3.node');
    const target = [`--runtime=electron`, `--target=${electron}`, `--arch=${process.arch}`];

    const prebuildInstall = binOf('prebuild-install');
    if (prebuildInstall) {
      console.log(`native:electron: fetching a prebuilt better-sqlite3 ${betterSqlite3} for Electron ${electron}…`);
      runNode(prebuildInstall, [...target, `--platform=${process.platform}`], pkgDir);
    }
    if (!existsSync(built)) {
      const nodeGyp = binOf('node-gyp');
      if (!nodeGyp) fail('no prebuilt binary and node-gyp is not installed; cannot build better-sqlite3 from source.');
      console.log(`native:electron: compiling better-sqlite3 ${betterSqlite3} against Electron ${electron} headers…`);
      runNode(nodeGyp, ['rebuild', '--release', ...target, `--dist-url=${HEADERS_URL}`], pkgDir);
    }
    if (!existsSync(built)) {
      fail(
        `building better-sqlite3 for Electron ${electron} failed (see the output above); node_modules is unchanged.`,
      );
    }

    mkdirSync(outDir, { recursive: true });
    copyFileSync(built, join(outDir, 'better_sqlite3.node'));
    writeFileSync(infoFile, `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`);
    console.log(
      `native:electron: wrote ${join('native', 'electron', 'better_sqlite3.node')} (Electron ${electron}, ${process.platform}-${process.arch}).`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof NativeBuildError)) throw error;
  console.error(`native:electron: ${error.message}`);
  process.exitCode = 1;
}
