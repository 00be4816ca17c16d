#!/usr/bin/env node
// @ts-check
/**
 * `npm run build:cli`, and npm's `prepare` step at the end of `npm ci`: bundles `sxw` into out/cli/ (see
 * scripts/cliBuild.mjs). bin/sxw.mjs rebuilds by itself when a source changed, so nobody has to run this.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, CLI_OUT_DIR } from './cliBuild.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// npm runs `prepare` on `npm ci --omit=dev` too, which installs neither esbuild nor tsx, so no `sxw` at
// all: say so, but do not fail the install.
try {
  createRequire(import.meta.url).resolve('esbuild');
} catch {
  console.log('sxw: esbuild is not installed (an install without development packages); the CLI is not built.');
  process.exit(0);
}

const started = performance.now();
const entry = await buildCli(root);
console.log(
  `sxw: built ${path.join(CLI_OUT_DIR, path.basename(entry))} in ${Math.round(performance.now() - started)} ms`,
);
