import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runJobWrite } from '../../main/api/dispatch';
import { writeGate } from '../../main/api/writeGate';
import type { JobHost } from '../../main/jobs/host';
import { IMPORT_LIMITS } from '../../shared/api/limits';
import { csvHeader, csvRow } from '../../shared/pool/benchmarkCsv';
import { syntheticRecords } from '../../shared/pool/synthetic';
import { createTestBackend, type TestBackend } from './backend';
import { findPageTitle, renderApp } from './renderApp';

/**
 * The import dialog while an import runs: how far it is, and Stop. The backend is the real one; in place of
 * the worker thread (the in-memory database cannot be shared with one), a host runs the job on this thread
 * — through the dispatcher's own `runJobWrite` — after it has said how far it got and until the test lets
 * it go on: the progress and the cancel the dialog sees go through the real `jobs.progress` and `jobs.cancel`.
 */
function heldHost(backend: TestBackend): JobHost & { letGo(): void } {
  let go!: () => void;
  const held = new Promise<void>((resolve) => {
    go = resolve;
  });
  return {
    letGo: () => go(),
    async runWrite(request) {
      request.job.progress('checking', 40, 100);
      // Holds until the test lets go, or the job is cancelled (its flag is checked as a worker would).
      for (;;) {
        const stopped = await Promise.race([
          held.then(() => false),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 20)),
        ]);
        if (!stopped) break;
        try {
          request.job.check();
        } catch {
          break;
        }
      }
      return runJobWrite(backend.ctx, request.op, request.input, request.job, () => writeGate(backend.db).acquire());
    },
    renderReport: () => Promise.reject(new Error('not used')),
    close: async () => {},
  };
}

function poolFile(count: number, name = 'peers.csv'): File {
  const rows = [...syntheticRecords(count, { seed: 9 })].map((r) => csvRow({ ...r, synthetic: false }));
  return new File([`${csvHeader()}\n${rows.join('\n')}\n`], name, { type: 'text/csv' });
}

async function openImport(backend: TestBackend) {
  const app = renderApp('/benchmarks', backend);
  await findPageTitle('Benchmarks');
  await app.user.click(await screen.findByRole('button', { name: 'Import' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import benchmark data' });
  const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
  return { ...app, dialog, input };
}

const records = (backend: TestBackend) => backend.db.prepare('SELECT count(*) FROM pool_records').pluck().get();

describe('the import dialog while an import runs', () => {
  it('shows how far the import is, and finishes with the report', async () => {
    const backend = createTestBackend();
    const host = heldHost(backend);
    backend.ctx.jobs = host;
    const { user, dialog, input } = await openImport(backend);
    await user.upload(input, poolFile(30));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const progress = await within(dialog).findByTestId('pool-import-progress');
    await waitFor(() => expect(within(progress).getByText(/Checking every row/)).toBeTruthy());
    expect(within(progress).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('20');
    // The job is named by the dialog and reached through the operations the dialog uses.
    const [sent] = backend.callsOf('pool.import') as { jobId: string }[];
    expect(sent?.jobId).toMatch(/^[0-9a-f]{24}$/);
    expect(backend.callsOf('jobs.progress')).toContainEqual({ jobId: sent?.jobId });

    host.letGo();
    const report = await within(dialog).findByTestId('pool-import-report');
    expect(within(report).getByText('30 records added')).toBeTruthy();
    expect(records(backend)).toBe(30);
  });

  it('stops the import on Stop, and says nothing was imported', async () => {
    const backend = createTestBackend();
    backend.ctx.jobs = heldHost(backend);
    const { user, dialog, input } = await openImport(backend);
    await user.upload(input, poolFile(30));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await within(dialog).findByText(/Checking every row/);

    await user.click(within(dialog).getByRole('button', { name: 'Stop the import' }));
    expect(await within(dialog).findByText('The import was stopped. Nothing was imported.')).toBeTruthy();
    expect(backend.callsOf('jobs.cancel')).toHaveLength(1);
    expect(records(backend)).toBe(0);
    expect(backend.db.prepare('SELECT count(*) FROM packs').pluck().get()).toBe(0);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const backend = createTestBackend();
    const { user, dialog, input } = await openImport(backend);
    const big = poolFile(2, 'huge.csv');
    Object.defineProperty(big, 'size', { value: IMPORT_LIMITS.benchmarkFileBytes + 5 * 1024 * 1024 });
    await user.upload(input, big);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(
      await within(dialog).findByText(
        '“huge.csv” is 165 MB; one import takes at most 160 MB. Split the file into smaller files.',
      ),
    ).toBeTruthy();
    expect(backend.callsOf('pool.import')).toHaveLength(0);
  });
});
