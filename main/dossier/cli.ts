import path from 'node:path';
import { type Command, Option } from 'commander';
import { LANGUAGES } from '../../shared/domain/identifiers';
import { readinessMessage, warningMessage } from '../../shared/dossier/messages';
import type { CommandKit } from '../cli/commandKit';
import { CliFailure, table } from '../cli/io';
import { readFile } from '../cli/options';
import { writeFileAtomically } from '../files/writeFileAtomically';

/**
 * `sxw dossier …`, `sxw evidence …` and `sxw scheme …`: a recognition dossier written, checked, exported
 * and packaged from the command line. Values go to the operations unchanged in meaning — a score that is
 * not a number is passed on as text — so the operation's validation names the field (exit 2) and nothing
 * is written.
 */

const idList = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const figure = (value: string): number | string => (/^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value);

/** `2023=7.1,2024=7.4` → points; a pair that does not read as one is refused here (exit 2). */
function points(value: string): { period: string; value: number | string }[] {
  return idList(value).map((pair) => {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new CliFailure(`--points takes period=value pairs, e.g. 2024=7.4; got ${pair}.`, 2);
    return { period: pair.slice(0, at).trim(), value: figure(pair.slice(at + 1)) };
  });
}

const languageOption = (description: string) => new Option('--lang <language>', description).choices(LANGUAGES);

export function registerDossierCommands(program: Command, kit: CommandKit): void {
  const language = (o: { lang?: 'nl' | 'en' }) => o.lang ?? kit.run('settings.get', {}).effectiveLanguage;

  const dossier = program
    .command('dossier')
    .description('recognition dossiers: parts, self-ratings, key results, the readiness check, Word and the package');

  dossier
    .command('show')
    .description('the dossier: scheme, parts with their text, limits and status, ratings, evidence and readiness')
    .requiredOption('--engagement <id>', 'engagement id')
    .addOption(languageOption('language of titles (default: the app language)'))
    .option('--json', 'print the dossier as the API gives it')
    .action((o) => {
      const d = kit.run('dossier.get', { engagementId: o.engagement });
      const lang = language(o);
      kit.print(o.json, d, () =>
        [
          `${d.scheme.name[lang]} (${d.scheme.id} ${d.scheme.version}) · readiness ${d.readiness.readiness}%`,
          table(
            ['PART', 'STATUS', 'LENGTH', 'EVIDENCE'],
            d.parts.map((p) => [
              p.id,
              p.status,
              p.limit ? `${p.count}/${p.limit.max} ${p.limit.unit}` : `${p.count} characters`,
              String(p.evidence.length),
            ]),
          ),
          table(
            ['ELEMENT', 'RATING'],
            d.elements.map((e) => [e.id, e.rating ? String(e.rating.score) : '-']),
          ),
        ].join('\n'),
      );
    });

  dossier
    .command('setup')
    .description('choose the scheme, the submission date and the signatory')
    .requiredOption('--engagement <id>', 'engagement id')
    .option('--scheme <id>', 'recognition scheme id (default sx-recognition)')
    .option('--scheme-version <version>', 'scheme version (default: newest)')
    .option('--reference-date <YYYY-MM-DD>', 'the submission date evidence windows count from ("" to clear)')
    .option('--signatory <name>', 'who signs the declaration')
    .option('--signatory-role <role>', 'their position')
    .option('--json', 'print {"engagementId": …}')
    .action((o) => {
      const result = kit.run('dossier.setup', {
        engagementId: o.engagement,
        ...(o.scheme !== undefined ? { schemeId: o.scheme } : {}),
        ...(o.schemeVersion !== undefined ? { schemeVersion: o.schemeVersion } : {}),
        ...(o.referenceDate !== undefined ? { referenceDate: o.referenceDate } : {}),
        ...(o.signatory !== undefined ? { signatoryName: o.signatory } : {}),
        ...(o.signatoryRole !== undefined ? { signatoryRole: o.signatoryRole } : {}),
      });
      kit.print(o.json, result, () => 'Dossier set up.');
    });

  dossier
    .command('set')
    .description("write a part's text from a UTF-8 file (refused when over the scheme's limit)")
    .requiredOption('--engagement <id>', 'engagement id')
    .requiredOption('--part <id>', 'part id, e.g. profile or B3.approach')
    .requiredOption('--text-file <file>', 'the text (UTF-8); an empty file clears the part')
    .option('--json', 'print {"engagementId", "partId", "count"}')
    .action((o) => {
      const text = readFile(kit, o.textFile)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const result = kit.run('dossier.setText', { engagementId: o.engagement, partId: o.part, text });
      kit.print(o.json, result, () => `Wrote ${result.partId} (${result.count}).`);
    });

  dossier
    .command('rate')
    .description('self-rate an element (building block) on the scheme’s scale, with its justification')
    .requiredOption('--engagement <id>', 'engagement id')
    .requiredOption('--block <id>', 'element, e.g. B3')
    .requiredOption('--score <n>', 'the rating, on the scheme’s scale', figure)
    .requiredOption('--justification <text>', 'why this rating')
    .option('--json', 'print {"engagementId", "element"}')
    .action((o) => {
      const result = kit.run('dossier.rate', {
        engagementId: o.engagement,
        element: o.block,
        score: o.score,
        justification: o.justification,
      });
      kit.print(o.json, result, () => `Rated ${result.element}.`);
    });

  dossier
    .command('key-result')
    .description('add a key result (or change one with --id): a series, a target and a comparison')
    .requiredOption('--engagement <id>', 'engagement id')
    .requiredOption('--name <text>', 'the indicator')
    .option('--id <id>', 'the key result to change')
    .option('--unit <text>', 'unit, e.g. % or NPS')
    .option('--points <pairs>', 'period=value pairs, comma-separated, e.g. 2023=7.1,2024=7.4', points)
    .option('--target <n>', 'the target', figure)
    .option('--compare <n>', 'a comparison value', figure)
    .option('--source <text>', 'where the comparison comes from')
    .option('--pool', 'the comparison is the benchmark pool’s value')
    .option('--explanation <text>', 'why there is no comparison')
    .option('--json', 'print {"id": …}')
    .action((o) => {
      if ((o.compare === undefined) !== (o.source === undefined)) {
        throw new CliFailure('--compare and --source go together.', 2);
      }
      const result = kit.run('dossier.saveKeyResult', {
        engagementId: o.engagement,
        name: o.name,
        ...(o.id !== undefined ? { id: o.id } : {}),
        ...(o.unit !== undefined ? { unit: o.unit } : {}),
        ...(o.points !== undefined ? { points: o.points } : {}),
        ...(o.target !== undefined ? { target: o.target } : {}),
        ...(o.compare !== undefined
          ? { comparison: { kind: o.pool ? 'pool' : 'external', value: o.compare, source: o.source } }
          : {}),
        ...(o.explanation !== undefined ? { explanation: o.explanation } : {}),
      });
      kit.print(o.json, result, () => result.id);
    });

  dossier
    .command('check')
    .description('the readiness check against the scheme: what is missing, each evidence file verified')
    .requiredOption('--engagement <id>', 'engagement id')
    .addOption(languageOption('language of the messages (default: the app language)'))
    .option('--json', 'print {"readiness", "missing": [{"part", "reason"}], "warnings"}')
    .action(async (o) => {
      const lang = language(o);
      const checked = await kit.runAsync('dossier.check', { engagementId: o.engagement, language: lang });
      const d = kit.run('dossier.get', { engagementId: o.engagement });
      kit.print(
        o.json,
        { readiness: checked.readiness, missing: checked.missing, warnings: checked.warnings, checks: checked.checks },
        () =>
          [
            `Readiness ${checked.readiness}% (${checked.checks.passed} of ${checked.checks.total} checks pass).`,
            ...checked.missing.map((m) => `- ${readinessMessage(d, m, lang)}`),
            ...checked.warnings.map((w) => `Note: ${warningMessage(d, w, lang)}`),
          ].join('\n'),
      );
    });

  dossier
    .command('export')
    .description('write the dossier as Word (.docx), through a temporary file')
    .requiredOption('--engagement <id>', 'engagement id')
    .addOption(languageOption('language of the document').makeOptionMandatory())
    .requiredOption('--out <file>', 'the file to write (replaced if it exists)')
    .option('--json', 'print {"file", "size", "warnings"}')
    .action(async (o) => {
      const built = await kit.runAsync('dossier.export', { engagementId: o.engagement, language: o.lang });
      const file = path.resolve(kit.io.cwd, o.out);
      await writeFileAtomically(file, Buffer.from(built.contentBase64, 'base64'));
      kit.print(o.json, { file, size: built.size, warnings: built.warnings }, () =>
        [
          `Wrote ${o.out} (${Math.max(1, Math.round(built.size / 1024))} kB).`,
          ...built.warnings.map((w) => `Note: ${w}`),
        ].join('\n'),
      );
    });

  dossier
    .command('package')
    .description('write the submission package (.zip): the .docx, the linked evidence, manifest.json, SHA256SUMS')
    .requiredOption('--engagement <id>', 'engagement id')
    .addOption(languageOption('language of the document').makeOptionMandatory())
    .requiredOption('--out <file>', 'the .zip to write (replaced if it exists)')
    .option('--json', 'print {"file", "size", "evidence", "warnings"}')
    .action(async (o) => {
      const saved = await kit.runAsync('dossier.package', {
        engagementId: o.engagement,
        language: o.lang,
        out: path.resolve(kit.io.cwd, o.out),
      });
      if (!saved.saved) throw new CliFailure('The package was not written.', 1);
      const summary = {
        file: saved.path,
        size: saved.size,
        evidence: saved.evidence,
        warnings: saved.warnings,
      };
      kit.print(o.json, summary, () =>
        [
          `Wrote ${o.out} (${Math.max(1, Math.round(saved.size / 1024))} kB, ${saved.evidence} evidence files).`,
          ...saved.warnings.map((w) => `Note: ${w}`),
        ].join('\n'),
      );
    });

  const evidence = program.command('evidence').description("a dossier's evidence register: files, metadata, links");

  evidence
    .command('add')
    .description('add a file to the evidence register (stored once by SHA-256 in the data folder)')
    .requiredOption('--engagement <id>', 'engagement id')
    .requiredOption('--file <file>', 'the file')
    .requiredOption('--title <text>', 'title')
    .requiredOption(
      '--type <type>',
      'policy, procedure, plan, report, minutes, survey, data, presentation, photo, video or other',
    )
    .requiredOption('--date <YYYY-MM-DD>', 'the date of the document')
    .option('--valid-until <YYYY-MM-DD>', 'the last day it is valid')
    .option('--owner <name>', 'who owns it')
    .option('--confidentiality <level>', 'public, internal (default) or confidential')
    .option('--links <parts>', 'parts it backs, comma-separated, e.g. B3.approach,B3.results', idList)
    .option('--json', 'print {"id", "sha256"}')
    .action(async (o) => {
      const file = path.resolve(kit.io.cwd, o.file);
      const added = await kit.runAsync('evidence.add', {
        engagementId: o.engagement,
        path: file,
        fileName: path.basename(file),
        title: o.title,
        type: o.type,
        date: o.date,
        ...(o.validUntil !== undefined ? { validUntil: o.validUntil } : {}),
        ...(o.owner !== undefined ? { owner: o.owner } : {}),
        ...(o.confidentiality !== undefined ? { confidentiality: o.confidentiality } : {}),
        ...(o.links !== undefined ? { links: o.links } : {}),
      });
      kit.print(o.json, { id: added.id, sha256: added.sha256 }, () => `${added.id} ${added.sha256}`);
    });

  evidence
    .command('list')
    .description("the engagement's evidence register, each file's state checked")
    .requiredOption('--engagement <id>', 'engagement id')
    .option('--json', 'print a JSON array')
    .action((o) => {
      const items = kit.run('evidence.list', { engagementId: o.engagement });
      kit.print(o.json, items, () =>
        items.length === 0
          ? 'No evidence.'
          : table(
              ['NO', 'ID', 'TITLE', 'TYPE', 'DATE', 'VALID UNTIL', 'FILE', 'PARTS'],
              items.map((e) => [
                `E${String(e.number).padStart(3, '0')}`,
                e.id,
                e.title,
                e.type,
                e.date,
                e.validUntil ?? '',
                e.file,
                e.parts.join(','),
              ]),
            ),
      );
    });

  for (const [name, op, verb] of [
    ['link', 'evidence.link', 'Linked'],
    ['unlink', 'evidence.unlink', 'Unlinked'],
  ] as const) {
    evidence
      .command(name)
      .description(`${name} evidence ${name === 'link' ? 'to' : 'from'} a part`)
      .requiredOption('--evidence <id>', 'evidence id')
      .requiredOption('--part <id>', 'part id')
      .option('--json', 'print {"id", "parts"}')
      .action((o) => {
        const result = kit.run(op, { id: o.evidence, partId: o.part });
        kit.print(o.json, result, () => `${verb} ${result.id}: ${result.parts.join(', ') || 'no parts'}.`);
      });
  }

  evidence
    .command('remove')
    .description('remove evidence from the register (its file stays while other evidence holds it)')
    .requiredOption('--evidence <id>', 'evidence id')
    .option('--json', 'print {"id", "fileRemoved"}')
    .action(async (o) => {
      const result = await kit.runAsync('evidence.remove', { id: o.evidence });
      kit.print(o.json, result, () => `Removed ${result.id}${result.fileRemoved ? ' and its file' : ''}.`);
    });

  const scheme = program.command('scheme').description('recognition schemes: the default and imported ones');
  scheme
    .command('list')
    .description('list recognition schemes')
    .option('--json', 'print JSON')
    .action((o) => {
      const rows = kit.run('schemes.list', {});
      kit.print(o.json, rows, () =>
        table(
          ['ID', 'VERSION', 'NAME', 'PARTS', 'ELEMENTS', 'USED BY'],
          rows.map((s) => [s.id, s.version, s.name.en, String(s.parts), String(s.elements), String(s.dossiers)]),
        ),
      );
    });
  scheme
    .command('import')
    .description('import a recognition scheme file (JSON); refused with the path of each problem')
    .argument('[file]', 'scheme JSON file')
    .option('--file <file>', 'scheme JSON file (instead of the argument)')
    .option('--json', 'print {id, version, added}')
    .action((file: string | undefined, o) => {
      const chosen = file ?? o.file;
      if (!chosen) throw new CliFailure('Name the scheme file: sxw scheme import --file scheme.json', 2);
      const result = kit.run('schemes.import', {
        content: readFile(kit, chosen).toString('utf8'),
        fileName: path.basename(chosen),
      });
      kit.print(o.json, result, () =>
        result.added
          ? `Imported scheme ${result.id} ${result.version}.`
          : `Scheme ${result.id} ${result.version} was already there; nothing changed.`,
      );
    });
}
