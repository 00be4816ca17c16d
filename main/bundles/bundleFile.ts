import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_VERSION, MAX_BUNDLE_BYTES, MAX_BUNDLE_MB } from '../../shared/bundles/schemas';
import { decryptBundle, encryptBundle, isEncryptedBundle } from './bundleCrypto';
import { refuse } from './refusal';
import { decodeTable, type TableEntry } from './tableEntry';
import { readZip, writeZip } from './zipArchive';

/**
 * A bundle file: `manifest.json` — format, version, the app and schema version that made it, when, the
 * client and engagements it holds, and the size and SHA-256 of every other entry — beside one entry per
 * table. Opening one checks, in this order and before anything is read into the database: the container
 * (encrypted or plain), the zip (names, sizes, compression), the manifest's format and version, and that the
 * entries are exactly those the manifest lists, byte for byte.
 */

export const MANIFEST = 'manifest.json';

const Manifest = z.object({
  format: z.string(),
  version: z.number().int(),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(1),
  created: z.string().max(40),
  client: z.string().min(1).max(64),
  engagements: z.array(z.string().max(64)),
  entries: z.array(
    z.object({ name: z.string(), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});
export type Manifest = z.infer<typeof Manifest>;

export interface OpenedBundle {
  manifest: Manifest;
  tables: TableEntry[];
  /** Evidence files by SHA-256 (entries `evidence/<sha256>`), each checked against its name. */
  files: Map<string, Buffer>;
  encrypted: boolean;
}

/** An evidence file in a bundle: named by its SHA-256, so its name is its checksum. */
const EVIDENCE_ENTRY = /^evidence\/([0-9a-f]{64})$/;

export function evidenceEntryName(sha256: string): string {
  return `evidence/${sha256}`;
}

export async function writeBundle(
  manifest: Omit<Manifest, 'format' | 'version' | 'entries'>,
  tables: Map<string, Uint8Array>,
  passphrase: string | undefined,
): Promise<Buffer> {
  const entries = [...tables].map(([name, data]) => ({ name, bytes: data.length, sha256: sha256(data) }));
  const full: Manifest = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, ...manifest, entries };
  const zip = writeZip(
    new Map([[MANIFEST, Buffer.from(JSON.stringify(full, null, 2), 'utf8')], ...tables]),
    new Date(manifest.created),
  );
  return passphrase === undefined ? Buffer.from(zip) : encryptBundle(zip, passphrase);
}

export async function openBundle(file: Buffer, passphrase: string | undefined): Promise<OpenedBundle> {
  if (file.length > MAX_BUNDLE_BYTES) refuse('too_large', `The bundle is larger than ${MAX_BUNDLE_MB} MB.`);
  const encrypted = isEncryptedBundle(file);
  const zip = encrypted ? await decryptBundle(file, passphrase) : file;
  if (zip.length < 4 || zip.readUInt32LE(0) !== 0x04034b50) refuse('not_a_bundle', 'The file is not a client bundle.');
  const entries = readZip(zip);

  const manifestBytes = entries.get(MANIFEST);
  if (!manifestBytes) refuse('not_a_bundle', 'The file has no bundle manifest.');
  let raw: unknown;
  try {
    raw = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    refuse('damaged', 'The bundle manifest is not JSON.', MANIFEST);
  }
  if ((raw as { format?: unknown })?.format !== BUNDLE_FORMAT)
    refuse('not_a_bundle', 'The file is not a client bundle.');
  if ((raw as { version?: unknown }).version !== BUNDLE_VERSION) {
    refuse(
      'unknown_version',
      `The bundle's format version ${String((raw as { version?: unknown }).version)} is unknown to this app.`,
    );
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) refuse('damaged', 'The bundle manifest is incomplete.', MANIFEST);
  const manifest = parsed.data;

  const listed = new Set<string>();
  for (const e of manifest.entries) {
    if (listed.has(e.name) || e.name === MANIFEST)
      refuse('unsafe_entry', `The manifest lists ${e.name} twice.`, e.name);
    listed.add(e.name);
    const data = entries.get(e.name);
    if (!data) refuse('tampered', `The entry ${e.name} is missing.`, e.name);
    if (data.length !== e.bytes || sha256(data) !== e.sha256) {
      refuse('tampered', `The entry ${e.name} does not match its checksum.`, e.name);
    }
  }
  for (const name of entries.keys()) {
    if (name !== MANIFEST && !listed.has(name)) refuse('tampered', `The entry ${name} is not in the manifest.`, name);
  }
  const files = new Map<string, Buffer>();
  const tables: TableEntry[] = [];
  for (const e of manifest.entries) {
    const data = entries.get(e.name)!;
    const evidence = EVIDENCE_ENTRY.exec(e.name);
    if (!evidence) {
      tables.push(decodeTable(e.name, data));
      continue;
    }
    if (sha256(data) !== evidence[1]) refuse('tampered', `The entry ${e.name} does not match its name.`, e.name);
    files.set(evidence[1]!, data);
  }
  return { manifest, tables, files, encrypted };
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
