import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCX_TYPE } from '../../renderer/src/pages/results/ReportExportModal';
import { benchmarkWorld, record } from './benchmarksFixture';
import type { FakeApi } from './fakeApi';
import { findPageTitle, renderApp } from './legacyRenderApp';

/** 2 peers in the client's own sector and size band (below k = 5), 18 more of its sector in the next band. */
const thinPool = () => [
  ...Array.from({ length: 2 }, (_, i) => record('K', '250-999', 300 + i * 10)),
  ...Array.from({ length: 18 }, (_, i) => record('K', '1000+', 250 + i * 10)),
];

/** 8 peers in the client's own sector and size band. */
const richPool = () => Array.from({ length: 8 }, (_, i) => record('K', '250-999', 250 + i * 25));

const OWN_GROUP = { sector: ['K'], size: ['250-999'], country: [], from: null, to: null };
const LOGO_WARNING = 'The logo could not be read, so the cover has no logo. Choose the logo again under Settings.';

let downloads: { blob: Blob; name: string }[] = [];
let lastBlob: Blob | null = null;

beforeEach(() => {
  downloads = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:report';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) downloads.push({ blob: lastBlob, name: this.download });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function openExport(api: FakeApi) {
  const app = renderApp('/engagements/e1/results?round=a1', api);
  await findPageTitle('Diagnosis 2026');
  await app.user.click(await screen.findByTestId('report-export-button'));
  const modal = await screen.findByTestId('report-export-modal');
  return { ...app, modal };
}

describe('exporting a Word report from the results', () => {
  it('downloads the report over the bridge and says under which name, with its warnings', async () => {
    const api = benchmarkWorld({ pool: richPool() });
    api.reportWarnings = [LOGO_WARNING];
    const { user, modal } = await openExport(api);

    expect(screen.getByRole('dialog', { name: 'Export a Word report' })).toBeTruthy();
    expect(within(modal).getByRole('radio', { name: 'Management report' })).toHaveProperty('checked', true);
    // The report's language starts as the screen's.
    expect(within(modal).getByRole('radio', { name: 'English' })).toHaveProperty('checked', true);
    const group = await within(modal).findByTestId('report-export-group');
    await waitFor(() => expect(group.textContent).toBe('Comparison group: n = 8'));
    expect(within(modal).getByTestId('report-export-filename').textContent).toMatch(
      /^Verzekeraar Noord – Baseline – SE report – \d{4}-\d{2}-\d{2}\.docx$/,
    );

    await user.click(within(modal).getByTestId('report-export-submit'));
    const done = await screen.findByTestId('report-export-done');
    expect(api.callsOf('reports.build')).toEqual([
      { assessmentId: 'a1', kind: 'management', language: 'en', benchmark: { filters: OWN_GROUP } },
    ]);
    expect(api.callsOf('reports.save')).toEqual([]);

    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.name).toMatch(/^Verzekeraar Noord – Baseline – SE report – .*\.docx$/);
    expect(download?.blob.type).toBe(DOCX_TYPE);
    const bytes = new Uint8Array(await download!.blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(new TextDecoder().decode(bytes)).toContain('fake report a1 en');

    expect(within(done).getByTestId('report-export-result').textContent).toBe(`Downloaded as ${download?.name} (1 kB)`);
    expect(within(done).getByTestId('report-export-warning').textContent).toBe(LOGO_WARNING);
    await user.click(within(done).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId('report-export-modal')).toBeNull());
  });

  it('sends the chosen language and comparison group, and says when the group is too small', async () => {
    const api = benchmarkWorld({ pool: thinPool() });
    const { user, modal } = await openExport(api);

    const group = await within(modal).findByTestId('report-export-group');
    await waitFor(() => expect(group.dataset.suppressed).toBe('true'));
    expect(group.dataset.n).toBeUndefined();
    expect(group.textContent).toBe(
      'This group has fewer than 5 assessments: the report will say so instead of showing a comparison.',
    );
    expect(api.callsOf('pool.compare')[0]).toEqual({ assessmentId: 'a1', filters: OWN_GROUP });

    // Wider: the next size band too.
    await user.click(within(modal).getByRole('textbox', { name: 'Size bands' }));
    await user.click(await screen.findByRole('option', { name: '1,000 or more employees' }));
    await waitFor(() =>
      expect(within(modal).getByTestId('report-export-group').textContent).toBe('Comparison group: n = 20'),
    );

    await user.click(within(modal).getByRole('radio', { name: 'Nederlands' }));
    expect(within(modal).getByTestId('report-export-filename').textContent).toMatch(
      /^Verzekeraar Noord – Baseline – SE-rapport – .*\.docx$/,
    );
    // The screen stays in English.
    expect(within(modal).getByText('Language of the report')).toBeTruthy();

    await user.click(within(modal).getByTestId('report-export-submit'));
    await screen.findByTestId('report-export-done');
    expect(api.callsOf('reports.build')).toEqual([
      {
        assessmentId: 'a1',
        kind: 'management',
        language: 'nl',
        benchmark: { filters: { ...OWN_GROUP, size: ['250-999', '1000+'] } },
      },
    ]);
    expect(downloads[0]?.name).toContain('SE-rapport');
  });

  it('leaves the benchmark out when it is unticked', async () => {
    const api = benchmarkWorld({ pool: richPool() });
    const { user, modal } = await openExport(api);
    await within(modal).findByTestId('report-export-group');

    await user.click(within(modal).getByRole('checkbox', { name: /Include the benchmark comparison/ }));
    expect(within(modal).queryByTestId('report-export-group')).toBeNull();
    expect(within(modal).queryByRole('textbox', { name: 'Size bands' })).toBeNull();

    await user.click(within(modal).getByTestId('report-export-submit'));
    await screen.findByTestId('report-export-done');
    expect(api.callsOf('reports.build')).toEqual([
      { assessmentId: 'a1', kind: 'management', language: 'en', benchmark: null },
    ]);
  });

  it('shows progress while building and cannot be closed half-way', async () => {
    const api = benchmarkWorld({ pool: richPool() });
    const { user, modal } = await openExport(api);
    await within(modal).findByTestId('report-export-group');

    let release = () => {};
    api.gate = new Promise((resolve) => (release = resolve));
    await user.click(within(modal).getByTestId('report-export-submit'));
    const progress = await within(modal).findByTestId('report-export-progress');
    expect(progress.textContent).toContain('Building the report: text, tables and charts…');
    expect(within(modal).getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', true);
    expect(within(modal).getByRole('radio', { name: 'Nederlands' })).toHaveProperty('disabled', true);
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('report-export-modal')).toBeTruthy();

    api.gate = null;
    release();
    await screen.findByTestId('report-export-done');
  });

  it('keeps the form filled in after an error, so the export can be retried', async () => {
    const api = benchmarkWorld({ pool: richPool() });
    const { user, modal } = await openExport(api);
    await within(modal).findByTestId('report-export-group');
    await user.click(within(modal).getByRole('radio', { name: 'Nederlands' }));

    api.failOnce.set('reports.build', [{ code: 'internal' }]);
    await user.click(within(modal).getByTestId('report-export-submit'));
    const error = await within(modal).findByTestId('report-export-error');
    expect(error.textContent).toBe('Something went wrong. Your data is unchanged; try again.');
    expect(downloads).toHaveLength(0);
    expect(within(modal).getByRole('radio', { name: 'Nederlands' })).toHaveProperty('checked', true);
    expect(within(modal).getByRole('checkbox', { name: /Include the benchmark comparison/ })).toHaveProperty(
      'checked',
      true,
    );

    await user.click(within(modal).getByTestId('report-export-submit'));
    await screen.findByTestId('report-export-done');
    expect(api.callsOf('reports.build').at(-1)).toEqual(expect.objectContaining({ language: 'nl' }));
    expect(downloads).toHaveLength(1);
  });

  it('in the desktop app saves through the Save dialog: a cancel returns to the form, a save can be shown', async () => {
    const api = benchmarkWorld({ pool: richPool(), transport: 'ipc' });
    const { user, modal } = await openExport(api);
    await within(modal).findByTestId('report-export-group');

    // Cancelled in the Save dialog: back to the form, nothing said.
    api.savePath = null;
    await user.click(within(modal).getByTestId('report-export-submit'));
    await waitFor(() => expect(api.callsOf('reports.save')).toHaveLength(1));
    await waitFor(() => expect(within(modal).getByTestId('report-export-submit')).toHaveProperty('disabled', false));
    expect(within(modal).queryByTestId('report-export-done')).toBeNull();
    expect(within(modal).queryByRole('alert')).toBeNull();

    // The file is open in Word.
    api.savePath = '/home/consultant/Documents/Verzekeraar Noord – Baseline – SE report.docx';
    api.failOnce.set('reports.save', [{ code: 'file_locked' }]);
    await user.click(within(modal).getByTestId('report-export-submit'));
    expect((await within(modal).findByTestId('report-export-error')).textContent).toBe(
      'The file is open in another program, probably Word. Close it there and export again; nothing was written.',
    );

    await user.click(within(modal).getByTestId('report-export-submit'));
    const done = await screen.findByTestId('report-export-done');
    expect(within(done).getByTestId('report-export-result').textContent).toContain(
      'Saved as Verzekeraar Noord – Baseline – SE report.docx',
    );
    expect(api.callsOf('reports.build')).toEqual([]);
    expect(downloads).toHaveLength(0);
    expect(api.callsOf('reports.save').at(-1)).toEqual({
      assessmentId: 'a1',
      kind: 'management',
      language: 'en',
      benchmark: { filters: OWN_GROUP },
    });

    await user.click(within(done).getByRole('button', { name: 'Show in folder' }));
    await waitFor(() =>
      expect(api.callsOf('files.showInFolder')).toEqual([
        { path: '/home/consultant/Documents/Verzekeraar Noord – Baseline – SE report.docx' },
      ]),
    );
  });

  it('can export a round without answers, saying the report will tell', async () => {
    const api = benchmarkWorld({ pool: richPool(), answers: [] });
    const { user, modal } = await openExport(api);
    expect(within(modal).getByTestId('report-export-no-answers').textContent).toBe(
      'This round has no answers yet: the report will say so.',
    );
    await within(modal).findByTestId('report-export-group');
    await user.click(within(modal).getByTestId('report-export-submit'));
    await screen.findByTestId('report-export-done');
  });
});
