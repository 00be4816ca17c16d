import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchmarkWorld, record } from './benchmarksFixture';
import { findPageTitle, renderApp } from './renderApp';

/** The downloads the screen starts: each file's name and bytes. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}

const isZip = async (blob: Blob) => {
  const head = new Uint8Array(await blob.arrayBuffer()).slice(0, 2);
  return head[0] === 0x50 && head[1] === 0x4b;
};

afterEach(() => vi.restoreAllMocks());

describe('Excel exports on the results and benchmark screens', () => {
  it('downloads the round’s results and its benchmark comparison as .xlsx, in the screen’s language', async () => {
    const files = catchDownloads();
    const world = benchmarkWorld({
      language: 'nl',
      pool: Array.from({ length: 8 }, (_, i) => record('K', '250-999', 250 + i * 25)),
    });
    const { user } = renderApp(`/engagements/${world.engagementId}/results?round=${world.roundId}`, world.backend);
    await findPageTitle('Diagnosis 2026');

    await user.click(await screen.findByRole('button', { name: 'Resultaten naar Excel' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(world.backend.callsOf('surveys.exportResults')).toEqual([{ assessmentId: world.roundId, language: 'nl' }]);
    expect(files[0]?.name).toBe('results-Baseline.xlsx');
    expect(await isZip(files[0]?.blob as Blob)).toBe(true);

    const section = await screen.findByTestId('benchmark');
    await waitFor(() => expect(within(section).getByTestId('benchmark-group').textContent).toContain('n = 8'));
    await user.click(within(section).getByRole('button', { name: 'Exporteren naar Excel' }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(world.backend.callsOf('pool.exportComparison')).toEqual([
      expect.objectContaining({ assessmentId: world.roundId, language: 'nl' }),
    ]);
    expect(files[1]?.name).toBe('benchmark-comparison-Baseline.xlsx');
    expect(await isZip(files[1]?.blob as Blob)).toBe(true);
  });

  it('exports the pool as an Excel workbook from the Benchmarks page', async () => {
    const files = catchDownloads();
    const world = benchmarkWorld({
      pool: Array.from({ length: 8 }, (_, i) => record('K', '250-999', 250 + i * 25, { synthetic: false })),
    });
    const { user } = renderApp('/benchmarks', world.backend);
    await findPageTitle('Benchmarks');
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export benchmark data' });
    await user.click(within(dialog).getByRole('radio', { name: 'Excel workbook (.xlsx)' }));
    await user.click(within(dialog).getByRole('button', { name: /^Export/ }));
    const report = await within(dialog).findByTestId('pool-export-report');
    expect(report.textContent).toContain('8 records');
    expect(world.backend.callsOf('pool.exportWorkbook')).toHaveLength(1);
    expect(files.map((f) => f.name)).toEqual([expect.stringMatching(/^benchmark-sx-default-\d{4}-\d{2}-\d{2}\.xlsx$/)]);
    expect(await isZip(files[0]?.blob as Blob)).toBe(true);
  });
});
