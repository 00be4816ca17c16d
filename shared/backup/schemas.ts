import { z } from 'zod';

/** What the workbench knows of the open database's health (see main/db/health.ts). */
export type DatabaseHealth =
  | { state: 'unchecked' }
  | { state: 'checking' }
  | { state: 'ok' }
  | { state: 'corrupt'; problems: string[] }
  | { state: 'restoring' };

/** Why a backup was made; automatic ones say what they came before. `other`: a file put in the folder by hand. */
export const BACKUP_REASONS = [
  'manual',
  'daily',
  'before-migration',
  'before-restore',
  'before-erasure',
  'before-import',
  'other',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupCounts {
  clients: number;
  engagements: number;
  rounds: number;
}

export interface BackupVerification {
  at: string;
  ok: boolean;
  /** SQLite's findings when the check failed (at most 20), in English. */
  problems: string[];
}

/** One file in the backups folder, as the Settings list and `sxw backup list` show it. */
export interface BackupInfo {
  /** The file's name in the backups folder: what list, verify, preview, restore and delete take. */
  name: string;
  /** Its full path. */
  file: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  schemaVersion: number | null;
  counts: BackupCounts | null;
  verification: BackupVerification | null;
  /** Erased clients this backup still holds (by count; which ones is kept beside it, never shown). */
  erasedClients: number;
  /** Made by the workbench and kept on its rotation; a file put there by hand is never pruned. */
  rotated: boolean;
}

export interface BackupList {
  folder: string;
  backups: BackupInfo[];
  /** How many of each kind the rotation keeps, for the explanation under the list. */
  rotation: { keepAllHours: number; daily: number; weekly: number; monthly: number };
}

/** What restoring a file would bring, shown before the consultant confirms. */
export interface BackupPreview {
  file: string;
  name: string;
  createdAt: string;
  sizeBytes: number;
  schemaVersion: number | null;
  counts: BackupCounts | null;
  /** Null when it can be restored; otherwise why not. */
  problem: null | 'not_a_database' | 'damaged' | 'newer';
}

export interface RestoreResult {
  restoredFrom: string;
  counts: BackupCounts;
  /** The backup of the database as it was just before, so the restore itself can be undone. */
  safetyBackup: BackupInfo | null;
  /** Where a damaged database was set aside (renamed, never deleted), when it was. */
  setAside: string | null;
}

/** SQLite's thorough check of a backup, or of the database in use. */
export interface VerifyResult {
  /** The file checked: a backup, or the database in use. */
  file: string;
  /** Its name in the backups folder; null for the database in use or a file elsewhere. */
  name: string | null;
  ok: boolean;
  problems: string[];
  schemaVersion: number | null;
  counts: BackupCounts | null;
  checkedAt: string;
}

/** A backup in the folder (its name), or, for the CLI and a file the desktop's Open dialog chose, a path. */
export const BackupRef = z.object({ file: z.string().trim().min(1).max(4096) }).strict();
export type BackupRef = z.infer<typeof BackupRef>;

export const VerifyInput = z.object({ file: z.string().trim().min(1).max(4096).optional() }).strict();
export type VerifyInput = z.infer<typeof VerifyInput>;
