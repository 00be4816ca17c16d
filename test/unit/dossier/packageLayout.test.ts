import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildPackageEntries,
  evidenceEntryName,
  isSafeEntryName,
  safeTitle,
} from '../../../shared/dossier/packageLayout';
import type { EvidenceItem } from '../../../shared/dossier/schemas';
import { storedZip } from '../../../main/dossier/storedZip';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function item(number: number, title: string, extension: string, data: Uint8Array): EvidenceItem {
  return {
    id: `ev_${number}`,
    engagementId: 'en_1',
    number,
    sha256: sha256(data),
    size: data.byteLength,
    fileName: `${title}.${extension}`,
    extension,
    title,
    type: 'report',
    owner: null,
    date: '2026-01-01',
    validUntil: null,
    confidentiality: 'internal',
    parts: ['B1.approach'],
    addedAt: '2026-01-01T00:00:00.000Z',
    file: 'ok',
  };
}

/** What `sha256sum -c` does with the file: every line `<hex>  <name>`, each name present with that hash. */
function verifies(entries: { name: string; data: Uint8Array }[]): boolean {
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  const sums = new TextDecoder().decode(byName.get('SHA256SUMS'));
  const lines = sums.split('\n');
  if (lines.pop() !== '') return false;
  return (
    lines.length === entries.length - 1 &&
    lines.every((line) => {
      const m = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
      const data = m ? byName.get(m[2]!) : undefined;
      return m !== null && data !== undefined && sha256(data) === m[1];
    })
  );
}

const titles = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom('../../etc/passwd', 'C:\\Windows\\system32', '/abs/path', '..', '.', ' ', 'Café “Één”', 'a/b\\c:d'),
);

describe('the submission package’s layout', () => {
  it('names evidence E<nnn>-<safe title>.<ext>', () => {
    expect(evidenceEntryName({ number: 7, title: 'Visie “Thuis bij Délta” 2026', extension: 'pdf' })).toBe(
      'E007-Visie-Thuis-bij-Delta-2026.pdf',
    );
    expect(evidenceEntryName({ number: 12, title: '../../etc/passwd', extension: 'PDF' })).toBe('E012-etc-passwd.pdf');
    expect(evidenceEntryName({ number: 1, title: '…', extension: '' })).toBe('E001-evidence.bin');
    expect(safeTitle('x'.repeat(100))).toHaveLength(60);
  });

  it('for any titles and contents: SHA256SUMS verifies, names are safe and unique, the zip holds them exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ title: titles, extension: fc.string({ maxLength: 12 }), data: fc.uint8Array({ maxLength: 64 }) }),
          {
            maxLength: 12,
          },
        ),
        fc.constantFrom('nl' as const, 'en' as const),
        (files, language) => {
          const entries = buildPackageEntries({
            created: '2026-11-01T10:00:00.000Z',
            language,
            scheme: { id: 'sx-recognition', version: '1.0.0' },
            engagement: { id: 'en_1', title: 'Award', client: 'Delta' },
            document: new TextEncoder().encode('docx'),
            evidence: files.map((f, i) => ({ item: item(i + 1, f.title, f.extension, f.data), data: f.data })),
            sha256,
          });
          const names = entries.map((e) => e.name);
          expect(names).toEqual([...names].sort());
          expect(new Set(names).size).toBe(names.length);
          for (const name of names) {
            expect(isSafeEntryName(name), name).toBe(true);
            expect(name).not.toMatch(/\.\.|^\/|^[A-Za-z]:|\\/);
          }
          expect(verifies(entries)).toBe(true);
          // The zip holds exactly these entries, byte for byte, and the same input gives the same zip.
          const at = new Date('2026-11-01T10:00:00.000Z');
          const zip = Buffer.concat(storedZip(entries, at));
          const unpacked = unzipSync(zip);
          expect(Object.keys(unpacked)).toEqual(names);
          for (const e of entries) expect(Buffer.from(unpacked[e.name]!).equals(Buffer.from(e.data))).toBe(true);
          expect(Buffer.concat(storedZip(entries, at)).equals(zip)).toBe(true);
          const manifest = JSON.parse(new TextDecoder().decode(entries.find((e) => e.name === 'manifest.json')!.data));
          expect(manifest.evidence.map((e: { fileName: string }) => e.fileName)).toEqual(
            names.filter((n) => n.startsWith('E')),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
