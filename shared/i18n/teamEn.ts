/**
 * The team server's English text: the Settings section, the sync's outcome and every way the server can
 * fail. The CLI prints the same sentences (main/team/connection.ts). Every key exists in teamNl.ts.
 */
export const teamEn = {
  title: 'Team server',
  intro:
    "The firm's PostgreSQL server shares the benchmark pool and framework versions between the consultants' laptops. The workbench never waits for it: changes wait here and go at the next sync.",
  server: 'Server address',
  serverHint: 'postgres://name@host:5432/database — without the password',
  password: 'Password',
  passwordHint: "Kept by the operating system's secret store, never in the workbench's database.",
  passwordKept: 'A password is kept for this server.',
  passwordNotKept: 'No password is kept: give it to connect.',
  connect: 'Connect',
  test: 'Test connection',
  syncNow: 'Sync now',
  testOk: 'Reached {{server}} as {{user}} (PostgreSQL {{serverVersion}}, team schema {{schemaVersion}}, k = {{k}}).',
  testNotConsultant: 'Reached the server, but {{user}} is not one of the firm’s consultants.',
  connected: 'Connected to {{server}}.',
  state: 'State',
  states: {
    not_connected: 'No team server set up',
    never_synced: 'Connected, not synced yet',
    ok: 'In sync',
    failed: 'Last sync failed',
  },
  lastSync: 'Last sync',
  never: 'never',
  moved: 'What it moved',
  movedSummary: '{{pushed}} sent, {{pulled}} received, {{withdrawn}} withdrawn, {{conflicts}} conflicts',
  pending: 'Waiting to be sent',
  pendingSummary: '{{records}} contributions, {{withdrawals}} withdrawals, {{versions}} framework versions',
  teamRecords: "Colleagues' records in the pool",
  synced: 'Synced: {{pushed}} sent, {{pulled}} received, {{withdrawn}} withdrawn, {{conflicts}} conflicts.',
  errors: {
    bad_address: 'This is not a server address. Write it as postgres://name@host:5432/database (without the password).',
    unreachable:
      'The team server cannot be reached ({{server}}). Check the address and the network; the workbench carries on and syncs when the server is back.',
    credentials: 'The team server refused the name or password. Check them with your administrator.',
    certificate:
      "The team server's certificate could not be verified, so nothing was sent. Ask your administrator for the firm's certificate (sslrootcert=FILE in the address).",
    no_tls:
      'The team server does not offer an encrypted connection, so nothing was sent. Ask your administrator to turn on TLS.',
    not_initialized: 'The team server is not set up yet. Your administrator runs: sxw team init --server ADDRESS',
    newer_schema:
      'The team server was set up by a newer version of SX Workbench (schema {{serverVersion}}, this app knows {{appVersion}}). Update the app; nothing was changed.',
    older_schema:
      'The team server runs an older schema ({{serverVersion}}; this app needs {{appVersion}}). Your administrator updates it with: sxw team init --server ADDRESS',
    permission:
      'This login is not (or no longer) one of the firm’s consultants on the team server, or lacks the right.',
    connection_lost:
      'The connection to the team server broke off. Nothing was changed here; the next sync completes the work without duplicates.',
    invalid_record:
      'The team server holds a record that does not validate ({{id}}), so nothing was taken in. Tell your administrator.',
    not_connected: 'No team server is set up. Connect one first: sxw team connect --server ADDRESS',
    bad_name: 'A consultant name is lower-case letters, digits, dots, dashes or underscores, starting with a letter.',
    server_error: 'The team server reported a problem: {{cause}}',
  },
};
