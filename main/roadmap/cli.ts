import path from 'node:path';
import { type Command, Option } from 'commander';
import { LANGUAGES } from '../../shared/domain/identifiers';
import { INITIATIVE_STATUSES, ROADMAP_EXPORT_FORMATS } from '../../shared/roadmap/schemas';
import type { CommandKit } from '../cli/commandKit';
import { table } from '../cli/io';
import { writeFileAtomically } from '../files/writeFileAtomically';

/**
 * `sxw roadmap …`: suggestions from a finalized round, initiatives added and changed, the list, and the
 * exports. Every value goes to the operations unchanged in meaning — a number that is not a number is
 * passed on as text — so the operation's own validation names the field (exit 2) and nothing is written.
 */

/** "B5,B6" → ["B5", "B6"]; an empty value clears the list. */
const idList = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A figure as a number when it reads as one; otherwise the text, for the operation to refuse by field. */
const figure = (value: string): number | string => (/^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value);

export function registerRoadmapCommands(program: Command, kit: CommandKit): void {
  const roadmap = program
    .command('roadmap')
    .description('transformation roadmaps: suggestions from a round, initiatives, Word and Excel exports');

  roadmap
    .command('suggest')
    .description('suggested initiatives from a finalized round, best first, each with its evidence')
    .requiredOption('--assessment <id>', 'a finalized assessment round')
    .addOption(
      new Option('--lang <language>', 'language of titles and reasons (default: the app language)').choices(LANGUAGES),
    )
    .option('--all', 'include suggestions already dismissed or accepted')
    .option('--json', 'print a JSON array')
    .action((o) => {
      const language = o.lang ?? kit.run('settings.get', {}).effectiveLanguage;
      const all = kit.run('roadmap.suggest', { assessmentId: o.assessment, language });
      const shown = o.all ? all : all.filter((s) => s.status === 'open');
      kit.print(o.json, shown, () =>
        shown.length === 0
          ? 'No suggestions.'
          : shown
              .map(
                (s, i) =>
                  `${i + 1}. ${s.title} [${s.blocks.join(', ')}] impact ${s.impact}, effort ${s.effort}, ${s.quarters} quarter(s)${s.status === 'open' ? '' : ` (${s.status})`}\n   ${s.reason}\n   key: ${s.key}`,
              )
              .join('\n'),
      );
    });

  roadmap
    .command('add')
    .description("add an initiative to an engagement's roadmap; prints its id")
    .requiredOption('--engagement <id>', 'engagement id')
    .requiredOption('--title <text>', 'title')
    .requiredOption('--blocks <ids>', 'building blocks, comma-separated, e.g. B5,B6', idList)
    .requiredOption('--start <quarter>', 'first quarter, YYYY-Qn')
    .requiredOption('--end <quarter>', 'last quarter, YYYY-Qn')
    .option('--description <text>', 'what it does')
    .option('--elements <ids>', 'elements, comma-separated, e.g. B5.E1', idList)
    .option('--owner <name>', 'owner (a name)')
    .option('--sponsor <name>', 'sponsor (a name)')
    .option('--impact <1-5>', 'impact, 1–5 (default 3)', figure)
    .option('--effort <1-5>', 'effort, 1–5 (default 3)', figure)
    .addOption(new Option('--status <status>', 'status (default planned)').choices(INITIATIVE_STATUSES))
    .option('--depends-on <ids>', 'initiatives it depends on, comma-separated', idList)
    .option('--json', 'print {"id": …}')
    .action((o) => {
      const { id } = kit.run('initiatives.create', {
        engagementId: o.engagement,
        title: o.title,
        blocks: o.blocks,
        start: o.start,
        end: o.end,
        ...(o.description !== undefined ? { description: o.description } : {}),
        ...(o.elements !== undefined ? { elements: o.elements } : {}),
        ...(o.owner !== undefined ? { ownerName: o.owner } : {}),
        ...(o.sponsor !== undefined ? { sponsorName: o.sponsor } : {}),
        ...(o.impact !== undefined ? { impact: o.impact } : {}),
        ...(o.effort !== undefined ? { effort: o.effort } : {}),
        ...(o.status !== undefined ? { status: o.status } : {}),
        ...(o.dependsOn !== undefined ? { dependsOn: o.dependsOn } : {}),
      });
      kit.print(o.json, { id }, () => id);
    });

  roadmap
    .command('update')
    .description('change an initiative; only the options given change')
    .requiredOption('--initiative <id>', 'initiative id')
    .option('--title <text>', 'title')
    .option('--description <text>', 'what it does')
    .option('--blocks <ids>', 'building blocks, comma-separated', idList)
    .addOption(new Option('--status <status>', 'status').choices(INITIATIVE_STATUSES))
    .option('--start <quarter>', 'first quarter, YYYY-Qn')
    .option('--end <quarter>', 'last quarter, YYYY-Qn')
    .option('--owner <name>', 'owner (a name)')
    .option('--impact <1-5>', 'impact, 1–5', figure)
    .option('--effort <1-5>', 'effort, 1–5', figure)
    .option('--rank <n>', 'place in the priority order (1 = first)', figure)
    .option('--depends-on <ids>', 'initiatives it depends on, comma-separated ("" for none)', idList)
    .option('--progress <0-100>', 'progress in per cent', figure)
    .option('--json', 'print {"id": …}')
    .action((o) => {
      const changes: Record<string, unknown> = { id: o.initiative };
      const copy = [
        ['title', 'title'],
        ['description', 'description'],
        ['blocks', 'blocks'],
        ['status', 'status'],
        ['start', 'start'],
        ['end', 'end'],
        ['owner', 'ownerName'],
        ['impact', 'impact'],
        ['effort', 'effort'],
        ['rank', 'rank'],
        ['dependsOn', 'dependsOn'],
        ['progress', 'progress'],
      ] as const;
      for (const [option, field] of copy) if (o[option] !== undefined) changes[field] = o[option];
      const { id } = kit.run('initiatives.update', changes);
      kit.print(o.json, { id }, () => `Updated ${id}.`);
    });

  roadmap
    .command('list')
    .description('the initiatives of an engagement in priority order')
    .requiredOption('--engagement <id>', 'engagement id')
    .option('--json', 'print a JSON array of initiatives as the API gives them')
    .action((o) => {
      const { initiatives } = kit.run('roadmap.get', { engagementId: o.engagement });
      kit.print(o.json, initiatives, () =>
        initiatives.length === 0
          ? 'No initiatives.'
          : table(
              ['#', 'ID', 'TITLE', 'BLOCKS', 'START', 'END', 'STATUS', 'IMPACT', 'EFFORT', 'DEPENDS ON'],
              initiatives.map((i) => [
                String(i.priority),
                i.id,
                i.title,
                i.blocks.join(','),
                i.start,
                i.end,
                i.status,
                String(i.impact),
                String(i.effort),
                i.dependsOn.join(','),
              ]),
            ),
      );
    });

  roadmap
    .command('export')
    .description('write the roadmap as Word (.docx) or Excel (.xlsx), through a temporary file')
    .requiredOption('--engagement <id>', 'engagement id')
    .addOption(new Option('--format <format>', 'docx or xlsx').choices(ROADMAP_EXPORT_FORMATS).makeOptionMandatory())
    .addOption(new Option('--lang <language>', 'language of the file').choices(LANGUAGES).makeOptionMandatory())
    .requiredOption('--out <file>', 'the file to write (replaced if it exists)')
    .option('--json', 'print {"file", "size", "warnings"}')
    .action(async (o) => {
      const built = await kit.runAsync('roadmap.export', {
        engagementId: o.engagement,
        format: o.format,
        language: o.lang,
      });
      const file = path.resolve(kit.io.cwd, o.out);
      await writeFileAtomically(file, Buffer.from(built.contentBase64, 'base64'));
      kit.print(o.json, { file, size: built.size, warnings: built.warnings }, () =>
        [
          `Wrote ${o.out} (${Math.max(1, Math.round(built.size / 1024))} kB, ${o.lang === 'nl' ? 'Dutch' : 'English'}).`,
          ...built.warnings.map((w) => `Note: ${w}`),
        ].join('\n'),
      );
    });
}
