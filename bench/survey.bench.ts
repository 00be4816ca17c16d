import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { call, callAsync } from '../main/api/dispatch';
import { createContext } from '../main/api/context';
import { openWorkbenchDatabase } from '../main/db/open';
import { sxDefault } from '../shared/frameworks/sxDefault';
import { surveyKit } from '../shared/surveys/kit';
import { type MeasuredCase, timeOnce } from './harness';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const RESPONDENTS = 2000;
// Twenty pairs: the same import swings ±20 % between runs on a shared machine; the median of twenty settles.
const RUNS = 20;
const WARMUP = 2;

/**
 * The survey issue's benchmark: importing a 2,000-respondent Microsoft Forms `.xlsx` (the whole operation:
 * base64, reading the workbook, recognising and matching every cell, writing 2,000 respondents and ≈ 86,000
 * answers in one transaction) against reading the same file with read-excel-file alone — once into an
 * empty round, and twice replacing the same respondents: with the same answers (a re-import of the export)
 * and with every answer changed.
 */
export async function surveyBenchmarks(): Promise<MeasuredCase[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-survey-'));
  const file = path.join(dir, 'bench.sqlite');
  const db = openWorkbenchDatabase(file);
  const ctx = createContext({ db, databasePath: file, transport: 'bridge' });
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Bench BV', sector: 'K', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', { clientId, title: 'Enquête', purpose: 'diagnosis' }),
  );
  const { id: assessmentId } = must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' }));

  const kit = surveyKit(sxDefault, 'nl');
  const at = new Date('2026-11-03T09:15:00.000Z');
  const header = [
    'ID',
    'Begintijd',
    'Tijd van voltooien',
    'E-mail',
    'Naam',
    kit.role.question,
    ...kit.questions.map((q) => q.text),
  ];
  const roles = kit.role.options;
  /** The export, with every score moved `shift` places along the scale (the same cells n/a and empty). */
  const workbook = async (shift: number) => {
    const data = [
      header.map((value) => ({ value, type: String })),
      ...Array.from({ length: RESPONDENTS }, (_, r) => [
        { value: r + 1, type: Number },
        { value: at, type: Date, format: 'dd-mm-yyyy hh:mm' },
        { value: at, type: Date, format: 'dd-mm-yyyy hh:mm' },
        { value: 'anonymous', type: String },
        null,
        { value: roles[r % 3]?.label, type: String },
        ...kit.questions.map((_, q) => {
          const k = (r * 7 + q * 3) % 23;
          const label = k === 5 ? kit.notApplicable.label : kit.scale[(r + q + shift) % 5]?.label;
          return k === 11 ? null : { value: label, type: String };
        }),
      ]),
    ];
    return writeXlsxFile([{ sheet: 'Form1', data }] as unknown as Parameters<typeof writeXlsxFile>[0]).toBuffer();
  };
  const files = [await workbook(0), await workbook(1)];
  const xlsx = files[0] as Buffer;
  const input = { assessmentId, contentBase64: xlsx.toString('base64'), fileName: 'Form1.xlsx', replace: true };
  const changed = { ...input, contentBase64: (files[1] as Buffer).toString('base64') };

  /**
   * One case: the import of `inputFor(i)` (made before the timing) against reading the same file alone with
   * read-excel-file, alternated.
   */
  const importCase = (situation: string, inputFor: (i: number) => typeof input): MeasuredCase => ({
    name: `survey import, Microsoft Forms .xlsx, ${RESPONDENTS} respondents × ${kit.questions.length} questions, ${situation}`,
    referenceName: 'read-excel-file reading the same file alone',
    goal: '≤ 1 s and ≤ 2× the reader',
    measure: async () => {
      const ours: number[] = [];
      const reference: number[] = [];
      for (let i = 0; i < RUNS + WARMUP; i++) {
        const given = inputFor(i);
        const file = Buffer.from(given.contentBase64, 'base64');
        const o = await timeOnce(async () => must(await callAsync(ctx, 'surveys.import', given)));
        const r = await timeOnce(() => readSheet(file));
        if (i >= WARMUP) {
          ours.push(o);
          reference.push(r);
        }
      }
      return { ours, reference };
    },
  });

  return [
    // A new round each time: the import as a consultant first meets it.
    importCase('into an empty round', () => ({
      ...input,
      assessmentId: must(call(ctx, 'assessments.create', { engagementId, mode: 'survey' })).id,
      replace: false,
    })),
    // The same export again: an updated export repeats the answers already imported.
    importCase('replacing the same respondents, same answers', () => input),
    // Every answer different from the import before (the two files alternate).
    importCase('replacing the same respondents, every answer changed', (i) => (i % 2 === 0 ? changed : input)),
  ];
}
