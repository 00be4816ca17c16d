import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { LANGUAGES } from '../../shared/domain/identifiers';
import type { CommandKit } from '../cli/commandKit';
import { CliFailure, table } from '../cli/io';

function write(kit: CommandKit, out: string, contentBase64: string): void {
  const target = path.resolve(kit.io.cwd, out);
  try {
    fs.writeFileSync(target, Buffer.from(contentBase64, 'base64'));
  } catch (error) {
    throw new CliFailure(`Could not write ${out}: ${(error as Error).message}`, 1);
  }
}

/** `sxw survey kit` and `sxw assessment export` (joins the `assessment` command of the assessments feature). */
export function registerSurveyCommands(program: Command, kit: CommandKit): void {
  const survey = program.command('survey').description('survey kits to build a form in the client’s survey tool');
  survey
    .command('kit')
    .description('write the questionnaire of a round to build a form from: Word, Excel or JSON (by --out’s extension)')
    .requiredOption('--assessment <id>', 'assessment id')
    .addOption(new Option('--lang <language>', 'language of the texts').choices(LANGUAGES).makeOptionMandatory())
    .requiredOption('--out <file>', 'FILE.docx, FILE.xlsx or FILE.json')
    .action(async (o) => {
      const format = path.extname(o.out).slice(1).toLowerCase();
      if (format !== 'docx' && format !== 'xlsx' && format !== 'json') {
        throw new CliFailure(`--out must end in .docx, .xlsx or .json; got ${o.out}.`, 2);
      }
      const file = await kit.runAsync('surveys.kit', { assessmentId: o.assessment, language: o.lang, format });
      write(kit, o.out, file.contentBase64);
      kit.io.stdout(`Wrote ${o.out}\n`);
    });

  survey
    .command('mapping')
    .description('survey mappings saved on the mapping screen, per framework version')
    .command('list')
    .description('the saved mappings offered for a round’s import (its framework version), newest first')
    .requiredOption('--assessment <id>', 'assessment id')
    .option('--json', 'print [{id, name, frameworkId, frameworkVersion, mapping, createdAt, updatedAt}]')
    .action((o) => {
      const saved = kit.run('surveys.mappings', { assessmentId: o.assessment });
      kit.print(o.json, saved, () =>
        saved.length === 0
          ? 'No saved mappings for this round’s framework version.'
          : table(
              ['ID', 'NAME', 'COLUMNS', 'ANSWERS', 'ROLES', 'SAVED'],
              saved.map((m) => [
                m.id,
                m.name,
                String(Object.keys(m.mapping.columns).length),
                String(Object.keys(m.mapping.values).length),
                String(Object.keys(m.mapping.roles).length),
                m.updatedAt.slice(0, 16).replace('T', ' '),
              ]),
            ),
      );
    });

  const assessment =
    program.commands.find((c) => c.name() === 'assessment') ??
    program.command('assessment').description('assessment rounds');
  assessment
    .command('export')
    .description('write a round’s results as an Excel workbook: blocks, elements, questions, role groups, shifts')
    .requiredOption('--assessment <id>', 'assessment id')
    .requiredOption('--out <file>', 'FILE.xlsx')
    .addOption(new Option('--lang <language>', 'language of the headers and names').choices(LANGUAGES))
    .action(async (o) => {
      if (path.extname(o.out).toLowerCase() !== '.xlsx') {
        throw new CliFailure(`--out must end in .xlsx; got ${o.out}.`, 2);
      }
      const file = await kit.runAsync('surveys.exportResults', { assessmentId: o.assessment, language: o.lang });
      write(kit, o.out, file.contentBase64);
      kit.io.stdout(`Wrote ${o.out}\n`);
    });
}
