import type { EvidenceItem } from './schemas';

/**
 * What a submission package holds and what its entries are called (docs/dossiers.md "Package"), pure so
 * its rules can be tested on any title: the Word dossier, each evidence file as `E<nnn>-<safe title>.<ext>`,
 * `manifest.json` and `SHA256SUMS` in the format `sha256sum -c` reads (`<hex>␠␠<name>` per line). Entry
 * names are ASCII letters, digits, `-` and one `.` before the extension: never `..`, a `/`, a `\`, a drive
 * or a leading dot, whatever the title was. Entries come sorted by name.
 */

export const PACKAGE_FORMAT = 'sxw-dossier-package';
export const MANIFEST = 'manifest.json';
export const CHECKSUMS = 'SHA256SUMS';

const MAX_TITLE = 60;

/** A title as part of a file name: accents dropped, every other run of non-alphanumerics one hyphen. */
export function safeTitle(title: string): string {
  const safe = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_TITLE)
    .replace(/-+$/, '');
  return safe || 'evidence';
}

export function safeExtension(extension: string): string {
  const ext = extension.toLowerCase();
  return /^[a-z0-9]{1,10}$/.test(ext) ? ext : 'bin';
}

export function evidenceEntryName(e: Pick<EvidenceItem, 'number' | 'title' | 'extension'>): string {
  return `E${String(e.number).padStart(3, '0')}-${safeTitle(e.title)}.${safeExtension(e.extension)}`;
}

export function documentEntryName(language: 'nl' | 'en'): string {
  return `dossier-${language}.docx`;
}

/** A name `sha256sum -c` and every unzip tool take as a plain file in the package's own folder. */
export function isSafeEntryName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9]+)?$/.test(name) && !name.includes('..');
}

export interface PackageEvidence {
  item: EvidenceItem;
  data: Uint8Array;
}

export interface PackageInput {
  /** The dossier's last change (ISO): the manifest's `created` and every entry's time. */
  created: string;
  language: 'nl' | 'en';
  scheme: { id: string; version: string };
  engagement: { id: string; title: string; client: string };
  document: Uint8Array;
  evidence: readonly PackageEvidence[];
  sha256(data: Uint8Array): string;
}

export interface PackageManifest {
  format: typeof PACKAGE_FORMAT;
  version: 1;
  scheme: { id: string; version: string };
  engagement: { id: string; title: string; client: string };
  created: string;
  language: 'nl' | 'en';
  document: { fileName: string; sha256: string; size: number };
  evidence: {
    id: string;
    fileName: string;
    originalName: string;
    sha256: string;
    size: number;
    title: string;
    type: string;
    date: string;
    validUntil: string | null;
    owner: string | null;
    confidentiality: string;
    parts: string[];
  }[];
}

export function buildPackageEntries(input: PackageInput): { name: string; data: Uint8Array }[] {
  const encoder = new TextEncoder();
  const documentName = documentEntryName(input.language);
  const evidence = [...input.evidence].sort((a, b) => a.item.number - b.item.number);
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    version: 1,
    scheme: input.scheme,
    engagement: input.engagement,
    created: input.created,
    language: input.language,
    document: { fileName: documentName, sha256: input.sha256(input.document), size: input.document.byteLength },
    evidence: evidence.map(({ item }) => ({
      id: item.id,
      fileName: evidenceEntryName(item),
      originalName: item.fileName,
      sha256: item.sha256,
      size: item.size,
      title: item.title,
      type: item.type,
      date: item.date,
      validUntil: item.validUntil,
      owner: item.owner,
      confidentiality: item.confidentiality,
      parts: [...item.parts].sort(),
    })),
  };
  const files = [
    { name: documentName, data: input.document },
    ...evidence.map(({ item, data }) => ({ name: evidenceEntryName(item), data })),
    { name: MANIFEST, data: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`) },
  ];
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sums = files.map((f) => `${input.sha256(f.data)}  ${f.name}\n`).join('');
  return [...files, { name: CHECKSUMS, data: encoder.encode(sums) }].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}
