import path from 'node:path';
import type { Command } from 'commander';
import type { CommandKit } from '../cli/commandKit';
import { withProblems } from '../cli/fileProblems';
import { table } from '../cli/io';
import { readFile } from '../cli/options';

/** `sxw framework …`: the default framework and imported ones. */
export function registerFrameworkCommands(program: Command, kit: CommandKit): void {
  const framework = program.command('framework').description('assessment frameworks: the default and imported ones');
  framework
    .command('list')
    .description('list frameworks')
    .option('--json', 'print JSON')
    .action((o) => {
      const rows = kit.run('frameworks.list', {});
      kit.print(o.json, rows, () =>
        table(
          ['ID', 'VERSION', 'NAME', 'BLOCKS', 'QUESTIONS', 'USED BY'],
          rows.map((f) => [f.id, f.version, f.name.en, String(f.blocks), String(f.questions), String(f.assessments)]),
        ),
      );
    });
  framework
    .command('show')
    .description('print a framework file (JSON)')
    .argument('<id>', 'framework id')
    .option('--version <v>', 'version (default: newest)')
    .action((id: string, o) => {
      kit.io.stdout(`${JSON.stringify(kit.run('frameworks.get', { id, version: o.version }), null, 2)}\n`);
    });
  framework
    .command('import')
    .description('import a framework file (JSON); refused with the path of each problem')
    .argument('<file>', 'framework JSON file')
    .option('--json', 'print {id, version, added}')
    .action((file: string, o) => {
      let result;
      try {
        result = kit.run('frameworks.import', {
          content: readFile(kit, file).toString('utf8'),
          fileName: path.basename(file),
        });
      } catch (error) {
        throw withProblems(error);
      }
      kit.print(o.json, result, () =>
        result.added
          ? `Imported framework ${result.id} ${result.version}.`
          : `Framework ${result.id} ${result.version} was already there; nothing changed.`,
      );
    });
}
