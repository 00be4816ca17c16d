import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/api/result';
import type { BackupInfo } from '../../shared/backup/schemas';
import type { CommandKit } from '../cli/commandKit';
import { CliFailure, table } from '../cli/io';
import { backupsFolder } from './folder';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const countsOf = (b: Pick<BackupInfo, 'counts'>) =>
  b.counts
    ? `${b.counts.clients} clients, ${b.counts.engagements} engagements, ${b.counts.rounds} rounds`
    : 'not counted';

/**
 * A FILE on the command line: a path as typed (from the working directory), or else the name of a backup
 * in the backups folder, as `sxw backup list` prints it.
 */
function fileArgument(kit: CommandKit, file: string): string {
  const typed = path.resolve(kit.io.cwd, file);
  return fs.existsSync(typed) ? typed : file;
}

/** `sxw backup now|list|verify [FILE]|restore FILE`. */
export function registerBackupCommands(program: Command, kit: CommandKit): void {
  const backup = program
    .command('backup')
    .description('back up, list, verify and restore the database (backups/ beside it, kept on a rotation)');

  backup
    .command('now')
    .description('make a verified backup now')
    .option('--json', 'print {"file": …, "name": …, "createdAt": …, "sizeBytes": …, "counts": …}')
    .action(async (o) => {
      const made = await kit.runAsync('backup.now', {});
      kit.print(o.json, made, () => `Backed up to ${made.file} (${megabytes(made.sizeBytes)}; ${countsOf(made)}).`);
    });

  backup
    .command('list')
    .description('list the backups, newest first')
    .option('--json', 'print JSON')
    .action((o) => {
      const { folder, backups } = kit.run('backup.list', {});
      kit.print(o.json, { folder, backups }, () =>
        backups.length === 0
          ? `No backups in ${folder}.`
          : `${folder}\n${table(
              ['NAME', 'MADE (UTC)', 'REASON', 'SIZE', 'CLIENTS', 'ENGAGEMENTS', 'ROUNDS', 'VERIFIED'],
              backups.map((b) => [
                b.name,
                b.createdAt.slice(0, 19).replace('T', ' '),
                b.reason,
                megabytes(b.sizeBytes),
                String(b.counts?.clients ?? '?'),
                String(b.counts?.engagements ?? '?'),
                String(b.counts?.rounds ?? '?'),
                b.verification ? (b.verification.ok ? 'ok' : 'DAMAGED') : 'not yet',
              ]),
            )}`,
      );
    });

  backup
    .command('verify')
    .argument('[file]', 'a backup (name or path); without it, the database in use')
    .description("run SQLite's integrity check on a backup or on the database in use; exit 1 when damaged")
    .option('--json', 'print JSON')
    .action(async (file: string | undefined, o) => {
      const result = await kit.runAsync('backup.verify', file ? { file: fileArgument(kit, file) } : {});
      kit.print(o.json, result, () =>
        result.ok
          ? `${result.file}: ok (${countsOf(result)}).`
          : `${result.file}: DAMAGED\n${result.problems.join('\n')}`,
      );
      if (!result.ok) throw new CliFailure(`${result.file} is damaged.`, 1);
    });

  backup
    .command('restore')
    .argument('<file>', 'a backup (name or path) to restore over the database in use')
    .description('restore a backup, after backing up the database as it is (a damaged one is set aside, never deleted)')
    .option('--json', 'print JSON')
    .action(async (file: string, o) => {
      const source = fileArgument(kit, file);
      let unopenable: AppError | null = null;
      try {
        kit.context();
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'database_corrupt')) throw error;
        unopenable = error;
      }
      if (!unopenable) {
        const restored = await kit.runAsync('backup.restore', { file: source });
        kit.print(o.json, restored, () =>
          [
            `Restored ${restored.restoredFrom} (${countsOf(restored)}).`,
            restored.safetyBackup ? `The database as it was is backed up as ${restored.safetyBackup.file}.` : null,
            restored.setAside ? `The damaged database was kept as ${restored.setAside}.` : null,
          ]
            .filter(Boolean)
            .join('\n'),
        );
        return;
      }
      // The database cannot be opened at all, so there is no operation to run on it: the damaged file is
      // set aside and the backup put in its place directly (as the desktop app does at its start).
      const { restoreOverUnopenable } = await import('./restore');
      const backupFile = path.isAbsolute(source) ? source : path.join(backupsFolder(kit.dbPath), source);
      if (!fs.existsSync(backupFile)) throw new CliFailure(`There is no backup ${file}.`, 2);
      const restored = await restoreOverUnopenable(kit.dbPath, backupFile, {
        now: new Date(),
        appVersion: 'cli',
      });
      const value = {
        restoredFrom: backupFile,
        counts: restored.counts,
        safetyBackup: null,
        setAside: restored.setAside,
      };
      kit.print(o.json, value, () =>
        [
          `Restored ${backupFile} (${countsOf(value)}).`,
          restored.setAside ? `The damaged database was kept as ${restored.setAside}.` : null,
        ]
          .filter(Boolean)
          .join('\n'),
      );
    });
}
