import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * DuckDB is only the reference the pool benchmarks are measured against, so it is not in package.json:
 * the npm registry our build machines reach lacks its binaries for other platforms, and an optional
 * dependency that cannot be resolved for every platform makes the lockfile unsatisfiable for `npm ci`.
 * `npm run bench` installs it on first use, without touching package.json or the lockfile.
 */

export interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }>;
}

interface DuckModule {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckConnection> }> };
}

const PACKAGE = '@duckdb/node-api';

export async function loadDuckDB(): Promise<DuckModule> {
  const require = createRequire(import.meta.url);
  try {
    require.resolve(PACKAGE);
  } catch {
    process.stderr.write(`installing ${PACKAGE} for the DuckDB reference (not saved to package.json) …\n`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', PACKAGE], { stdio: 'inherit' });
  }
  return (await import(PACKAGE)) as DuckModule;
}
