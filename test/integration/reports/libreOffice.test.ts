import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { renderReportDocx } from '../../../main/reports/docx/renderDocx';
import { tempDir } from '../support';
import { sampleAssets, sampleLogoPng, sampleReportEn, sampleReportNl } from './sampleReport';

/**
 * The rendered documents opened by an independent word processor: LibreOffice converts them to PDF (it
 * refuses, or silently drops content, on malformed documents) and poppler reads the text back. CI installs
 * both; elsewhere the test is skipped when LibreOffice is missing.
 */

const run = promisify(execFile);

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => fs.existsSync(path.join(dir, command)));
}

const available = onPath('soffice') && onPath('pdftotext');

describe.skipIf(!available && !process.env.CI)('the reports in LibreOffice', () => {
  const dir = tempDir('sxw-report-lo-');
  const pdfText = new Map<string, string>();

  beforeAll(async () => {
    const damagedLogo = sampleLogoPng().slice(0, 60); // signature, header, then cut off
    const documents: Record<string, Uint8Array> = {
      sample: (await renderReportDocx(sampleReportNl(), sampleAssets())).bytes,
      english: (await renderReportDocx(sampleReportEn(), { logo: null })).bytes,
      damagedLogo: (await renderReportDocx(sampleReportNl(), { logo: { type: 'png', data: damagedLogo } })).bytes,
      missingLogo: (await renderReportDocx(sampleReportNl(), { logo: null })).bytes,
    };
    for (const [name, bytes] of Object.entries(documents)) fs.writeFileSync(path.join(dir, `${name}.docx`), bytes);
    // One LibreOffice start for all four, with a profile of its own so parallel runs do not share a lock.
    const profile = `file://${path.join(dir, 'profile')}`;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...Object.keys(documents).map((n) => path.join(dir, `${n}.docx`)),
      ],
      { timeout: 110_000 },
    );
    for (const name of Object.keys(documents)) {
      const pdf = path.join(dir, `${name}.pdf`);
      if (!fs.existsSync(pdf) || fs.statSync(pdf).size === 0) continue;
      pdfText.set(name, (await run('pdftotext', ['-layout', pdf, '-'])).stdout);
    }
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('converts every document to a PDF', () => {
    expect([...pdfText.keys()].sort()).toEqual(['damagedLogo', 'english', 'missingLogo', 'sample']);
  });

  it('shows the nine building blocks, the scores and the draft label', () => {
    const text = pdfText.get('sample') ?? '';
    for (const block of sxDefault.blocks) expect(text).toContain(`${block.id} ${block.name.nl.slice(0, 12)}`);
    expect(text).toContain('3,42');
    expect(text).toContain('CONCEPT');
    expect(text).toContain('Figuur 8: verandering per bouwsteen');
    expect(text).toMatch(/Pagina \d+ van \d+/);
  });

  it('shows the documents without a logo, whatever happened to it', () => {
    for (const name of ['damagedLogo', 'missingLogo']) {
      expect(pdfText.get(name)).toContain('Managementrapportage service excellence');
      expect(pdfText.get(name)).toContain('B9 Activiteiten');
    }
  });

  it('shows no draft label on a final report', () => {
    const text = pdfText.get('english') ?? '';
    expect(text).toContain('Table 1: score per building block');
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('CONCEPT');
  });
});
