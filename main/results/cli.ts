import type { Command } from 'commander';
import type { CommandKit } from '../cli/commandKit';
import { table } from '../cli/io';

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));

/** `sxw assessment results`: a round's figures (joins the `assessment` command of the assessments feature). */
export function registerResultCommands(program: Command, kit: CommandKit): void {
  const assessment =
    program.commands.find((c) => c.name() === 'assessment') ??
    program.command('assessment').description('assessment rounds');
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
            ['BLOCK', 'SCORE', 'INDEX', 'N', 'SD', 'P25', 'P75', 'CONSENSUS', 'GAP'],
            r.blocks.map((b) => {
              const gap = r.gaps.find((g) => g.block === b.id);
              return [
                b.id,
                fmt(b.score),
                fmt(b.index, 0),
                String(b.n),
                fmt(b.sd),
                fmt(b.middleHalf?.p25),
                fmt(b.middleHalf?.p75),
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
}
