import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { benchmarkCsv } from '../../shared/pool/benchmarkCsv';
import { benchmarkWorld, POOL_FILE, poolSize, record } from './benchmarksFixture';
import { findPageTitle, renderApp } from './renderApp';

const pool = () => [
  ...Array.from({ length: 12 }, (_, i) => record('K', '1000+', 300 + i * 5)),
  ...Array.from({ length: 6 }, (_, i) => record('Q', '50-249', 280 + i * 5, { country: 'BE', year: 2024 })),
];

function file(text: string, name: string): File {
  return new File([text], name, { type: 'text/csv' });
}

async function openImport(world: ReturnType<typeof benchmarkWorld>) {
  const app = renderApp('/benchmarks', world.backend);
  await findPageTitle('Benchmarks');
  await app.user.click(await screen.findByRole('button', { name: 'Import' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import benchmark data' });
  const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
  return { ...app, dialog, input };
}

describe('the Benchmarks page', () => {
  it('is a place in the navigation between Clients and Settings', async () => {
    renderApp('/', benchmarkWorld().backend);
    await findPageTitle('Home');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Home', 'Clients', 'Benchmarks', 'Settings']);
  });

  it('shows the pool’s size and composition, synthetic records labelled, and the packs with provenance', async () => {
    renderApp('/benchmarks', benchmarkWorld({ pool: pool() }).backend);
    await findPageTitle('Benchmarks');
    expect((await screen.findByTestId('pool-total')).textContent).toBe('18');
    expect(screen.getByTestId('pool-synthetic').textContent).toBe('18 synthetic (demo)');
    const sectors = screen.getByTestId('composition-bySector');
    expect(within(sectors).getByText('K — Financial and insurance activities')).toBeTruthy();
    expect(within(sectors).getByText('12')).toBeTruthy();
    expect(within(screen.getByTestId('composition-byCountry')).getByText('Belgium')).toBeTruthy();
    expect(within(screen.getByTestId('composition-byYear')).getByText('2024')).toBeTruthy();
    expect(within(screen.getByTestId('composition-bySource')).getByText(POOL_FILE)).toBeTruthy();
    const packs = screen.getAllByTestId('pack-row');
    expect(packs).toHaveLength(1);
    const pack = packs[0] as HTMLElement;
    expect(within(pack).getByText(POOL_FILE)).toBeTruthy();
    expect(within(pack).getByText('CSV')).toBeTruthy();
    // Added by its import, and in the pool now.
    expect(within(pack).getAllByText('18')).toHaveLength(2);
  });

  it('imports a Benchmark CSV and reports what it added; a second import changes nothing', async () => {
    const world = benchmarkWorld({ pool: pool() });
    const csv = benchmarkCsv([
      record('G', '10-49', 310, { synthetic: false }),
      record('G', '10-49', 330, { synthetic: false }),
    ]);
    const { user, dialog, input } = await openImport(world);
    await user.upload(input, file(csv, 'peers-2026.csv'));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    const report = await within(dialog).findByTestId('pool-import-report');
    expect(within(report).getByText('2 records added')).toBeTruthy();
    expect(within(report).getByText('0 records already in the pool, unchanged')).toBeTruthy();
    expect(poolSize(world)).toBe(20);
    // The footer's Close, not the dialog's × (named Close too).
    const close = within(dialog)
      .getAllByRole('button', { name: 'Close' })
      .find((button) => button.textContent === 'Close');
    await user.click(close as HTMLElement);
    await waitFor(() => expect(screen.getByTestId('pool-total').textContent).toBe('20'));
    const packs = await screen.findByTestId('packs');
    expect(await within(packs).findByText('peers-2026.csv')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    const again = await screen.findByRole('dialog', { name: 'Import benchmark data' });
    await user.upload(again.querySelector('input[type="file"]') as HTMLInputElement, file(csv, 'peers-2026.csv'));
    await user.click(within(again).getByRole('button', { name: 'Import' }));
    const second = await within(again).findByTestId('pool-import-report');
    expect(within(second).getByText('0 records added')).toBeTruthy();
    expect(within(second).getByText('2 records already in the pool, unchanged')).toBeTruthy();
    expect(poolSize(world)).toBe(20);
    expect(world.backend.run('pool.packs', {}).map((p) => [p.name, p.records])).toEqual([
      [POOL_FILE, 18],
      ['peers-2026.csv', 2],
    ]);
  });

  it('lists the problems of an invalid file and offers to import the valid rows', async () => {
    const world = benchmarkWorld({ pool: pool() });
    const good = record('G', '10-49', 310, { synthetic: false });
    const lines = benchmarkCsv([good]).trimEnd().split('\n');
    const bad = lines[1]!.replace(good.recordId, '99999999-2222-4333-8444-000000000001').replace(',G,', ',Z,');
    const { user, dialog, input } = await openImport(world);
    await user.upload(input, file(`${[...lines, bad].join('\n')}\n`, 'mixed.csv'));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const problems = await within(dialog).findByTestId('pool-import-problems');
    const rows = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toContainEqual(['3', 'sector', expect.stringContaining('Unknown sector')]);
    expect(within(dialog).getByText('mixed.csv was not imported')).toBeTruthy();
    expect(poolSize(world)).toBe(18);

    await user.click(within(dialog).getByRole('button', { name: 'Import the valid rows' }));
    const report = await within(dialog).findByTestId('pool-import-report');
    expect(within(report).getByText('1 record added')).toBeTruthy();
    expect(within(report).getByText('1 invalid record left out')).toBeTruthy();
    expect(world.backend.callsOf('pool.import').map((c) => (c as { skipInvalid?: boolean }).skipInvalid)).toEqual([
      false,
      true,
    ]);
    expect(poolSize(world)).toBe(19);
  });

  it('removes a pack after asking', async () => {
    const world = benchmarkWorld({ pool: pool() });
    const { user } = renderApp('/benchmarks', world.backend);
    await findPageTitle('Benchmarks');
    await user.click(await screen.findByRole('button', { name: `Remove pack ${POOL_FILE}` }));
    const confirm = await screen.findByRole('dialog', { name: `Remove ${POOL_FILE}?` });
    expect(within(confirm).getByText(/Its 18 records leave the pool/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Remove pack' }));
    expect(await screen.findByText('The pool is empty')).toBeTruthy();
    expect(poolSize(world)).toBe(0);
    expect(world.backend.run('pool.packs', {})).toEqual([]);
  });

  it('exports a filtered part of the pool and says how many records went in', async () => {
    const { backend } = benchmarkWorld({ pool: pool() });
    const { user } = renderApp('/benchmarks', backend);
    await findPageTitle('Benchmarks');
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    };
    try {
      await user.click(screen.getByRole('button', { name: 'Export' }));
      const dialog = await screen.findByRole('dialog', { name: 'Export benchmark data' });
      await user.click(
        within(dialog).getByRole('checkbox', {
          name: 'Export the synthetic (demo) records instead of the real ones',
        }),
      );
      await user.click(within(dialog).getByRole('button', { name: 'Export' }));
      const report = await within(dialog).findByTestId('pool-export-report');
      expect(within(report).getByText('18 records exported')).toBeTruthy();
      expect(backend.callsOf('pool.export')).toEqual([
        expect.objectContaining({ format: 'csv', delimiter: ',', records: 'synthetic' }),
      ]);
      expect(created).toHaveLength(1);
      const exported = (await created[0]?.text())?.trimEnd().split(/\r?\n/) ?? [];
      expect(exported).toHaveLength(1 + 18);
      expect(exported[0]?.startsWith('record_id,framework,sector,size_band,country,year,B1,')).toBe(true);
    } finally {
      URL.createObjectURL = original;
    }
  });

  it('sets the minimum group size k in Settings, never below 3', async () => {
    const { backend } = benchmarkWorld();
    const { user } = renderApp('/settings', backend);
    await findPageTitle('Settings');
    const input = await screen.findByLabelText('Minimum group size (k)');
    expect((input as HTMLInputElement).value).toBe('5');
    await user.clear(input);
    await user.type(input, '2');
    expect(await screen.findByText('Enter a whole number of at least 3.')).toBeTruthy();
    const save = screen.getAllByRole('button', { name: 'Save' }).at(-1) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await user.clear(input);
    await user.type(input, '7');
    await user.click(screen.getAllByRole('button', { name: 'Save' }).at(-1) as HTMLElement);
    await waitFor(() => expect(backend.callsOf('settings.update')).toEqual([{ benchmarkK: 7 }]));
    expect(backend.run('settings.get', {}).benchmarkK).toBe(7);
  });
});
