import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import type { Comparison, PoolImportReport } from '../../shared/pool/schemas';
import type { CommandKit } from '../cli/commandKit';
import { withProblems } from '../cli/fileProblems';
import { CliFailure, table } from '../cli/io';
import { filtersOf, readFile, withFilters } from '../cli/options';
import { LANGUAGES } from '../../shared/domain/identifiers';
import { IMPORT_LIMITS } from '../../shared/api/limits';

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));

function describeComparison(c: Comparison, wider: string | null): string {
  const f = c.filters;
  const group = [
    f.sector.length ? `sector ${f.sector.join('/')}` : 'all sectors',
    f.size.length ? `size ${f.size.join('/')}` : 'all sizes',
    f.country.length ? `country ${f.country.join('/')}` : 'all countries',
    f.from !== null || f.to !== null ? `years ${f.from ?? '…'}–${f.to ?? '…'}` : 'all years',
  ].join(', ');
  // A suppressed group's size is never printed, not even here (docs/anonymity.md).
  if (c.suppressed || c.n === null) {
    const head = `${c.framework}: ${group}; k = ${c.k}`;
    return `${head}\nFewer than ${c.k} records: suppressed, its size not shown.${wider ? `\n${wider}` : ''}`;
  }
  const basis = c.synthetic ? ' (synthetic demo records, not a real benchmark)' : '';
  const head = `${c.framework}: ${group}; n = ${c.n}${basis}, k = ${c.k}`;
  const rows = [...c.blocks.map((b) => ({ ...b, name: b.block })), { ...c.overall, name: 'overall' }].map((s) => [
    s.name,
    fmt(s.score),
    s.suppressed ? 'suppressed' : fmt(s.mean),
    fmt(s.sd),
    fmt(s.p10),
    fmt(s.p25),
    fmt(s.median),
    fmt(s.p75),
    fmt(s.p90),
    fmt(s.percentileRank, 0),
  ]);
  return `${head}\n\n${table(['BLOCK', 'SCORE', 'MEAN', 'SD', 'P10', 'P25', 'MEDIAN', 'P75', 'P90', 'RANK'], rows)}`;
}

/** `sxw benchmark …`: the anonymized benchmark pool. */
export function registerBenchmarkCommands(program: Command, kit: CommandKit): void {
  const benchmark = program
    .command('benchmark')
    .description('the anonymized benchmark pool: import, export, compare, stats');

  benchmark
    .command('import')
    .description('import a Benchmark CSV or JSON pack; any invalid row refuses the whole file')
    .argument('<file>', 'Benchmark CSV (, or ;) or JSON pack')
    .option('--skip-invalid', 'take the valid rows (in one transaction) and list the invalid ones')
    .option('--json', 'print {added, unchanged, rounded, conflicts, refused, problems, pack}')
    .action(async (file: string, o) => {
      // The bytes go to the operation as they are: no base64 round trip for a file of a hundred megabytes.
      const content = readFile(kit, file, IMPORT_LIMITS.benchmarkFileBytes);
      let report: PoolImportReport;
      try {
        // Waited for: a large file is backed up before it is written (main/pool/import.ts).
        report = await kit.runAsync('pool.import', {
          content,
          fileName: path.basename(file),
          skipInvalid: Boolean(o.skipInvalid),
        });
      } catch (error) {
        throw withProblems(error);
      }
      kit.print(o.json, report, () =>
        [
          `Imported ${file}: ${report.added} added, ${report.unchanged} unchanged, ${report.rounded} scores rounded, ${report.conflicts} conflicts, ${report.refused} refused.`,
          ...report.problems.map(
            (p) => `  ${[p.line ? `line ${p.line}` : null, p.column].filter(Boolean).join(', ')}: ${p.message}`,
          ),
        ].join('\n'),
      );
    });

  withFilters(
    benchmark
      .command('export')
      .description('export the pool (or a filtered part), k-anonymous, as Benchmark CSV, JSON pack or Excel workbook')
      .requiredOption('--out <file>', 'file to write; FILE.xlsx writes an Excel workbook')
      .addOption(new Option('--format <format>', 'csv or pack').choices(['csv', 'pack']).default('csv'))
      .addOption(
        new Option('--delimiter <d>', 'CSV: "," or ";" (Dutch Excel: decimal commas and a BOM)')
          .choices([',', ';'])
          .default(','),
      )
      .option('--synthetic', 'export the synthetic (demo) records instead of the real ones; never both in one file')
      .option('--json', 'print {file, exported, generalised, leftOut, syntheticLeftOut, sha256}'),
  ).action(async (o) => {
    if (path.extname(o.out).toLowerCase() === '.xlsx') {
      if (o.format === 'pack') throw new CliFailure('A JSON pack cannot be written as .xlsx; use --format csv.', 2);
      const workbook = await kit.runAsync('pool.exportWorkbook', {
        framework: o.framework,
        filters: filtersOf(o),
        records: o.synthetic ? 'synthetic' : 'real',
        ...(o.k !== undefined ? { k: o.k } : {}),
      });
      fs.writeFileSync(path.resolve(kit.io.cwd, o.out), Buffer.from(workbook.contentBase64, 'base64'));
      const { contentBase64: _content, fileName: _name, ...counts } = workbook;
      kit.print(
        o.json,
        { file: o.out, ...counts, sha256: null },
        () =>
          `Wrote ${o.out}: ${counts.exported} records (${counts.generalised} with country generalised to ZZ, ${counts.leftOut} left out to keep every group at k or more${counts.syntheticLeftOut ? `, ${counts.syntheticLeftOut} synthetic left out` : ''}).`,
      );
      return;
    }
    const result = kit.run('pool.export', {
      format: o.format,
      delimiter: o.delimiter,
      framework: o.framework,
      filters: filtersOf(o),
      records: o.synthetic ? 'synthetic' : 'real',
      ...(o.k !== undefined ? { k: o.k } : {}),
    });
    fs.writeFileSync(path.resolve(kit.io.cwd, o.out), result.content);
    const { content: _content, fileName: _fileName, ...summary } = result;
    kit.print(
      o.json,
      { file: o.out, ...summary },
      () =>
        `Wrote ${o.out}: ${result.exported} records (${result.generalised} with country generalised to ZZ, ${result.leftOut} left out to keep every group at k or more${result.syntheticLeftOut ? `, ${result.syntheticLeftOut} synthetic left out` : ''}).`,
    );
  });

  withFilters(
    benchmark
      .command('compare')
      .description('compare a round (--assessment) or scores (--scores FILE.json) with a peer group')
      .option('--assessment <id>', 'assessment id (its own pool record never counts)')
      .option('--scores <file>', 'JSON: {"B1": 3.2, …, "B9": 2.8}')
      .option('--json', 'print the comparison as JSON (unrounded numbers)')
      .option('--out <file>', 'also write the comparison as an Excel workbook (FILE.xlsx)')
      .addOption(new Option('--lang <language>', 'language of the workbook').choices(LANGUAGES)),
  ).action(async (o) => {
    if (o.out !== undefined && path.extname(o.out).toLowerCase() !== '.xlsx') {
      throw new CliFailure(`--out must end in .xlsx; got ${o.out}.`, 2);
    }
    if (Boolean(o.assessment) === Boolean(o.scores)) {
      throw new CliFailure('Give either --assessment ID or --scores FILE.json.', 2);
    }
    let scores: unknown;
    if (o.scores) {
      try {
        scores = JSON.parse(readFile(kit, o.scores).toString('utf8'));
      } catch (error) {
        if (error instanceof CliFailure) throw error;
        throw new CliFailure(`${o.scores} is not valid JSON: ${(error as Error).message}`, 2);
      }
    }
    const input = {
      ...(o.assessment ? { assessmentId: o.assessment } : { scores }),
      framework: o.framework,
      filters: filtersOf(o),
      ...(o.k !== undefined ? { k: o.k } : {}),
    };
    const comparison = kit.run('pool.compare', input);
    if (o.out !== undefined) {
      const workbook = await kit.runAsync('pool.exportComparison', { ...input, language: o.lang });
      fs.writeFileSync(path.resolve(kit.io.cwd, o.out), Buffer.from(workbook.contentBase64, 'base64'));
      if (!o.json) kit.io.stdout(`Wrote ${o.out}\n`);
    }
    kit.print(o.json, comparison, () => {
      let wider: string | null = null;
      if (comparison.suppressed) {
        const w = kit.run('pool.widen', input).suggestion;
        wider = w
          ? `Nearest wider group: without ${w.dropped.join(', ')} filter${w.dropped.length > 1 ? 's' : ''}, n = ${w.n}.`
          : `Even the whole pool of this framework has fewer than ${comparison.k} records.`;
      }
      return describeComparison(comparison, wider);
    });
  });

  benchmark
    .command('stats')
    .description('pool size by framework, sector, size band, country, year and source')
    .option('--json', 'print JSON')
    .action((o) => {
      const s = kit.run('pool.stats', {});
      const line = (label: string, m: Record<string, number>) =>
        `${label.padEnd(10)} ${
          Object.entries(m)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ') || '—'
        }`;
      kit.print(o.json, s, () =>
        [
          `${s.total} records (${s.synthetic} synthetic)`,
          line('framework', s.byFramework),
          line('sector', s.bySector),
          line('size', s.bySizeBand),
          line('country', s.byCountry),
          line('year', s.byYear),
          line('source', s.bySource),
        ].join('\n'),
      );
    });

  benchmark
    .command('packs')
    .description('imported packs with their provenance')
    .option('--json', 'print JSON')
    .action((o) => {
      const packs = kit.run('pool.packs', {});
      kit.print(o.json, packs, () =>
        packs.length === 0
          ? 'No packs.'
          : table(
              ['ID', 'NAME', 'FORMAT', 'IMPORTED', 'ADDED', 'RECORDS', 'SHA256'],
              packs.map((p) => [
                p.id,
                p.name,
                p.format,
                p.importedAt.slice(0, 10),
                String(p.added),
                String(p.records),
                p.sha256.slice(0, 12),
              ]),
            ),
      );
    });

  benchmark
    .command('remove-pack')
    .description('remove an imported pack and all its records')
    .argument('<id>', 'pack id (see `sxw benchmark packs`)')
    .action((id: string) => {
      const { removed } = kit.run('pool.removePack', { packId: id });
      kit.io.stdout(`Removed pack ${id} and its ${removed} records.\n`);
    });

  benchmark
    .command('contribute')
    .description("add a finalized round to the pool (needs the client's consent on the engagement)")
    .requiredOption('--assessment <id>', 'assessment id')
    .action((o) => {
      kit.run('pool.contribute', { assessmentId: o.assessment });
      kit.io.stdout(`Added ${o.assessment} to the benchmark pool.\n`);
    });

  benchmark
    .command('withdraw')
    .description("remove a round's record from the pool")
    .requiredOption('--assessment <id>', 'assessment id')
    .action((o) => {
      kit.run('pool.withdraw', { assessmentId: o.assessment });
      kit.io.stdout(`Withdrew ${o.assessment} from the benchmark pool.\n`);
    });
}
