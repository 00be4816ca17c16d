import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runCli } from '../../main/cli/index';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SXW_BIN = path.join(ROOT, 'bin', 'sxw.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sxw` in this process (fast), exactly as the bin does apart from the process boundary. */
export async function sxw(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { LANG: 'en_US.UTF-8', ...env },
    cwd: process.cwd(),
    untilStopped: () => Promise.resolve(),
  });
  return { code, stdout, stderr };
}

/**
 * Runs the real bin in a child process, as `npx sxw` does: the build in out/cli (scripts/cliBuild.mjs),
 * which the bin makes first when it is missing or older than the sources.
 */
export function sxwProcess(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [SXW_BIN, ...args], {
    env: { ...process.env, SXW_DB: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
