import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call, dispatch } from '../main/api/dispatch';
import { createContext } from '../main/api/context';
import { openWorkbenchDatabase } from '../main/db/open';
import { evidenceFolder, storedPath } from '../main/dossier/evidenceStore';
import { prepareDossier, renderDossierDocx } from '../main/dossier/exports';
import { packageDossier } from '../main/dossier/package';
import { sxRecognition } from '../shared/dossier/sxRecognition';
import { type MeasuredCase, timeOnce } from './harness';

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const FILES = 40;
const TOTAL_BYTES = 100 * 1024 * 1024;
const RUNS = 7;

/**
 * The dossier issue's benchmark: the submission package of a dossier with 40 evidence files of 100 MB in
 * all (random bytes, which no zip can shrink, like the PDFs and photos of a real dossier), written to disk,
 * against its floor — reading and hashing the same 40 files plus the .docx export on its own. The goal is
 * at most 1.5 times the floor: the package should cost little more than the reading it cannot avoid.
 */
export async function dossierBenchmarks(): Promise<MeasuredCase[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxw-bench-dossier-'));
  const file = path.join(dir, 'bench.sqlite');
  const db = openWorkbenchDatabase(file);
  // The CLI's transport: the package is written to a path named by the caller.
  const ctx = createContext({ db, databasePath: file, transport: 'cli' });
  const { id: clientId } = must(
    call(ctx, 'clients.create', { name: 'Bench BV', sector: 'L', sizeBand: '250-999', country: 'NL' }),
  );
  const { id: engagementId } = must(
    call(ctx, 'engagements.create', {
      clientId,
      title: 'Award 2027',
      purpose: 'external-recognition',
      lead: 'A. Consultant',
    }),
  );
  const text = 'Een alinea over de aanpak, met wie, wat, wanneer en waarom. '.repeat(30);
  for (const part of sxRecognition.parts) {
    const limit = part.limit?.unit === 'words' ? 1000 : (part.limit?.max ?? 4000);
    must(call(ctx, 'dossier.setText', { engagementId, partId: part.id, text: text.slice(0, Math.min(limit, 1800)) }));
  }
  for (const element of sxRecognition.elements) {
    must(call(ctx, 'dossier.rate', { engagementId, element: element.id, score: 3, justification: 'Onderbouwd.' }));
  }
  for (let k = 0; k < 4; k++) {
    must(
      call(ctx, 'dossier.saveKeyResult', {
        engagementId,
        name: `Kernresultaat ${k + 1}`,
        points: [2022, 2023, 2024, 2025].map((y, i) => ({ period: String(y), value: 60 + k + i * 3 })),
        target: 75,
        comparison: { kind: 'external', value: 68, source: 'Branche' },
      }),
    );
  }
  const partIds = sxRecognition.parts.map((p) => p.id);
  const size = Math.floor(TOTAL_BYTES / FILES);
  for (let i = 0; i < FILES; i++) {
    must(
      await dispatch(ctx, 'evidence.add', {
        engagementId,
        title: `Bewijsstuk ${i + 1}`,
        type: 'report',
        date: '2026-01-15',
        fileName: `bewijs-${i + 1}.pdf`,
        content: randomBytes(size),
        links: [partIds[(i * 3) % partIds.length], partIds[(i * 7 + 1) % partIds.length]],
      }),
    );
  }
  const store = evidenceFolder(ctx);
  const hashes = (db.prepare('SELECT sha256 FROM evidence ORDER BY added_at').pluck().all() as string[]).map((h) =>
    storedPath(store, h),
  );
  const out = path.join(dir, 'pakket.zip');
  const ours = async () => {
    const saved = await packageDossier(ctx, { engagementId, language: 'nl', out });
    if (!saved.saved || saved.evidence !== FILES) throw new Error('The benchmark package is not complete.');
  };
  const floor = async () => {
    for (const f of hashes)
      createHash('sha256')
        .update(await fs.promises.readFile(f))
        .digest('hex');
    await renderDossierDocx(ctx, prepareDossier(ctx, engagementId, 'nl'));
  };
  return [
    {
      name: `dossier package, ${FILES} evidence files, ${Math.round(TOTAL_BYTES / 1024 / 1024)} MB, written to disk`,
      referenceName: 'reading and hashing the same files + the .docx export alone',
      goal: '≤ 1.5× the reference',
      measure: async () => {
        await ours();
        await floor();
        const mine: number[] = [];
        const reference: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          mine.push(await timeOnce(ours));
          reference.push(await timeOnce(floor));
        }
        fs.rmSync(dir, { recursive: true, force: true });
        return { ours: mine, reference };
      },
    },
  ];
}
