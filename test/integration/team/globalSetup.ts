import type { TestProject } from 'vitest/node';
import { postgresBin, startCluster, stopCluster, type TestCluster } from '../../support/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway PostgreSQL cluster of this run, or null when PostgreSQL is not installed. */
    postgres: TestCluster | null;
  }
}

/**
 * One PostgreSQL cluster for the whole integration run, shared by the team server's test files (each uses
 * its own database in it). A run that names only other test files does not start it.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  // argv[0] is node's own path and argv[1] vitest's: only what follows can name test files.
  const files = process.argv
    .slice(2)
    .filter((a) => a.includes('/') && !a.startsWith('-') && !a.includes('node_modules'));
  const named = files.filter((a) => !a.endsWith('vitest.mjs') && !a.endsWith('/vitest'));
  const wanted = named.length === 0 || named.some((a) => a.includes('team'));
  if (!wanted || !postgresBin()) {
    project.provide('postgres', null);
    return () => {};
  }
  const cluster = await startCluster();
  project.provide('postgres', cluster);
  return () => stopCluster(cluster);
}
