import { z } from 'zod';
import { TEAM_PROBLEMS } from './problems';

/**
 * The team server as the workbench's API shows it (docs/team-server.md): where it is, how the last sync
 * went, and what each way of failing is called — the UI translates `reason`, the CLI prints the message.
 */

export { TEAM_PROBLEMS };
export type TeamProblem = (typeof TEAM_PROBLEMS)[number];

/** What one sync moved: records and versions sent and received, withdrawals both ways, conflicts. */
export interface SyncReport {
  /** This laptop's contributions and framework versions the server took. */
  pushed: number;
  /** Colleagues' records and versions this laptop took in (new or changed). */
  pulled: number;
  /** Withdrawals: this laptop's sent to the server, and colleagues' applied here. */
  withdrawn: number;
  /** Records or versions with the same id and other content (never overwritten). */
  conflicts: number;
}

export interface TeamStatus {
  /** The remembered server address, without its password; null when none is set up. */
  server: string | null;
  /** Whether a password is kept for it (in the operating system's secret store or the environment). */
  passwordKept: boolean;
  state: 'not_connected' | 'never_synced' | 'ok' | 'failed';
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  lastReport: SyncReport | null;
  lastProblem: TeamProblem | null;
  /** What waits to be sent: own contributions, withdrawals, framework versions. */
  pending: { records: number; withdrawals: number; versions: number };
  /** Colleagues' records in this laptop's pool. */
  teamRecords: number;
}

export interface ConnectionCheck {
  server: string;
  user: string;
  schemaVersion: number;
  k: number;
  consultant: boolean;
  serverVersion: string;
}

const Address = z.string().trim().min(1).max(2000);
const Password = z.string().max(1000);

export const ServerInput = z.object({ server: Address.optional(), password: Password.optional() });
export const ConnectInput = z.object({ server: Address, password: Password.optional() });
export const InitInput = z.object({
  server: Address,
  password: Password.optional(),
  k: z.number().int().min(3).max(100).optional(),
});
export const ConsultantInput = z.object({
  server: Address.optional(),
  password: Password.optional(),
  name: z.string().trim().min(1).max(63),
  /** The new consultant's password; made up (and returned once) when not given. */
  consultantPassword: z.string().min(12).max(1000).optional(),
});
