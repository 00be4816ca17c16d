import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopShell } from '../../main/api/context';
import { DOCX_TYPE } from '../../renderer/src/pages/results/ReportExportModal';
import { png } from '../unit/settings/logoFixtures';
import { benchmarkWorld, record } from './benchmarksFixture';
import { findPageTitle, renderApp } from './renderApp';
import { seedDamagedLogo } from './seed';

/** 2 peers in the client's own sector and size band (below k = 5), 18 more of its sector in the next band. */
const thinPool = () => [
  ...Array.from({ length: 2 }, (_, i) => record('K', '250-999', 300 + i * 10)),
  ...Array.from({ length: 18 }, (_, i) => record('K', '1000+', 250 + i * 10)),
];

/** 8 peers in the client's own sector and size band. */
const richPool = () => Array.from({ length: 8 }, (_, i) => record('K', '250-999', 250 + i * 25));

const OWN_GROUP = { sector: ['K'], size: ['250-999'], country: [], from: null, to: null };
const LOGO_WARNING = 'The logo could not be read, so the cover has no logo. Choose the logo again under Settings.';
/** The name the backend suggests: its clock says 22 November 2026. */
const REPORT_NAME = 'Verzekeraar Noord – Baseline – SE report – 2026-11-22.docx';

/** The text of a .docx's body (every `<w:t>`, joined). */
async function documentText(bytes: Uint8Array): Promise<string> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

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

/**
 * The dialog once the report is built. A real build renders every chart through resvg: about two seconds
 * alone, the first one in a process (fonts, renderer) and on a machine busy with other suites far longer.
 */
const builtReport = () => screen.findByTestId('report-export-done', {}, { timeout: 30_000 });

async function openExport(world: ReturnType<typeof benchmarkWorld>) {
  const app = renderApp(`/engagements/${world.engagementId}/results?round=${world.roundId}`, world.backend);
  await findPageTitle('Diagnosis 2026');
  await app.user.click(await screen.findByTestId('report-export-button'));
  const modal = await screen.findByTestId('report-export-modal');
  return { ...app, modal };
}

describe('exporting a Word report from the results', { timeout: 90_000 }, () => {
  it('downloads the report over the bridge and says under which name, with its warnings', async () => {
    const world = benchmarkWorld({ pool: richPool() });
    seedDamagedLogo(world.backend, 'firm.png', png(64, 64));
    const { backend, user, modal } = await openExport(world);

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
    const done = await builtReport();
    expect(backend.callsOf('reports.build')).toEqual([
      { assessmentId: world.roundId, kind: 'management', language: 'en', benchmark: { filters: OWN_GROUP } },
    ]);
    expect(backend.callsOf('reports.save')).toEqual([]);

    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.name).toBe(REPORT_NAME);
    expect(download?.blob.type).toBe(DOCX_TYPE);
    const bytes = new Uint8Array(await download!.blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const text = await documentText(bytes);
    expect(text).toContain('Verzekeraar Noord');
    expect(text).toContain('Baseline');

    expect(within(done).getByTestId('report-export-result').textContent).toMatch(
      new RegExp(`^Downloaded as ${REPORT_NAME} \\([\\d,.]+ kB\\)$`),
    );
    expect(within(done).getByTestId('report-export-warning').textContent).toBe(LOGO_WARNING);
    await user.click(within(done).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId('report-export-modal')).toBeNull());
  });

  it('sends the chosen language and comparison group, and says when the group is too small', async () => {
    const world = benchmarkWorld({ pool: thinPool() });
    const { backend, user, modal } = await openExport(world);

    const group = await within(modal).findByTestId('report-export-group');
    await waitFor(() => expect(group.dataset.suppressed).toBe('true'));
    expect(group.dataset.n).toBeUndefined();
    expect(group.textContent).toBe(
      'This group has fewer than 5 assessments: the report will say so instead of showing a comparison.',
    );
    expect(backend.callsOf('pool.compare')[0]).toEqual({ assessmentId: world.roundId, filters: OWN_GROUP });

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
    await builtReport();
    expect(backend.callsOf('reports.build')).toEqual([
      {
        assessmentId: world.roundId,
        kind: 'management',
        language: 'nl',
        benchmark: { filters: { ...OWN_GROUP, size: ['250-999', '1000+'] } },
      },
    ]);
    expect(downloads[0]?.name).toBe('Verzekeraar Noord – Baseline – SE-rapport – 2026-11-22.docx');
  });

  it('leaves the benchmark out when it is unticked', async () => {
    const world = benchmarkWorld({ pool: richPool() });
    const { backend, user, modal } = await openExport(world);
    await within(modal).findByTestId('report-export-group');

    await user.click(within(modal).getByRole('checkbox', { name: /Include the benchmark comparison/ }));
    expect(within(modal).queryByTestId('report-export-group')).toBeNull();
    expect(within(modal).queryByRole('textbox', { name: 'Size bands' })).toBeNull();

    await user.click(within(modal).getByTestId('report-export-submit'));
    await builtReport();
    expect(backend.callsOf('reports.build')).toEqual([
      { assessmentId: world.roundId, kind: 'management', language: 'en', benchmark: null },
    ]);
  });

  it('shows progress while building and cannot be closed half-way', async () => {
    const { backend, user, modal } = await openExport(benchmarkWorld({ pool: richPool() }));
    await within(modal).findByTestId('report-export-group');

    let release = () => {};
    backend.gate = new Promise((resolve) => (release = resolve));
    await user.click(within(modal).getByTestId('report-export-submit'));
    const progress = await within(modal).findByTestId('report-export-progress');
    expect(progress.textContent).toContain('Building the report: text, tables and charts…');
    expect(within(modal).getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', true);
    expect(within(modal).getByRole('radio', { name: 'Nederlands' })).toHaveProperty('disabled', true);
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('report-export-modal')).toBeTruthy();

    backend.gate = null;
    release();
    await builtReport();
  });

  it('keeps the form filled in after an error, so the export can be retried', async () => {
    const { backend, user, modal } = await openExport(benchmarkWorld({ pool: richPool() }));
    await within(modal).findByTestId('report-export-group');
    await user.click(within(modal).getByRole('radio', { name: 'Nederlands' }));

    backend.failures.set('reports.build', { code: 'internal' });
    await user.click(within(modal).getByTestId('report-export-submit'));
    const error = await within(modal).findByTestId('report-export-error');
    backend.failures.delete('reports.build');
    expect(error.textContent).toBe('Something went wrong. Your data is unchanged; try again.');
    expect(downloads).toHaveLength(0);
    expect(within(modal).getByRole('radio', { name: 'Nederlands' })).toHaveProperty('checked', true);
    expect(within(modal).getByRole('checkbox', { name: /Include the benchmark comparison/ })).toHaveProperty(
      'checked',
      true,
    );

    await user.click(within(modal).getByTestId('report-export-submit'));
    await builtReport();
    expect(backend.callsOf('reports.build')).toHaveLength(2);
    expect(backend.callsOf('reports.build').at(-1)).toEqual(expect.objectContaining({ language: 'nl' }));
    expect(downloads).toHaveLength(1);
  });

  it('in the desktop app saves through the Save dialog: a cancel returns to the form, a save can be shown', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sxw-report-'));
    const path = join(folder, 'Verzekeraar Noord – Baseline – SE report.docx');
    // The desktop's Save dialog answers what the test says (null: Cancel); its file manager remembers.
    let answer: string | null = null;
    const suggested: string[] = [];
    const shown: string[] = [];
    const desktop: DesktopShell = {
      chooseSavePath: async (name) => {
        suggested.push(name);
        return answer;
      },
      showInFolder: (file) => {
        shown.push(file);
        return true;
      },
    };
    try {
      const world = benchmarkWorld({ pool: richPool(), desktop });
      const { backend, user, modal } = await openExport(world);
      await within(modal).findByTestId('report-export-group');

      // Cancelled in the Save dialog: back to the form, nothing said.
      await user.click(within(modal).getByTestId('report-export-submit'));
      await waitFor(() => expect(backend.callsOf('reports.save')).toHaveLength(1));
      await waitFor(() => expect(within(modal).getByTestId('report-export-submit')).toHaveProperty('disabled', false));
      expect(suggested).toEqual([REPORT_NAME]);
      expect(within(modal).queryByTestId('report-export-done')).toBeNull();
      expect(within(modal).queryByRole('alert')).toBeNull();

      // The file is open in Word.
      answer = path;
      backend.failures.set('reports.save', { code: 'file_locked' });
      await user.click(within(modal).getByTestId('report-export-submit'));
      expect((await within(modal).findByTestId('report-export-error')).textContent).toBe(
        'The file is open in another program, probably Word. Close it there and export again; nothing was written.',
      );
      backend.failures.delete('reports.save');

      await user.click(within(modal).getByTestId('report-export-submit'));
      const done = await builtReport();
      expect(within(done).getByTestId('report-export-result').textContent).toContain(
        'Saved as Verzekeraar Noord – Baseline – SE report.docx',
      );
      expect(backend.callsOf('reports.build')).toEqual([]);
      expect(downloads).toHaveLength(0);
      expect(backend.callsOf('reports.save').at(-1)).toEqual({
        assessmentId: world.roundId,
        kind: 'management',
        language: 'en',
        benchmark: { filters: OWN_GROUP },
      });
      const written = new Uint8Array(readFileSync(path));
      expect(await documentText(written)).toContain('Verzekeraar Noord');

      await user.click(within(done).getByRole('button', { name: 'Show in folder' }));
      await waitFor(() => expect(backend.callsOf('files.showInFolder')).toEqual([{ path }]));
      expect(shown).toEqual([path]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('can export a round without answers, saying the report will tell', async () => {
    const { user, modal } = await openExport(benchmarkWorld({ pool: richPool(), answered: false }));
    expect(within(modal).getByTestId('report-export-no-answers').textContent).toBe(
      'This round has no answers yet: the report will say so.',
    );
    await within(modal).findByTestId('report-export-group');
    await user.click(within(modal).getByTestId('report-export-submit'));
    await builtReport();
    expect(downloads).toHaveLength(1);
  });
});
