import { z } from 'zod';
import { Id } from '../domain/primitives';

/**
 * A client bundle (`.sxwb`): one client with the engagements chosen, moved between laptops as one file —
 * a zip of the client's rows per table and a manifest, optionally encrypted with a passphrase. The format
 * is in docs/file-formats.md; the code that writes and reads it is in `main/bundles/`.
 */

export const BUNDLE_FORMAT = 'sxw-client-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.sxwb';

/**
 * The largest bundle file taken or made: its base64 crosses the API, and must fit the bridge's 64 MiB
 * request body (base64 is 4/3 of the bytes). A client with 200 respondents makes a bundle of about 60 kB.
 */
export const MAX_BUNDLE_MB = 40;
export const MAX_BUNDLE_BYTES = MAX_BUNDLE_MB * 1024 * 1024;
const MAX_BUNDLE_BASE64 = Math.ceil(MAX_BUNDLE_BYTES / 3) * 4;

export const Passphrase = z.string().min(8).max(1024);

export const BundleExportInput = z.object({
  clientId: Id,
  /** The engagements to include; all of the client's when absent. */
  engagementIds: z.array(Id).min(1).max(10_000).optional(),
  /** Encrypts the bundle (AES-256-GCM, key from the passphrase by scrypt). */
  passphrase: Passphrase.optional(),
});
export type BundleExportInput = z.input<typeof BundleExportInput>;

export const BundleImportInput = z.object({
  contentBase64: z.string().max(MAX_BUNDLE_BASE64),
  /** For an encrypted bundle. */
  passphrase: z.string().min(1).max(1024).optional(),
  /** Give the client and everything in it new ids: a copy beside the client, never merged into it. */
  asNew: z.boolean().default(false),
});
export type BundleImportInput = z.input<typeof BundleImportInput>;

export interface BundleExport {
  fileName: string;
  contentBase64: string;
  bytes: number;
  encrypted: boolean;
  /** Rows per table in the bundle. */
  rows: Record<string, number>;
}

/** Why a bundle is refused (`details.bundle` of an `invalid_input`); nothing is written in any of these cases. */
export const BUNDLE_REFUSALS = [
  /** Not a zip, nor an encrypted bundle. */
  'not_a_bundle',
  /** Encrypted, and no passphrase given. */
  'passphrase_required',
  /** The passphrase is wrong, or the encrypted file was changed. */
  'wrong_passphrase',
  /** A format or container version this app does not know. */
  'unknown_version',
  /** Made by a newer version of the app, with tables or columns this one does not know. */
  'newer_schema',
  /** An entry name with `..`, an absolute path, a backslash or a drive, or one that occurs twice. */
  'unsafe_entry',
  /** More entries, bytes or compression than any real bundle has. */
  'too_large',
  /** An entry's bytes differ from the manifest's checksum, or an entry is missing or unlisted. */
  'tampered',
  /** Readable, but not what a bundle holds (broken zip structure or JSON, rows that do not fit). */
  'damaged',
] as const;
export type BundleRefusal = (typeof BUNDLE_REFUSALS)[number];

/** One table's rows in an import: new ones, ones this database already has alike, ones it has otherwise. */
export interface BundleTableCount {
  table: string;
  added: number;
  unchanged: number;
  differing: number;
}

export type KeyValue = string | number | null;

/** A row this database has with other values than the bundle's: kept as it is, and listed. */
export interface BundleDifference {
  table: string;
  key: Record<string, KeyValue>;
  columns: string[];
}

/**
 * A row that cannot be added without overwriting or breaking something here: the same unique value in
 * another row (`unique`), a row the bundle puts under another parent than this database has it
 * (`owner`), or a shared row (a framework version) with other content (`shared`). An import with any is
 * refused whole.
 */
export interface BundleClash extends BundleDifference {
  reason: 'unique' | 'owner' | 'shared';
}

export interface BundlePreview {
  created: string;
  appVersion: string;
  encrypted: boolean;
  client: {
    /** The client's id here: the bundle's, or null when it is imported as new (ids are made then). */
    id: string | null;
    name: string;
    /** The client is already in this database: the bundle's rows are merged into it. */
    exists: boolean;
  };
  engagements: { id: string; title: string }[];
  tables: BundleTableCount[];
  /** At most the first 200. */
  differences: BundleDifference[];
  differenceCount: number;
  clashes: BundleClash[];
}

export interface BundleImportReport {
  clientId: string;
  /** The client was new here (otherwise the bundle was merged into it). */
  created: boolean;
  tables: BundleTableCount[];
  differences: BundleDifference[];
  differenceCount: number;
}
