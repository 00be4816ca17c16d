#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: the desktop app when Electron can run here; otherwise one line of explanation and the same
 * UI served on loopback by `sxw serve` (which prints its tokened URL as the first line on stdout — this
 * script's own line goes to stderr so that stays true). Extra arguments go to Electron or to `serve`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseLaunchMode, FALLBACK_LINE, nativeBuildIsCurrent } from './launchChoice.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

/** The electron package exports its binary's path, and throws when the binary was never downloaded. */
function electronPathOrNull() {
  try {
    const path = require('electron');
    return typeof path === 'string' ? path : null;
  } catch {
    return null;
  }
}

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Runs a child with this terminal, passes on the signals we get, and exits with its status.
 * @param {string} command
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} [env]
 */
function runForwardingSignals(command, argv, env = process.env) {
  const child = spawn(command, argv, { cwd: root, stdio: 'inherit', env });
  /** @type {NodeJS.Signals[]} */
  const signals = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 0));
  });
}

/**
 * @param {string} script
 * @param {string[]} argv
 */
function runNodeOrExit(script, argv) {
  const result = spawnSync(process.execPath, [script, ...argv], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const choice = chooseLaunchMode({
  electronPath: electronPathOrNull(),
  exists: existsSync,
  platform: process.platform,
  env: process.env,
});

if (choice.mode === 'serve') {
  console.error(FALLBACK_LINE);
  runForwardingSignals(process.execPath, [join(root, 'bin', 'sxw.mjs'), 'serve', ...args]);
} else {
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  runNodeOrExit(electronVite, ['build']);

  const wanted = {
    electron: readJson(join(root, 'node_modules', 'electron', 'package.json'))?.version ?? '',
    betterSqlite3: readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json'))?.version ?? '',
    platform: process.platform,
    arch: process.arch,
  };
  if (!nativeBuildIsCurrent(readJson(join(root, 'native', 'electron', 'build-info.json')), wanted)) {
    runNodeOrExit(join(root, 'scripts', 'native-electron.mjs'), []);
  }

  // A shell that exported ELECTRON_RUN_AS_NODE would make the binary behave as plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  runForwardingSignals(choice.electronPath, [root, ...args], env);
}
