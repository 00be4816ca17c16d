import type { Command } from 'commander';
import type { CommandKit } from '../cli/commandKit';

/** `sxw demo`: clearly labelled demo data in a new database. */
export function registerDemoCommands(program: Command, kit: CommandKit): void {
  program
    .command('demo')
    .description(
      'fill a new database with clearly labelled demo clients, engagements, two finalized rounds and a synthetic benchmark pool',
    )
    .option('--json', 'print what was added')
    .action((o) => {
      const added = kit.run('demo.seed', {});
      kit.print(
        o.json,
        added,
        () =>
          `Added ${added.clients} demo clients and ${added.engagements} engagements (${added.rounds} finalized rounds with answers) to ${kit.dbPath}, and ${added.poolRecords} synthetic benchmark records.`,
      );
    });
}
