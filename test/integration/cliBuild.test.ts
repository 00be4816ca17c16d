import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_OUT_DIR, freshCliEntry } from '../../scripts/cliBuild.mjs';
import { ROOT } from './cliRunner';
import { tempDir } from './support';

const DESCRIPTION = 'SX Workbench: Service Excellence engagements, assessments, benchmarks and reports.';

/**
 * A copy of the project (sources with their file times, the bin, the build script, node_modules linked)
 * whose sources a test may edit without touching the repository other tests run from.
 */
function projectCopy(): string {
  const root = tempDir('sxw-build-');
  for (const entry of ['main', 'shared', 'bin', 'scripts', 'package.json', 'tsconfig.json']) {
    fs.cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true, preserveTimestamps: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'junction');
  return root;
}

function run(root: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'sxw.mjs'), ...args], {
    env: { ...process.env, SXW_DB: path.join(root, 'never.sqlite') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Rewrites a source as an editor would, dated a little in the past so the rebuild can trust its time. */
function edit(file: string, from: string, to: string) {
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
  const past = new Date(Date.now() - 10_000);
  fs.utimesSync(file, past, past);
}

/**
 * What loading `file` from the build loads before any of its code runs: the bundle files reached through
 * static imports (not `import()`), and the packages and Node built-ins they import.
 */
function staticImports(dir: string, file: string, seen = new Set<string>(), packages = new Set<string>()) {
  seen.add(file);
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  for (const [, specifier] of text.matchAll(/^import\s+(?:[^;]*?\s+from\s+)?["']([^"']+)["'];/gm)) {
    if (!specifier) continue;
    if (!specifier.startsWith('./')) packages.add(specifier);
    else if (!seen.has(specifier.slice(2))) staticImports(dir, specifier.slice(2), seen, packages);
  }
  return { files: seen, packages };
}

function dynamicImports(dir: string, file: string): string[] {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  return [...text.matchAll(/\bimport\(\s*["']\.\/([^"']+)["']\s*\)/g)].map((m) => m[1] ?? '');
}

const WORD_LIBRARIES = ['docx', 'echarts', '@resvg/resvg-js'];

describe('the sxw build in out/cli', () => {
  let root: string;
  // A time in whole seconds, so the test can put it back exactly (a Date holds no fraction of a millisecond).
  const mtime = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  const atime = mtime;
  beforeAll(async () => {
    root = projectCopy();
    fs.utimesSync(path.join(root, 'main', 'cli', 'io.ts'), atime, mtime);
    await buildCli(root);
  });

  it('is current right after a build, and stale once an input is edited, removed or an older copy put back', () => {
    expect(freshCliEntry(root)).not.toBeNull();
    const file = path.join(root, 'main', 'cli', 'io.ts');

    fs.utimesSync(file, atime, new Date(mtime.getTime() - 60_000)); // same content, older time: `cp -p`
    expect(freshCliEntry(root)).toBeNull();
    fs.utimesSync(file, atime, mtime);
    expect(freshCliEntry(root)).not.toBeNull();

    fs.appendFileSync(file, '\n');
    fs.utimesSync(file, atime, mtime); // a different size alone is enough
    expect(freshCliEntry(root)).toBeNull();
    fs.truncateSync(file, fs.statSync(file).size - 1);
    fs.utimesSync(file, atime, mtime);
    expect(freshCliEntry(root)).not.toBeNull();

    const config = path.join(root, 'tsconfig.json');
    fs.renameSync(config, `${config}.away`);
    expect(freshCliEntry(root)).toBeNull();
    fs.renameSync(`${config}.away`, config);
    expect(freshCliEntry(root)).not.toBeNull();
  });

  it('loads neither the services, the database driver nor the Word libraries before a command runs', () => {
    const dir = path.join(root, CLI_OUT_DIR);
    const entry = path.basename(freshCliEntry(root) ?? '');
    const start = staticImports(dir, entry);
    // Commander and the option lists only: every import left is a Node built-in.
    expect([...start.packages].filter((p) => !p.startsWith('node:'))).toEqual([]);

    const services = dynamicImports(dir, entry).find((f) => f.startsWith('services-'));
    expect(services).toBeDefined();
    expect(start.files.has(services ?? '')).toBe(false);
    // A command (`clients list`) loads the services and better-sqlite3; a report alone adds the Word libraries.
    const command = staticImports(dir, services ?? '');
    expect(command.packages.has('better-sqlite3')).toBe(true);
    expect([...command.packages].filter((p) => WORD_LIBRARIES.some((w) => p === w || p.startsWith(`${w}/`)))).toEqual(
      [],
    );
    const renderer = [...command.files].flatMap((f) => dynamicImports(dir, f)).find((f) => f.startsWith('renderDocx-'));
    const report = staticImports(dir, renderer ?? '');
    expect(WORD_LIBRARIES.every((w) => [...report.packages].some((p) => p === w || p.startsWith(`${w}/`)))).toBe(true);
  });

  it('is rebuilt before it runs when a source changed, so an edit shows at once and nothing is said', () => {
    edit(path.join(root, 'main', 'cli', 'index.ts'), DESCRIPTION, 'Edited after the build.');
    const before = freshCliEntry(root);
    expect(before).toBeNull();

    const r = run(root, ['--help']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Edited after the build.');
    expect(r.stdout).not.toContain(DESCRIPTION);

    // Current again: the next start runs the new build without building.
    const manifest = path.join(root, CLI_OUT_DIR, 'build.json');
    const built = fs.statSync(manifest).mtimeMs;
    expect(freshCliEntry(root)).not.toBeNull();
    expect(run(root, ['--help']).stdout).toContain('Edited after the build.');
    expect(fs.statSync(manifest).mtimeMs).toBe(built);
  });

  it('runs the sources through tsx with a one-line note when no current build can be made', () => {
    edit(path.join(root, 'main', 'cli', 'index.ts'), 'Edited after the build.', 'Edited where no build can go.');
    // out/cli cannot be created where a file stands in its place.
    fs.rmSync(path.join(root, CLI_OUT_DIR), { recursive: true });
    fs.writeFileSync(path.join(root, CLI_OUT_DIR), '');

    const r = run(root, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Edited where no build can go.');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^sxw: out\/cli holds no build of the current sources and building one failed \(.+\); running the sources through tsx instead/,
    );
  });
});
