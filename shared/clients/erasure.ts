import { z } from 'zod';
import { Id } from '../domain/primitives';

/**
 * Erasing a client: every row of theirs, their search-index entries and what the audit log said about
 * them go, and the file is compacted so none of their texts remain in its bytes. The confirmation repeats
 * the client's exact name. A backup is made first (where this installation keeps backups); the backups
 * that still hold the client can be deleted in the same step.
 */
export const ErasureInput = z.object({
  id: Id,
  confirm: z.string().max(200),
  /** Also delete every backup that still holds the client, the one made just before erasing included. */
  deleteBackups: z.boolean().default(false),
});
export type ErasureInput = z.input<typeof ErasureInput>;

/** A backup file as the erase dialog lists it. */
export interface BackupSummary {
  file: string;
  createdAt: string;
  bytes: number;
}

/** What an erasure removes, by kind (from the client's rows, so a later table's rows go too, uncounted here). */
export interface ErasureCounts {
  contacts: number;
  engagements: number;
  rounds: number;
  respondents: number;
  answers: number;
  /** Rounds whose anonymized record in the benchmark pool leaves with them. */
  contributions: number;
}

export interface ErasurePreview {
  client: { id: string; name: string };
  counts: ErasureCounts;
  /** Whether this installation keeps backups (then one is made before erasing). */
  backupsKept: boolean;
  /** The backups that still hold the client; empty where this installation keeps none. */
  backups: BackupSummary[];
}

export interface ErasureReport {
  counts: ErasureCounts;
  /** Audit entries about the client and its records that were removed. */
  auditEntries: number;
  /** The backup made before erasing, or null where this installation keeps none. */
  backup: BackupSummary | null;
  /**
   * The file was compacted and its write-ahead log emptied, so no text of the client remains in its bytes.
   * False when another program held the database open too long; the next erasure or compaction finishes it.
   */
  compacted: boolean;
  backupsDeleted: BackupSummary[];
  /** Backups that still hold the client (when they were not deleted). */
  backupsHolding: BackupSummary[];
}
