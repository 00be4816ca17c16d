import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { ASSESSMENT_MODES } from '../../shared/assessments/schemas';
import type { CommandKit } from '../cli/commandKit';
import { withProblems } from '../cli/fileProblems';
import { CliFailure, table } from '../cli/io';
import { readFile } from '../cli/options';
import { IMPORT_LIMITS } from '../../shared/api/limits';

/** `sxw assessment …`: rounds, survey answers, shifts, finalize and reopen. */
export function registerAssessmentCommands(program: Command, kit: CommandKit): void {
  const assessment = program
    .command('assessment')
    .description('assessment rounds: create, import survey answers, results');

  assessment
    .command('create')
    .description('create an assessment round for an engagement; prints its id')
    .requiredOption('--engagement <id>', 'engagement id')
    .addOption(
      new Option('--mode <mode>', 'workshop (scored live) or survey (imported)')
        .choices(ASSESSMENT_MODES)
        .makeOptionMandatory(),
    )
    .option('--round <label>', 'round label, e.g. "Baseline" (default: Baseline, then Follow-up N)')
    .option('--held-on <date>', 'date, YYYY-MM-DD')
    .option('--framework <id>', 'framework id', 'sx-default')
    .option('--json', 'print {"id": …}')
    .action((o) => {
      const { id } = kit.run('assessments.create', {
        engagementId: o.engagement,
        mode: o.mode,
        round: o.round,
        heldOn: o.heldOn,
        frameworkId: o.framework,
      });
      kit.print(o.json, { id }, () => id);
    });

  assessment
    .command('list')
    .description('list the rounds of an engagement')
    .requiredOption('--engagement <id>', 'engagement id')
    .option('--json', 'print JSON')
    .action((o) => {
      const rows = kit.run('assessments.list', { engagementId: o.engagement });
      kit.print(o.json, rows, () =>
        rows.length === 0
          ? 'No assessment rounds.'
          : table(
              ['ID', 'ROUND', 'MODE', 'STATUS', 'DATE', 'RESPONDENTS', 'FRAMEWORK'],
              rows.map((a) => [
                a.id,
                a.round,
                a.mode,
                a.status,
                a.heldOn ?? '',
                String(a.respondentCount),
                `${a.frameworkId} ${a.frameworkVersion}`,
              ]),
            ),
      );
    });

  assessment
    .command('import')
    .description(
      'import survey answers (all or nothing): a Responses CSV or the export of Microsoft Forms, Google Forms, SurveyMonkey, Qualtrics or LimeSurvey (.xlsx, .csv, .tsv)',
    )
    .requiredOption('--assessment <id>', 'assessment id')
    .requiredOption('--file <file>', '.xlsx, or CSV/TSV in UTF-8 or UTF-16 separated by , ; or tab')
    .option(
      '--mapping <file>',
      'JSON: {"columns": {"<header>": "<question id>"|"role"|"respondent"|"ignore"}, "values": {"<answer>": 1-5|"n/a"}, "roles": {"<label>": "<role id>"}}',
    )
    .option('--replace', 'replace respondents that already exist in the round')
    .option('--json', 'print {added, replaced, answers, notApplicable, skipped, tool, headerRows, skippedRows}')
    .action(async (o) => {
      const content = readFile(kit, o.file, IMPORT_LIMITS.surveyFileBytes);
      let mapping: unknown;
      if (o.mapping) {
        try {
          mapping = JSON.parse(readFile(kit, o.mapping).toString('utf8'));
        } catch (error) {
          if (error instanceof CliFailure) throw error;
          throw new CliFailure(`${o.mapping} is not valid JSON: ${(error as Error).message}`, 2);
        }
      }
      let report;
      try {
        report = await kit.runAsync('surveys.import', {
          assessmentId: o.assessment,
          content,
          fileName: path.basename(o.file),
          replace: Boolean(o.replace),
          ...(mapping === undefined ? {} : { mapping }),
        });
      } catch (error) {
        throw withProblems(error);
      }
      kit.print(
        o.json,
        report,
        () =>
          `Imported ${o.file} (${report.tool}, ${report.headerRows} header row${report.headerRows === 1 ? '' : 's'}): ${report.added} respondents added, ${report.replaced} replaced; ${report.answers} scores, ${report.notApplicable} not applicable, ${report.skipped} skipped${report.skippedRows > 0 ? `; ${report.skippedRows} preview or unfinished rows left out` : ''}.`,
      );
    });

  assessment
    .command('template')
    .description('write an empty Responses CSV with the exact header for a survey tool')
    .requiredOption('--assessment <id>', 'assessment id')
    .requiredOption('--out <file>', 'file to write')
    .addOption(new Option('--delimiter <d>', 'comma or semicolon (Dutch Excel)').choices([',', ';']).default(','))
    .action((o) => {
      const { csv } = kit.run('assessments.template', { assessmentId: o.assessment, delimiter: o.delimiter });
      fs.writeFileSync(path.resolve(kit.io.cwd, o.out), csv);
      kit.io.stdout(`Wrote ${o.out}\n`);
    });

  assessment
    .command('shifts')
    .description('record the paradigm-shift positions (now and desired, 0–10) from a JSON file')
    .requiredOption('--assessment <id>', 'assessment id')
    .requiredOption('--file <file>', 'JSON: {"S1": {"now": 3, "desired": 8}, …}')
    .action((o) => {
      let positions: unknown;
      try {
        positions = JSON.parse(readFile(kit, o.file).toString('utf8'));
      } catch (error) {
        if (error instanceof CliFailure) throw error;
        throw new CliFailure(`${o.file} is not valid JSON: ${(error as Error).message}`, 2);
      }
      kit.run('assessments.setShifts', { assessmentId: o.assessment, positions });
      kit.io.stdout(`Recorded ${Object.keys(positions as object).length} shift positions.\n`);
    });

  assessment
    .command('finalize')
    .description('finalize a round: its answers become read-only')
    .requiredOption('--assessment <id>', 'assessment id')
    .action((o) => {
      kit.run('assessments.finalize', { id: o.assessment });
      kit.io.stdout(`Finalized ${o.assessment}.\n`);
    });

  assessment
    .command('reopen')
    .description('reopen a finalized round; the reason is kept in the audit log')
    .requiredOption('--assessment <id>', 'assessment id')
    .requiredOption('--reason <text>', 'why the round is reopened')
    .action((o) => {
      kit.run('assessments.reopen', { id: o.assessment, reason: o.reason });
      kit.io.stdout(`Reopened ${o.assessment}.\n`);
    });
}
