import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { megabytes } from '../../shared/api/limits';
import { SIZE_BANDS } from '../../shared/domain/identifiers';
import type { CommandKit } from './commandKit';
import { CliFailure } from './io';

/** Option parsing and file reading shared by the command modules. */

/** A file's bytes; with `maxBytes`, a larger file is refused from its size, before it is read. */
export function readFile(kit: CommandKit, file: string, maxBytes?: number): Buffer {
  const resolved = path.resolve(kit.io.cwd, file);
  try {
    const size = maxBytes === undefined ? 0 : fs.statSync(resolved).size;
    if (maxBytes !== undefined && size > maxBytes) {
      throw new CliFailure(
        `${file} is ${megabytes(size)}; one import takes at most ${megabytes(maxBytes)}. Split it into smaller files.`,
        2,
      );
    }
    return fs.readFileSync(resolved);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      2,
    );
  }
}

export const year = (flag: string) => (v: string) => {
  if (!/^\d{4}$/.test(v)) throw new CliFailure(`${flag} must be a year of four digits, not "${v}"`, 2);
  return Number(v);
};
export const wholeNumber = (flag: string) => (v: string) => {
  if (!/^\d+$/.test(v)) throw new CliFailure(`${flag} must be a whole number, not "${v}"`, 2);
  return Number(v);
};

/** The filter options shared by compare and export; repeated values mean "any of". */
export function withFilters(cmd: Command, options: { framework?: boolean } = {}): Command {
  const withGroup = cmd
    .addOption(
      new Option('--sector <section...>', 'NACE Rev.2 section(s), repeatable').argParser((v, prev: string[] = []) => [
        ...prev,
        v.toUpperCase(),
      ]),
    )
    .addOption(new Option('--size <band...>', 'size band(s), repeatable').choices(SIZE_BANDS))
    .addOption(
      new Option('--country <code...>', 'ISO 3166-1 alpha-2 code(s); ZZ = another country').argParser(
        (v, prev: string[] = []) => [...prev, v.toUpperCase()],
      ),
    )
    .option('--from <year>', 'first year (inclusive)', year('--from'))
    .option('--to <year>', 'last year (inclusive)', year('--to'))
    .option(
      '--k <n>',
      'minimum group size: the benchmarkK setting (default 5), or higher; a lower k is refused',
      wholeNumber('--k'),
    );
  // A report compares within its round's own framework; compare and export take it as an option.
  return options.framework === false ? withGroup : withGroup.option('--framework <id>', 'framework id', 'sx-default');
}

export function filtersOf(o: { sector?: string[]; size?: string[]; country?: string[]; from?: number; to?: number }) {
  return {
    sector: o.sector ?? [],
    size: o.size ?? [],
    country: o.country ?? [],
    from: o.from ?? null,
    to: o.to ?? null,
  };
}
