/**
 * What each way of failing to reach the team server is called (docs/team-server.md), apart from the zod
 * schemas: the renderer's error wording needs the names at start, not the schemas (zod stays out of the
 * first script).
 */
export const TEAM_PROBLEMS = [
  /** The address is not a postgres://user@host/database URL. */
  'bad_address',
  /** Nothing answered at the address (wrong host or port, no network, server down). */
  'unreachable',
  /** The user name or password was refused. */
  'credentials',
  /** TLS was asked for and the server's certificate does not verify. */
  'certificate',
  /** The server does not speak TLS although this address needs it. */
  'no_tls',
  /** The database, or its team schema, does not exist yet: run `sxw team init`. */
  'not_initialized',
  /** A newer workbench set the server up: update this one. */
  'newer_schema',
  /** The server's schema is older than this workbench: the administrator runs `sxw team init`. */
  'older_schema',
  /** The login is not (or no longer) one of the firm's consultants, or lacks the right for this. */
  'permission',
  /** The connection broke off in the middle; nothing was applied locally, the next sync completes it. */
  'connection_lost',
  /** A record or version on the server does not validate; nothing was applied locally. */
  'invalid_record',
  /** No team server is set up on this laptop yet. */
  'not_connected',
  /** A consultant name that PostgreSQL cannot take as a role name. */
  'bad_name',
  /** Anything else the server said. */
  'server_error',
] as const;
