import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { ASSESSMENT_MODES } from '../../shared/assessments/schemas';
import type { CommandKit } from '../cli/commandKit';
import { withProblems } from '../cli/fileProblems';
import { CliFailure, table } from '../cli/io';
import { readFile } from '../cli/options';

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));

/** `sxw assessment …` and `sxw framework …`. */
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
    .description('import survey answers from a Responses CSV (all or nothing)')
    .requiredOption('--assessment <id>', 'assessment id')
    .requiredOption('--file <file>', 'Responses CSV: respondent,role,<question ids…>')
    .option('--replace', 'replace respondents that already exist in the round')
    .option('--json', 'print {added, replaced, answers, notApplicable, skipped}')
    .action((o) => {
      const content = readFile(kit, o.file);
      let report;
      try {
        report = kit.run('assessments.importResponses', {
          assessmentId: o.assessment,
          contentBase64: content.toString('base64'),
          fileName: path.basename(o.file),
          replace: Boolean(o.replace),
        });
      } catch (error) {
        throw withProblems(error);
      }
      kit.print(
        o.json,
        report,
        () =>
          `Imported ${o.file}: ${report.added} respondents added, ${report.replaced} replaced; ${report.answers} scores, ${report.notApplicable} not applicable, ${report.skipped} skipped.`,
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

  assessment
    .command('results')
    .description('results per block, element, question and dimension, with gaps, pyramid and shifts')
    .requiredOption('--assessment <id>', 'assessment id')
    .option('--json', 'print JSON (unrounded numbers)')
    .action((o) => {
      const r = kit.run('assessments.results', { id: o.assessment });
      kit.print(o.json, r, () =>
        [
          `Overall ${fmt(r.overall.score)} (index ${fmt(r.overall.index, 0)}), ${r.overall.blocksScored} blocks scored, ${r.respondents} respondents, ${r.notApplicable} not applicable`,
          `Pyramid level: ${r.pyramid.level ?? 'none reached'}`,
          '',
          table(
            ['BLOCK', 'SCORE', 'INDEX', 'N', 'SD', 'MIN', 'MAX', 'CONSENSUS', 'GAP'],
            r.blocks.map((b) => {
              const gap = r.gaps.find((g) => g.block === b.id);
              return [
                b.id,
                fmt(b.score),
                fmt(b.index, 0),
                String(b.n),
                fmt(b.sd),
                fmt(b.min),
                fmt(b.max),
                b.consensus === null ? '—' : b.consensus ? 'yes' : 'no',
                gap?.suppressed ? 'suppressed' : `${fmt(gap?.gap)}${gap?.flagged ? ' !' : ''}`,
              ];
            }),
          ),
          '',
          `Strengths: ${r.strengths.join(', ') || '—'}   Areas for improvement: ${r.improvements.join(', ') || '—'}`,
        ].join('\n'),
      );
    });

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
