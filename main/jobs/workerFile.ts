import { fileURLToPath } from 'node:url';

/** Set by the CLI's build (scripts/cliBuild.mjs) to the name of its worker bundle, beside its own chunks. */
declare const __SXW_JOB_WORKER__: string | undefined;

/**
 * The job worker's module for the CLI and `sxw serve`: the worker bundle next to this chunk in out/cli when
 * running from the build, else the TypeScript source (host.ts starts it through tsx). The desktop app names
 * its own (out/main/worker.js, main/electron/index.ts).
 */
export function jobWorkerFile(): string {
  if (typeof __SXW_JOB_WORKER__ === 'string') return fileURLToPath(new URL(`./${__SXW_JOB_WORKER__}`, import.meta.url));
  return fileURLToPath(new URL('./worker.ts', import.meta.url));
}
