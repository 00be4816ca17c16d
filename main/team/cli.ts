import type { Command } from 'commander';
import type { CommandKit } from '../cli/commandKit';
import { CliFailure } from '../cli/io';
import { readFile } from '../cli/options';

/**
 * `sxw team …`: the firm's team server. The password is never an argument (it would sit in the shell's
 * history and the process list): `--password-file FILE` (its first line) or `SXW_TEAM_PASSWORD`; nothing
 * keeps it afterwards.
 */
export function registerTeamCommands(program: Command, kit: CommandKit): void {
  const team = program
    .command('team')
    .description("the firm's team server (PostgreSQL): share the benchmark pool and framework versions");

  const passwordOf = (o: { passwordFile?: string }): { password?: string } => {
    if (!o.passwordFile) return {};
    const first = readFile(kit, o.passwordFile).toString('utf8').split(/\r?\n/)[0] ?? '';
    if (!first) throw new CliFailure(`${o.passwordFile} is empty: its first line is the password.`, 2);
    return { password: first };
  };
  const PASSWORD_FILE = ['--password-file <file>', 'the password on its first line (else $SXW_TEAM_PASSWORD)'] as const;

  team
    .command('init')
    .description("administrator: create or migrate the team schema on the server, and set the firm's k")
    .requiredOption('--server <url>', 'postgres://admin@host:5432/database (the administrator’s login)')
    .option('--k <n>', 'the firm’s anonymity threshold for what colleagues receive (at least 3)', (v) => Number(v))
    .option(...PASSWORD_FILE)
    .option('--json', 'print {server, applied, schemaVersion, k}')
    .action(async (o) => {
      const r = await kit.runAsync('team.init', {
        server: o.server,
        ...passwordOf(o),
        ...(o.k !== undefined ? { k: o.k } : {}),
      });
      kit.print(
        o.json,
        r,
        () => `Team schema ${r.schemaVersion} on ${r.server} (${r.applied} migrations applied); k = ${r.k}.`,
      );
    });

  team
    .command('connect')
    .description('check the team server and remember it for `team sync`')
    .requiredOption('--server <url>', 'postgres://name@host:5432/database (no password in it)')
    .option(...PASSWORD_FILE)
    .option('--json', 'print {server, passwordKept}')
    .action(async (o) => {
      const r = await kit.runAsync('team.connect', { server: o.server, ...passwordOf(o) });
      kit.print(o.json, r, () => `Connected to ${r.server}.`);
    });

  team
    .command('sync')
    .description('push this laptop’s contributions and withdrawals, pull colleagues’ records and versions')
    .option('--server <url>', 'another server than the remembered one (then remembered)')
    .option(...PASSWORD_FILE)
    .option('--json', 'print {pushed, pulled, withdrawn, conflicts}')
    .action(async (o) => {
      const r = await kit.runAsync('team.sync', { ...(o.server ? { server: o.server } : {}), ...passwordOf(o) });
      kit.print(
        o.json,
        r,
        () => `Synced: ${r.pushed} pushed, ${r.pulled} pulled, ${r.withdrawn} withdrawn, ${r.conflicts} conflicts.`,
      );
    });

  team
    .command('status')
    .description('the remembered server, the last sync and what waits to be sent (offline)')
    .option('--json', 'print the status as JSON')
    .action((o) => {
      const s = kit.run('team.status', {});
      kit.print(o.json, s, () =>
        [
          `server     ${s.server ?? '—'}`,
          `state      ${s.state}`,
          `last sync  ${s.lastSyncAt ?? 'never'}${
            s.lastReport
              ? ` (${s.lastReport.pushed} pushed, ${s.lastReport.pulled} pulled, ${s.lastReport.withdrawn} withdrawn, ${s.lastReport.conflicts} conflicts)`
              : ''
          }`,
          `pending    ${s.pending.records} records, ${s.pending.withdrawals} withdrawals, ${s.pending.versions} versions`,
          `team pool  ${s.teamRecords} colleagues' records`,
        ].join('\n'),
      );
    });

  team
    .command('test')
    .description('reach the server, log in and check its schema; changes nothing')
    .option('--server <url>', 'another server than the remembered one')
    .option(...PASSWORD_FILE)
    .option('--json', 'print {server, user, schemaVersion, k, consultant, serverVersion}')
    .action(async (o) => {
      const r = await kit.runAsync('team.test', { ...(o.server ? { server: o.server } : {}), ...passwordOf(o) });
      kit.print(
        o.json,
        r,
        () =>
          `Reached ${r.server} as ${r.user}: PostgreSQL ${r.serverVersion}, team schema ${r.schemaVersion}, k = ${r.k}${
            r.consultant ? '' : ' (this login is not a consultant)'
          }.`,
      );
    });

  const consultant = team.command('consultant').description('administrator: add or remove a consultant’s login');
  consultant
    .command('add')
    .description('a login for a consultant; prints its password once (or takes --consultant-password-file)')
    .argument('<name>', 'login name: lower-case letters, digits, . _ -')
    .option('--server <url>', 'the administrator’s address (else the remembered server)')
    .option(...PASSWORD_FILE)
    .option('--consultant-password-file <file>', 'the new consultant’s password on its first line')
    .option('--json', 'print {name, password}')
    .action(async (name: string, o) => {
      const given = o.consultantPasswordFile
        ? passwordOf({ passwordFile: o.consultantPasswordFile }).password
        : undefined;
      const r = await kit.runAsync('team.addConsultant', {
        name,
        ...(o.server ? { server: o.server } : {}),
        ...passwordOf(o),
        ...(given ? { consultantPassword: given } : {}),
      });
      kit.print(o.json, r, () =>
        given ? `Added consultant ${r.name}.` : `Added consultant ${r.name}; password (shown once): ${r.password}`,
      );
    });
  consultant
    .command('remove')
    .description('take a consultant’s login away (their records stay in the firm’s pool)')
    .argument('<name>', 'login name')
    .option('--server <url>', 'the administrator’s address (else the remembered server)')
    .option(...PASSWORD_FILE)
    .option('--json', 'print {name, removed}')
    .action(async (name: string, o) => {
      const r = await kit.runAsync('team.removeConsultant', {
        name,
        ...(o.server ? { server: o.server } : {}),
        ...passwordOf(o),
      });
      kit.print(o.json, r, () => (r.removed ? `Removed consultant ${r.name}.` : `${r.name} was not a consultant.`));
    });
}
