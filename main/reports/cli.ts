import path from 'node:path';
import { type Command, Option } from 'commander';
import { LANGUAGES } from '../../shared/domain/identifiers';
import { REPORT_KINDS } from '../../shared/reports/schemas';
import { writeFileAtomically } from '../files/writeFileAtomically';
import type { CommandKit } from '../cli/commandKit';
import { filtersOf, withFilters } from '../cli/options';

/** `sxw report`: a Word report of a round, written through a temporary file so a failure leaves nothing half. */
export function registerReportCommands(program: Command, kit: CommandKit): void {
  withFilters(
    program
      .command('report')
      .description('write a Word (.docx) report of an assessment round, with charts, in Dutch or English')
      .requiredOption('--assessment <id>', 'assessment id')
      .addOption(new Option('--kind <kind>', 'report kind').choices(REPORT_KINDS).default('management'))
      .addOption(new Option('--lang <language>', 'language of the report').choices(LANGUAGES).makeOptionMandatory())
      .requiredOption('--out <file>', 'the .docx file to write (replaced if it exists)')
      .option('--no-benchmark', 'leave out the benchmark comparison')
      .option('--json', 'print {"file", "size", "warnings"}'),
    { framework: false },
  ).action(async (o) => {
    const built = await kit.runAsync('reports.build', {
      assessmentId: o.assessment,
      kind: o.kind,
      language: o.lang,
      benchmark: o.benchmark ? { filters: filtersOf(o), ...(o.k !== undefined ? { k: o.k } : {}) } : null,
    });
    const file = path.resolve(kit.io.cwd, o.out);
    await writeFileAtomically(file, Buffer.from(built.contentBase64, 'base64'));
    kit.run('reports.recordExport', { assessmentId: o.assessment, kind: o.kind, language: o.lang });
    kit.print(o.json, { file, size: built.size, warnings: built.warnings }, () =>
      [
        `Wrote ${o.out} (${Math.max(1, Math.round(built.size / 1024))} kB, ${o.lang === 'nl' ? 'Dutch' : 'English'}).`,
        ...built.warnings.map((w) => `Note: ${w}`),
      ].join('\n'),
    );
  });
}
