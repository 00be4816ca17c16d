import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { call, callAsync, dispatchSync } from '../../../main/api/dispatch';
import { writeSetting } from '../../../main/db/settingsStore';
import type { DesktopShell } from '../../../main/api/context';
import { sxDefault } from '../../../shared/frameworks/sxDefault';
import { tempDir, testContext } from '../support';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const QUESTIONS = sxDefault.questions.map((q) => q.id);
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A client with a survey round of `respondents` answers (management, staff and frontline). */
function roundWithAnswers(ctx: ReturnType<typeof testContext>, respondents = 12, managers = 4) {
  const clientId = must(
    call(ctx, 'clients.create', { name: 'Zorggroep Oost', sector: 'Q', sizeBand: '250-999', country: 'NL' }),
  ).id;
  const engagementId = must(
    call(ctx, 'engagements.create', {
      clientId,
      title: 'Excellence programme',
      purpose: 'diagnosis',
      lead: 'Jan Smit',
    }),
  ).id;
  const assessmentId = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey', round: 'Nulmeting' })).id;
  if (respondents > 0) {
    const rows = Array.from({ length: respondents }, (_, i) => [
      `R${i + 1}`,
      i < managers ? 'management' : i < 9 ? 'staff' : 'frontline',
      ...QUESTIONS.map((_, q) => String(1 + ((q + i) % 5))),
    ]);
    const csv = `${[['respondent', 'role', ...QUESTIONS], ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
    must(call(ctx, 'assessments.importResponses', { assessmentId, contentBase64: b64(csv) }));
  }
  return { assessmentId };
}

function fakeDesktop(choice: string | null): DesktopShell & { shown: string[]; offered: string[] } {
  const saved = new Set<string>();
  const desktop = {
    shown: [] as string[],
    offered: [] as string[],
    chooseSavePath: async (name: string) => {
      desktop.offered.push(name);
      if (choice) saved.add(choice);
      return choice;
    },
    showInFolder: (p: string) => {
      if (!saved.has(p)) return false;
      desktop.shown.push(p);
      return true;
    },
    chooseOpenPath: async () => null,
    wasOpened: () => false,
  };
  return desktop;
}

describe('reports.build', () => {
  it('returns a Word document named after client, round and date, in the language asked for', async () => {
    const ctx = testContext();
    const { assessmentId } = roundWithAnswers(ctx);
    const built = must(await callAsync(ctx, 'reports.build', { assessmentId, language: 'nl' }));
    expect(built.fileName).toBe('Zorggroep Oost – Nulmeting – SE-rapport – 2026-11-22.docx');
    const bytes = Buffer.from(built.contentBase64, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(built.size).toBe(bytes.byteLength);
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(text).toContain('Samenvatting');
    expect(text).toContain('Jan Smit');
    expect(built.warnings).toEqual([]);
  }, 60_000);

  it('still builds for a round without answers, and says there is nothing to score yet', async () => {
    const ctx = testContext();
    const { assessmentId } = roundWithAnswers(ctx, 0);
    const built = must(await callAsync(ctx, 'reports.build', { assessmentId, language: 'en', benchmark: null }));
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(built.contentBase64, 'base64') })).value;
    expect(text).toContain('No answers have been recorded in this round yet');
    expect(text).toContain('the export was made without a benchmark');
  }, 60_000);

  it('leaves out a logo damaged in the database file, with a warning, instead of failing', async () => {
    const ctx = testContext();
    const { assessmentId } = roundWithAnswers(ctx);
    writeSetting(ctx.db, 'branding.logo', {
      fileName: 'logo.png',
      type: 'png',
      width: 10,
      height: 10,
      dataBase64: Buffer.from('\x89PNG\r\n\x1a\nnot really a png').toString('base64'),
    });
    const built = must(await callAsync(ctx, 'reports.build', { assessmentId, language: 'en' }));
    expect(built.warnings).toEqual([expect.stringMatching(/logo/i)]);
    expect(Buffer.from(built.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('never prints the scores of a group too small to show: two managers hide the gap and the management column', async () => {
    const ctx = testContext();
    const { assessmentId } = roundWithAnswers(ctx, 12, 2);
    const results = must(call(ctx, 'assessments.results', { id: assessmentId }));
    expect(results.gaps.every((g) => g.suppressed)).toBe(true);
    const built = must(await callAsync(ctx, 'reports.build', { assessmentId, language: 'en' }));
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(built.contentBase64, 'base64') })).value;
    expect(html).toContain('The perception gap cannot be shown');
    expect(html).not.toContain('Perception gap per building block');
    // The roles table has no management column: its header cells are the shown roles only.
    const roles = html.slice(html.indexOf('Score per building block and role'));
    const header = roles.slice(roles.indexOf('<table>'), roles.indexOf('</tr>'));
    expect(header).toContain('Staff');
    expect(header).not.toContain('Management');
  }, 60_000);

  it('answers not_found for an unknown round, and cannot be called synchronously', async () => {
    const ctx = testContext();
    const missing = await callAsync(ctx, 'reports.build', { assessmentId: 'as_missing', language: 'en' });
    expect(missing.ok || missing.error.code).toBe('not_found');
    const { assessmentId } = roundWithAnswers(ctx);
    const sync = dispatchSync(ctx, 'reports.build', { assessmentId, language: 'en' });
    expect(sync.ok || sync.error.code).toBe('internal');
  }, 60_000);
});

describe('reports.save (the desktop app)', () => {
  it('offers the suggested name, writes the chosen file and shows only that file in its folder', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.docx');
    const desktop = fakeDesktop(target);
    const ctx = { ...testContext(), desktop };
    const { assessmentId } = roundWithAnswers(ctx);
    const saved = must(await callAsync(ctx, 'reports.save', { assessmentId, language: 'en' }));
    expect(desktop.offered).toEqual(['Zorggroep Oost – Nulmeting – SE report – 2026-11-22.docx']);
    expect(saved).toMatchObject({ saved: true, path: target, fileName: 'report.docx' });
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(dir)).toEqual(['report.docx']);
    expect(must(call(ctx, 'files.showInFolder', { path: target }))).toEqual({ shown: true });
    expect(must(call(ctx, 'files.showInFolder', { path: '/etc/passwd' }))).toEqual({ shown: false });
  }, 60_000);

  it('writes nothing when the Save dialog is cancelled', async () => {
    const ctx = { ...testContext(), desktop: fakeDesktop(null) };
    const { assessmentId } = roundWithAnswers(ctx);
    expect(must(await callAsync(ctx, 'reports.save', { assessmentId, language: 'nl' }))).toEqual({ saved: false });
  });

  it('says the folder cannot be written to, and leaves no file behind', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'gone', 'report.docx');
    const ctx = { ...testContext(), desktop: fakeDesktop(target) };
    const { assessmentId } = roundWithAnswers(ctx);
    const r = await callAsync(ctx, 'reports.save', { assessmentId, language: 'nl' });
    expect(r.ok || r.error.code).toBe('folder_not_writable');
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('is unavailable over the bridge, which downloads instead', async () => {
    const ctx = testContext();
    const { assessmentId } = roundWithAnswers(ctx);
    const r = await callAsync(ctx, 'reports.save', { assessmentId, language: 'nl' });
    expect(r.ok || r.error.code).toBe('unavailable');
  });
});
