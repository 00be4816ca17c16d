import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import type { OperationName, OperationOutput } from '../../shared/api/operations';
import { AppError } from '../../shared/api/result';
import { languageForLocale } from '../../shared/domain/identifiers';
import { escapeControls } from '../../shared/domain/text';
import { resolveDatabasePath } from '../paths';
import type { ServiceContext } from '../api/context';
import { extractDbFlag } from './args';
import type { CommandKit } from './commandKit';
import { FEATURE_COMMANDS } from './commands';
import { CliFailure, type CliIo } from './io';
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
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Cell text from an imported file reaches messages and tables; escape sequences in it must not drive the
  // consultant's terminal (JSON output has no raw control characters to escape).
  const io: CliIo = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(escapeControls(text)),
    stderr: (text) => rawIo.stderr(escapeControls(text)),
  };
  const { db: dbFlag, rest, error } = extractDbFlag(argv);
  if (error) {
    io.stderr(`sxw: ${error}\n`);
    return 2;
  }
  const dbPath = resolveDatabasePath(dbFlag, io.env, process.platform, os.homedir());
  let opened: { ctx: ServiceContext; checkInBackground: boolean } | undefined;
  // Loaded by the preAction hook below, once a command is about to run: help and usage errors stay cheap.
  let services: typeof Services | undefined;
  const loaded = (): typeof Services => {
    if (!services) throw new Error('The services are loaded before a command runs.');
    return services;
  };

  /**
   * Opens the database on first use, so `sxw --help` never creates a file. A command's first write checks
   * the file for damage first (main/db/health.ts); `serve` checks at its start, like the desktop app.
   */
  const open = (mode: 'command' | 'service') => {
    if (!opened) {
      const {
        openWorkbenchDatabase,
        openForService,
        createContext,
        erasureBackups,
        environmentSecrets,
        memorySecrets,
        importBackup,
      } = loaded();
      const version = packageVersion();
      const { db, checkInBackground } =
        mode === 'service'
          ? openForService(dbPath, { appVersion: version })
          : { db: openWorkbenchDatabase(dbPath, { appVersion: version }), checkInBackground: false };
      const ctx = createContext({
        db,
        databasePath: dbPath,
        transport: 'cli',
        version,
        osLanguage: languageForLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG),
        log: (level, message, details) => {
          if (level === 'error') io.stderr(`${message}${details ? `\n${JSON.stringify(details)}` : ''}\n`);
        },
      });
      // Backups are kept beside every database the CLI or `serve` opens: an erasure backs up first, and so
      // does a large import.
      ctx.erasureBackups = erasureBackups(ctx);
      ctx.backupBeforeImport = importBackup(ctx);
      // The team server's password: `serve` keeps what the Settings page is given while it runs; a command
      // reads $SXW_TEAM_PASSWORD and keeps nothing.
      ctx.teamSecrets = mode === 'service' ? memorySecrets(io.env) : environmentSecrets(io.env);
      opened = { ctx, checkInBackground };
    }
    return opened;
  };
  const context = (): ServiceContext => open('command').ctx;

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

  for (const register of FEATURE_COMMANDS) register(program, kit);

  program
    .command('serve')
    .description('serve the workbench UI on 127.0.0.1; the first line printed is the URL with its token')
    .option('--port <number>', 'port (default: a free one)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliFailure(`--port must be 0–65535, not "${v}"`, 2);
      return n;
    })
    .action(async (o) => {
      const { ctx, checkInBackground } = open('service');
      await loaded().serveCommand(ctx, { port: o.port ?? 0, root: PROJECT_ROOT, io, checkInBackground });
    });

  try {
    await program.parseAsync(rest, { from: 'user' });
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  } finally {
    // The context's connection: `backup restore` replaces the one opened above.
    opened?.ctx.db.close();
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
