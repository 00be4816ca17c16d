import { command, query } from '../api/operation';
import { Nothing } from '../domain/primitives';
import {
  ConnectInput,
  type ConnectionCheck,
  ConsultantInput,
  InitInput,
  ServerInput,
  type SyncReport,
  type TeamStatus,
} from './schemas';

/**
 * The firm's team server (docs/team-server.md). Every operation that talks to the server is `async`: it
 * works outside any local transaction and never holds the workbench up; what a sync brings is applied in
 * the operation's one transaction, or not at all.
 */
export const teamOperations = {
  /** The remembered server, the last sync and what waits to be sent; never contacts the server. */
  'team.status': query<TeamStatus>()({ input: Nothing, reads: ['team', 'pool', 'frameworks'] }),
  /** Reaches the server, logs in and checks its schema; changes nothing. */
  'team.test': query<ConnectionCheck>()({ input: ServerInput, reads: ['team'], errors: ['team_server'], async: true }),
  /** Checks the server and remembers it (and keeps the password where the installation can). */
  'team.connect': command<{ server: string; passwordKept: boolean }>()({
    input: ConnectInput,
    writes: ['team', 'pool'],
    audit: 'team',
    errors: ['team_server'],
    async: true,
  }),
  /** Pushes this laptop's contributions, withdrawals and versions; pulls colleagues'. */
  'team.sync': command<SyncReport>()({
    input: ServerInput,
    writes: ['team', 'pool', 'frameworks', 'schemes'],
    audit: 'team',
    errors: ['team_server'],
    async: true,
  }),
  /** The administrator: creates or migrates the server's schema and sets the firm's k. */
  'team.init': command<{ server: string; applied: number; schemaVersion: number; k: number }>()({
    input: InitInput,
    writes: [],
    audit: false,
    errors: ['team_server'],
    async: true,
  }),
  /** The administrator: a consultant's login (its password is answered once, never kept here). */
  'team.addConsultant': command<{ name: string; password: string }>()({
    input: ConsultantInput,
    writes: [],
    audit: false,
    errors: ['team_server'],
    async: true,
  }),
  'team.removeConsultant': command<{ name: string; removed: boolean }>()({
    input: ConsultantInput.omit({ consultantPassword: true }),
    writes: [],
    audit: false,
    errors: ['team_server'],
    async: true,
  }),
};
