#!/usr/bin/env node
// `sxw` runs the bundle in out/cli/ that `npm ci` builds (scripts/cliBuild.mjs), rebuilt here first when a
// source changed since, so it never runs stale code; when building is impossible it runs the TypeScript
// sources through tsx, with a one-line note on stderr. Keep this file at bin/sxw.mjs: npx caches the bin
// path per project folder.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliEntry } from '../scripts/cliBuild.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = await cliEntry(root, (line) => process.stderr.write(`${line}\n`));
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../main/cli/main.ts');
}
