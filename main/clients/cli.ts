import { type Command, Option } from 'commander';
import type { ClientRow } from '../../shared/clients/schemas';
import { ENGAGEMENT_PURPOSES, ENGAGEMENT_STATUSES, SECTORS, SIZE_BANDS } from '../../shared/domain/identifiers';
import type { CommandKit } from '../cli/commandKit';
import { table } from '../cli/io';

/** `sxw clients …` and `sxw engagements …`. */
export function registerClientCommands(program: Command, kit: CommandKit): void {
  const clients = program.command('clients').description('list, add and show clients');
  clients
    .command('list')
    .description('list clients (active ones unless --archived or --all)')
    .option('--search <text>', 'full-text search in names, notes, contacts and engagement titles')
    .addOption(new Option('--sector <section...>', 'NACE Rev.2 section(s)').choices(SECTORS))
    .addOption(new Option('--size <band...>', 'size band(s)').choices(SIZE_BANDS))
    .option('--archived', 'only archived clients')
    .option('--all', 'active and archived clients')
    .option('--json', 'print JSON')
    .action((o) => {
      const rows: ClientRow[] = [];
      // Page through so `list` prints every client, not only the first page the UI asks for.
      for (let offset = 0; ;) {
        const page = kit.run('clients.list', {
          search: o.search,
          sectors: o.sector,
          sizeBands: o.size,
          archived: o.all ? 'all' : o.archived ? 'archived' : 'active',
          offset,
          limit: 500,
        });
        rows.push(...page.rows);
        offset += page.rows.length;
        if (page.rows.length === 0 || offset >= page.total) break;
      }
      kit.print(o.json, rows, () =>
        rows.length === 0
          ? 'No clients.'
          : table(
              ['ID', 'NAME', 'SECTOR', 'SIZE', 'COUNTRY', 'ENGAGEMENTS'],
              rows.map((c) => [
                c.id,
                c.name + (c.archivedAt ? ' [archived]' : ''),
                c.sector,
                c.sizeBand,
                c.country,
                String(c.engagementCount),
              ]),
            ),
      );
    });
  clients
    .command('add')
    .description('add a client; prints its id')
    .requiredOption('--name <name>', 'client name')
    .requiredOption('--sector <section>', `NACE Rev.2 section (${SECTORS[0]}–${SECTORS.at(-1)})`)
    .requiredOption('--size <band>', `size band (${SIZE_BANDS.join(', ')})`)
    .requiredOption('--country <code>', 'ISO 3166-1 alpha-2 country code, e.g. NL')
    .option('--notes <text>', 'notes')
    .option('--json', 'print {"id": …}')
    .action((o) => {
      const { id } = kit.run('clients.create', {
        name: o.name,
        sector: String(o.sector).toUpperCase(),
        sizeBand: o.size,
        country: String(o.country).toUpperCase(),
        notes: o.notes,
      });
      kit.print(o.json, { id }, () => id);
    });
  clients
    .command('show')
    .description('show a client with its contacts and engagements')
    .argument('<id>', 'client id')
    .option('--json', 'print JSON')
    .action((id: string, o) => {
      const d = kit.run('clients.get', { id });
      kit.print(o.json, d, () =>
        [
          `${d.client.name}${d.client.archivedAt ? ' [archived]' : ''}`,
          `  id       ${d.client.id}`,
          `  sector   ${d.client.sector}   size ${d.client.sizeBand}   country ${d.client.country}`,
          ...(d.client.notes ? [`  notes    ${d.client.notes}`] : []),
          '',
          `Contacts (${d.contacts.length})`,
          ...d.contacts.map((c) => `  ${c.name}${c.role ? `, ${c.role}` : ''}${c.email ? ` <${c.email}>` : ''}`),
          '',
          `Engagements (${d.engagements.length})`,
          ...d.engagements.map((e) => `  ${e.id}  ${e.title}  [${e.purpose}, ${e.status}]`),
        ].join('\n'),
      );
    });
  clients
    .command('erase')
    .description(
      'erase a client with everything below it: rows, search index, audit details, and the texts in the file itself',
    )
    .argument('<id>', 'client id')
    .requiredOption('--confirm <name>', "the client's exact name")
    .option('--delete-backups', 'also delete the backups that still hold the client (the one made now included)')
    .option('--json', 'print what was erased as JSON')
    .action(async (id: string, o) => {
      const report = await kit.runAsync('clients.erase', {
        id,
        confirm: o.confirm,
        deleteBackups: Boolean(o.deleteBackups),
      });
      kit.print(o.json, report, () => {
        const c = report.counts;
        const n = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
        const parts = [
          n(c.contacts, 'contact'),
          n(c.engagements, 'engagement'),
          n(c.rounds, 'round'),
          n(c.respondents, 'respondent'),
          n(c.answers, 'answer'),
          ...(c.contributions ? [`${n(c.contributions, 'round')} in the benchmark pool`] : []),
        ];
        return [
          `Erased the client with ${parts.join(', ')}.`,
          ...(report.backup ? [`Backup made before erasing: ${report.backup.file}`] : []),
          ...report.backupsDeleted.map((b) => `Deleted backup: ${b.file}`),
          ...report.backupsHolding.map((b) => `Still holds the client: ${b.file}`),
          ...(report.compacted
            ? []
            : ['The file could not be compacted (another program has it open); it is compacted at the next erasure.']),
        ].join('\n');
      });
    });

  const engagements = program.command('engagements').description('list and add engagements');
  engagements
    .command('list')
    .description('list engagements')
    .option('--client <id>', 'only this client')
    .addOption(new Option('--status <status...>', 'only these statuses').choices(ENGAGEMENT_STATUSES))
    .option('--json', 'print JSON')
    .action((o) => {
      if (o.client) kit.run('clients.get', { id: o.client }); // an unknown client is an error, not an empty list
      const rows = kit.run('engagements.list', { clientId: o.client, statuses: o.status });
      kit.print(o.json, rows, () =>
        rows.length === 0
          ? 'No engagements.'
          : table(
              ['ID', 'CLIENT', 'TITLE', 'PURPOSE', 'STATUS', 'START'],
              rows.map((e) => [e.id, e.clientName, e.title, e.purpose, e.status, e.startsOn ?? '']),
            ),
      );
    });
  engagements
    .command('add')
    .description('add an engagement to a client; prints its id')
    .requiredOption('--client <id>', 'client id')
    .requiredOption('--title <title>', 'title')
    .addOption(new Option('--purpose <purpose>', 'purpose').choices(ENGAGEMENT_PURPOSES).makeOptionMandatory())
    .addOption(new Option('--status <status>', 'status').choices(ENGAGEMENT_STATUSES).default('planned'))
    .option('--starts <date>', 'start date, YYYY-MM-DD')
    .option('--ends <date>', 'end date, YYYY-MM-DD')
    .option('--lead <name>', 'lead consultant')
    .option('--notes <text>', 'notes')
    .option('--consent', 'the client consents to its anonymized results joining the benchmark pool')
    .option('--json', 'print {"id": …}')
    .action((o) => {
      const { id } = kit.run('engagements.create', {
        clientId: o.client,
        title: o.title,
        purpose: o.purpose,
        status: o.status,
        startsOn: o.starts,
        endsOn: o.ends,
        lead: o.lead,
        notes: o.notes,
        benchmarkConsent: Boolean(o.consent),
      });
      kit.print(o.json, { id }, () => id);
    });
}
