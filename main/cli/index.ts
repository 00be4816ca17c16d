import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { Command, CommanderError, Option } from 'commander';
import type { OperationName, OperationOutput } from '../../shared/api/operations';
import { AppError } from '../../shared/api/result';
import type { ClientRow } from '../../shared/clients/schemas';
import {
  ENGAGEMENT_PURPOSES,
  ENGAGEMENT_STATUSES,
  languageForLocale,
  SECTORS,
  SIZE_BANDS,
} from '../../shared/domain/identifiers';
import { resolveDatabasePath } from '../paths';
import type { ServiceContext } from '../api/context';
import { extractDbFlag } from './args';
import { registerAssessmentCommands } from '../assessments/cli';
import { registerBenchmarkCommands } from '../pool/cli';
import type { CommandKit } from './commandKit';
import { registerReportCommands } from '../reports/cli';
import { CliFailure, type CliIo, table } from './io';
import type * as Services from './services';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function packageVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version as string;
  } catch {
    return '0.0.0';
  }
}

/**
 * `sxw`: the workbench from the command line. Calls the same operations (and validation) as the UI.
 * Exit 0 on success, 2 for invalid input or usage (unknown ids included), 1 for other failures.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const { db: dbFlag, rest, error } = extractDbFlag(argv);
  if (error) {
    io.stderr(`sxw: ${error}\n`);
    return 2;
  }
  const dbPath = resolveDatabasePath(dbFlag, io.env, process.platform, os.homedir());
  let opened: { db: Database; ctx: ServiceContext } | undefined;
  // Loaded by the preAction hook below, once a command is about to run: help and usage errors stay cheap.
  let services: typeof Services | undefined;
  const loaded = (): typeof Services => {
    if (!services) throw new Error('The services are loaded before a command runs.');
    return services;
  };

  /** Opens the database on first use, so `sxw --help` never creates a file. */
  const context = (): ServiceContext => {
    if (!opened) {
      const { openWorkbenchDatabase, createContext } = loaded();
      const db = openWorkbenchDatabase(dbPath);
      const ctx = createContext({
        db,
        databasePath: dbPath,
        transport: 'cli',
        version: packageVersion(),
        osLanguage: languageForLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG),
        log: (level, message, details) => {
          if (level === 'error') io.stderr(`${message}${details ? `\n${JSON.stringify(details)}` : ''}\n`);
        },
      });
      opened = { db, ctx };
    }
    return opened.ctx;
  };

  const run = <K extends OperationName>(op: K, input: unknown): OperationOutput<K> => {
    const result = loaded().call(context(), op, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
    return result.value;
  };
  const runAsync = async <K extends OperationName>(op: K, input: unknown): Promise<OperationOutput<K>> => {
    const result = await loaded().callAsync(context(), op, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
    return result.value;
  };
  const print = (json: boolean, value: unknown, human: () => string) => {
    io.stdout(`${json ? JSON.stringify(value, null, 2) : human()}\n`);
  };

  const kit: CommandKit = { run, runAsync, print, context, io, dbPath };
  const program = new Command('sxw')
    .description('SX Workbench: Service Excellence engagements, assessments, benchmarks and reports.')
    .version(packageVersion())
    .addHelpText(
      'after',
      `
Global option (anywhere on the line):
  --db FILE   the database to use; else $SXW_DB; else the desktop app's database
              (${dbPath})

Exit codes: 0 success, 2 invalid input or usage (including an unknown id), 1 other failures.`,
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showSuggestionAfterError(true)
    .hook('preAction', async () => {
      services ??= await import('./services');
    });

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
        const page = run('clients.list', {
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
      print(o.json, rows, () =>
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
      const { id } = run('clients.create', {
        name: o.name,
        sector: String(o.sector).toUpperCase(),
        sizeBand: o.size,
        country: String(o.country).toUpperCase(),
        notes: o.notes,
      });
      print(o.json, { id }, () => id);
    });
  clients
    .command('show')
    .description('show a client with its contacts and engagements')
    .argument('<id>', 'client id')
    .option('--json', 'print JSON')
    .action((id: string, o) => {
      const d = run('clients.get', { id });
      print(o.json, d, () =>
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

  const engagements = program.command('engagements').description('list and add engagements');
  engagements
    .command('list')
    .description('list engagements')
    .option('--client <id>', 'only this client')
    .addOption(new Option('--status <status...>', 'only these statuses').choices(ENGAGEMENT_STATUSES))
    .option('--json', 'print JSON')
    .action((o) => {
      if (o.client) run('clients.get', { id: o.client }); // an unknown client is an error, not an empty list
      const rows = run('engagements.list', { clientId: o.client, statuses: o.status });
      print(o.json, rows, () =>
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
      const { id } = run('engagements.create', {
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
      print(o.json, { id }, () => id);
    });

  registerAssessmentCommands(program, kit);
  registerBenchmarkCommands(program, kit);
  registerReportCommands(program, kit);

  program
    .command('demo')
    .description('fill a new database with clearly labelled demo clients, engagements and a synthetic benchmark pool')
    .option('--json', 'print what was added')
    .action((o) => {
      const added = run('demo.seed', {});
      print(
        o.json,
        added,
        () =>
          `Added ${added.clients} demo clients and ${added.engagements} engagements to ${dbPath}, and ${added.poolRecords} synthetic benchmark records.`,
      );
    });

  program
    .command('serve')
    .description('serve the workbench UI on 127.0.0.1; the first line printed is the URL with its token')
    .option('--port <number>', 'port (default: a free one)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliFailure(`--port must be 0–65535, not "${v}"`, 2);
      return n;
    })
    .action(async (o) => {
      await loaded().serveCommand(context(), { port: o.port ?? 0, root: PROJECT_ROOT, io });
    });

  try {
    await program.parseAsync(rest, { from: 'user' });
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  } finally {
    opened?.db.close();
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    ) {
      return 0;
    }
    io.stderr(`sxw: ${error.message.replace(/^error: /, '')}\n`);
    return 2;
  }
  if (error instanceof CliFailure) {
    io.stderr(`sxw: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join('')}`);
    return error.exitCode;
  }
  if (error instanceof AppError) {
    const fields = error.details?.fields ?? [];
    io.stderr(`sxw: ${error.message}\n${fields.map((f) => `  ${f.path}: ${f.message}\n`).join('')}`);
    return error.code === 'invalid_input' || error.code === 'not_found' ? 2 : 1;
  }
  io.stderr(`sxw: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
