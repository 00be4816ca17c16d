// @ts-check
/**
 * The build `sxw` runs from: main/cli/main.ts bundled by esbuild into out/cli/, made by `npm ci` (the
 * `prepare` script) and remade by bin/sxw.mjs whenever a source changed since. Running the TypeScript
 * sources through tsx cost about 1.7 s per start; the build starts in a fraction of that (docs/benchmarks.md).
 *
 * Freshness is decided without reading a source: build.json records the size and modification time of
 * every file the bundle was made from (as esbuild reports them, plus package.json and tsconfig.json, and the
 * package.json of each bundled package), and the build is current only while every one is unchanged. A new
 * file can only matter once a recorded file imports it, which changes that file; and an older file copied
 * back over a newer one still differs, which a "newer than the build" test would miss.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where the build goes: two levels below the root, like main/cli/, so `import.meta.url`-relative paths
 * (PROJECT_ROOT in main/cli/index.ts, and through it the renderer build `serve` finds) stay the same. */
export const CLI_OUT_DIR = path.join('out', 'cli');
const MANIFEST = 'build.json';
const FORMAT = 1;

/** Read by esbuild without being imported, so not in its list of inputs. */
const CONFIG_FILES = ['package.json', 'tsconfig.json'];

/**
 * Left to Node at run time: the native modules (cannot be bundled), docx and ECharts (large, and only the
 * report renderer needs them; it is its own chunk, loaded with the first report) and vite (only `serve`
 * imports it, to build the renderer). The small libraries on every start (commander, zod, i18next, the
 * CSV parser) are bundled: one file parses faster than Node resolving and loading their dozens.
 */
const EXTERNAL = ['better-sqlite3', '@resvg/resvg-js', 'docx', 'echarts', 'echarts/*', 'zrender', 'zrender/*', 'vite'];

/** Files of superseded builds are kept this long: a running `sxw serve` may still load its report chunk. */
const KEEP_SUPERSEDED_MS = 24 * 60 * 60 * 1000;

/**
 * A file written this close before the start of a build, or during it, may have changed while esbuild read
 * it: it is recorded as changed, so the next start builds again rather than trust it. The margin covers
 * file systems that keep times in whole seconds or two.
 */
const SETTLE_MS = 2000;

/**
 * @typedef {{ format: number, entry: string, files: string[], inputs: Record<string, [number, number]> }} Manifest
 */

/**
 * The entry of the build in out/cli when every recorded input is unchanged, else null. Runs on every
 * start of `sxw`: one small JSON read and one stat per input (about 130), no source is read.
 * @param {string} root the project folder
 * @returns {string | null} absolute path of the entry module
 */
export function freshCliEntry(root) {
  const outDir = path.join(root, CLI_OUT_DIR);
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
  if (manifest?.format !== FORMAT || typeof manifest.entry !== 'string' || !(manifest.inputs instanceof Object)) {
    return null;
  }
  for (const [file, recorded] of Object.entries(manifest.inputs)) {
    const stat = fs.statSync(path.resolve(root, file), { throwIfNoEntry: false });
    if (!stat || !Array.isArray(recorded) || stat.mtimeMs !== recorded[0] || stat.size !== recorded[1]) return null;
  }
  const entry = path.join(outDir, manifest.entry);
  return fs.existsSync(entry) ? entry : null;
}

/**
 * Bundles the CLI into out/cli and records what it was made from. Safe to run from several processes at
 * once (tests start many `sxw` processes): every file is written under a temporary name and renamed into
 * place, bundle files carry a content hash in their name (the same name always holds the same content), and
 * build.json — which names the entry — is replaced last, so a reader sees either the old build or the new.
 * @param {string} root the project folder
 * @param {{ keepSuperseded?: boolean }} [options] keep files of earlier builds that are less than a day old
 *   (on a rebuild at start-up); `npm ci` and `npm run build:cli` remove every file of earlier builds
 * @returns {Promise<string>} absolute path of the new entry module
 */
export async function buildCli(root, { keepSuperseded = false } = {}) {
  const { build } = await import('esbuild');
  const outDir = path.join(root, CLI_OUT_DIR);
  const started = Date.now();
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    absWorkingDir: root,
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    external: EXTERNAL,
    // Bundled CommonJS (commander) require()s Node's built-ins; an ES module has no require of its own.
    banner: {
      js: "import { createRequire as __sxwRequire } from 'node:module';\nconst require = __sxwRequire(import.meta.url);",
    },
    metafile: true,
    write: false,
    logLevel: 'silent',
  };
  // The job worker (main/jobs/worker.ts) first, as one file of its own: `sxw serve` starts it for imports
  // and reports, and finds it by the name the main build is given (main/jobs/workerFile.ts).
  const worker = await build({ ...common, entryPoints: { worker: 'main/jobs/worker.ts' }, splitting: false });
  const workerOutput = Object.keys(worker.metafile.outputs).find((file) => file.endsWith('.mjs'));
  if (!workerOutput) throw new Error('esbuild reported no worker module');
  const workerFile = path.basename(workerOutput);
  const main = await build({
    ...common,
    entryPoints: { sxw: 'main/cli/main.ts' },
    splitting: true,
    define: { __SXW_JOB_WORKER__: JSON.stringify(workerFile) },
  });
  const result = {
    outputFiles: [...worker.outputFiles, ...main.outputFiles],
    metafile: {
      inputs: { ...worker.metafile.inputs, ...main.metafile.inputs },
      outputs: main.metafile.outputs,
    },
  };

  /** @type {Record<string, [number, number]>} */
  const inputs = {};
  const record = (/** @type {string} */ file) => {
    const stat = fs.statSync(path.resolve(root, file));
    // A time after now is clock skew (a file from another machine), not a write during this build.
    const settling = stat.mtimeMs > started - SETTLE_MS && stat.mtimeMs <= Date.now();
    inputs[file] = [settling ? -1 : stat.mtimeMs, stat.size];
  };
  for (const input of Object.keys(result.metafile.inputs)) {
    // A bundled package changes as a whole when npm replaces it; its package.json stands for its files.
    const inPackage = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    record(inPackage ? `${inPackage[1]}/package.json` : input);
  }
  for (const file of CONFIG_FILES) record(file);

  fs.mkdirSync(outDir, { recursive: true });
  const files = result.outputFiles.map((f) => path.basename(f.path));
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  const entryOutput = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint);
  if (!entryOutput) throw new Error('esbuild reported no entry module');
  const entry = path.basename(entryOutput[0]);
  /** @type {Manifest} */
  const manifest = { format: FORMAT, entry, files, inputs };
  writeAtomically(path.join(outDir, MANIFEST), JSON.stringify(manifest, null, 1));
  removeSuperseded(outDir, new Set([...files, MANIFEST]), keepSuperseded ? started - KEEP_SUPERSEDED_MS : Infinity);
  return path.join(outDir, entry);
}

/**
 * @param {string} file
 * @param {string | Uint8Array} contents
 */
function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temp, contents);
  fs.renameSync(temp, file);
}

/**
 * @param {string} outDir
 * @param {Set<string>} current
 * @param {number} writtenBefore only files last written before this time are removed
 */
function removeSuperseded(outDir, current, writtenBefore) {
  for (const name of fs.readdirSync(outDir)) {
    if (current.has(name)) continue;
    const file = path.join(outDir, name);
    try {
      if (fs.statSync(file).mtimeMs < writtenBefore) fs.rmSync(file, { force: true });
    } catch {
      // Removed by a concurrent build.
    }
  }
}

/**
 * The entry to run: the current build, rebuilt first when a source changed. Null when no current build
 * exists and building failed (no write access to out/, esbuild missing, a syntax error); `note` then
 * receives the one line bin/sxw.mjs prints before it runs the sources through tsx instead.
 * @param {string} root
 * @param {(line: string) => void} note
 * @returns {Promise<string | null>}
 */
export async function cliEntry(root, note) {
  const fresh = freshCliEntry(root);
  if (fresh) return fresh;
  try {
    return await buildCli(root, { keepSuperseded: true });
  } catch (error) {
    note(
      `sxw: out/cli holds no build of the current sources and building one failed (${reason(error)}); running the sources through tsx instead, which starts slower.`,
    );
    return null;
  }
}

/** One line: esbuild's first error with its place, else the error's first line. */
function reason(/** @type {unknown} */ error) {
  const first = /** @type {{ errors?: { text: string, location?: { file: string, line: number } | null }[] }} */ (error)
    .errors?.[0];
  if (first) return first.location ? `${first.location.file}:${first.location.line}: ${first.text}` : first.text;
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
