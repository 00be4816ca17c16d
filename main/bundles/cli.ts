import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/api/result';
import type { BundleClash, BundleDifference, BundleTableCount } from '../../shared/bundles/schemas';
import type { CommandKit } from '../cli/commandKit';
import { CliFailure, table } from '../cli/io';
import { readFile } from '../cli/options';
import { writeFileAtomically } from '../files/writeFileAtomically';

/** `sxw bundle export|import`: one client between laptops as a `.sxwb` file. */
export function registerBundleCommands(program: Command, kit: CommandKit): void {
  const bundle = program.command('bundle').description('move a client between laptops as one .sxwb file');
  bundle
    .command('export')
    .description('write one client, with all or the chosen engagements, to a .sxwb bundle')
    .requiredOption('--client <id>', 'client id')
    .option('--engagement <ids>', 'only these engagements (comma-separated ids)')
    .requiredOption('--out <file>', 'the bundle to write, e.g. acme.sxwb')
    .option('--passphrase-file <file>', 'encrypt with the passphrase in this file (its first line)')
    .option('--json', 'print {"file": …, "bytes": …, "encrypted": …, "rows": {…}}')
    .action(async (o) => {
      const engagementIds = o.engagement
        ? String(o.engagement)
            .split(',')
            .map((id: string) => id.trim())
            .filter(Boolean)
        : undefined;
      const result = await kit.runAsync('bundles.export', {
        clientId: o.client,
        engagementIds,
        passphrase: o.passphraseFile ? passphrase(kit, o.passphraseFile) : undefined,
      });
      const file = path.resolve(kit.io.cwd, o.out);
      await writeFileAtomically(file, Buffer.from(result.contentBase64, 'base64'));
      const summary = { file, bytes: result.bytes, encrypted: result.encrypted, rows: result.rows };
      kit.print(o.json, summary, () =>
        [
          `Wrote ${file} (${result.bytes} bytes${result.encrypted ? ', encrypted' : ''}).`,
          table(
            ['TABLE', 'ROWS'],
            Object.entries(result.rows).map(([t, n]) => [t, String(n)]),
          ),
        ].join('\n'),
      );
    });
  bundle
    .command('import')
    .description('import a .sxwb bundle: a new client, or into the same client when it is here (nothing overwritten)')
    .argument('<file>', 'the bundle')
    .option('--passphrase-file <file>', 'the passphrase of an encrypted bundle (its first line)')
    .option('--as-new', 'give the client and everything in it new ids (a copy beside the original)')
    .option('--dry-run', 'only show what the import would add, keep and refuse')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, o) => {
      const input = {
        contentBase64: readFile(kit, file).toString('base64'),
        passphrase: o.passphraseFile ? passphrase(kit, o.passphraseFile) : undefined,
        asNew: Boolean(o.asNew),
      };
      if (o.dryRun) {
        const preview = await kit.runAsync('bundles.preview', input);
        kit.print(o.json, preview, () =>
          [
            `${preview.client.name}: ${preview.client.exists ? `into the client here (${preview.client.id})` : 'a new client'}`,
            counts(preview.tables),
            ...differences(preview.differences, preview.differenceCount),
            ...clashes(preview.clashes),
          ].join('\n'),
        );
        return;
      }
      let report;
      try {
        report = await kit.runAsync('bundles.import', input);
      } catch (error) {
        if (error instanceof AppError && Array.isArray(error.details?.clashes)) {
          throw new CliFailure(error.message, 1, clashes(error.details.clashes as BundleClash[]).slice(1));
        }
        throw error;
      }
      kit.print(o.json, report, () =>
        [
          report.created ? `Imported a new client ${report.clientId}.` : `Imported into the client ${report.clientId}.`,
          counts(report.tables),
          ...differences(report.differences, report.differenceCount),
        ].join('\n'),
      );
    });
}

/** The first line of the file: a passphrase file made with `echo` ends in a line break that is not part of it. */
function passphrase(kit: CommandKit, file: string): string {
  const text = readFile(kit, file).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (text === '') throw new CliFailure(`${file} holds no passphrase on its first line.`, 2);
  return text;
}

function counts(tables: BundleTableCount[]): string {
  return table(
    ['TABLE', 'ADDED', 'UNCHANGED', 'DIFFERING'],
    tables.map((t) => [t.table, String(t.added), String(t.unchanged), String(t.differing)]),
  );
}

const keyText = (d: BundleDifference) =>
  `${d.table} ${Object.entries(d.key)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`;

function differences(list: BundleDifference[], total: number): string[] {
  if (total === 0) return [];
  return [
    `Kept as they are here, differing from the bundle (${total}):`,
    ...list.map((d) => `  ${keyText(d)}: ${d.columns.join(', ')}`),
    ...(total > list.length ? [`  … and ${total - list.length} more`] : []),
  ];
}

function clashes(list: BundleClash[]): string[] {
  if (list.length === 0) return [];
  const why = {
    unique: 'already used here',
    owner: 'belongs to another row here',
    shared: 'differs from this laptop’s',
  };
  return [
    `Clashes, which refuse the import (${list.length}):`,
    ...list.map((c) => `  ${keyText(c)}: ${c.columns.join(', ')} ${why[c.reason]}`),
  ];
}
