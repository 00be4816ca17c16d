/**
 * `--db FILE` may stand anywhere on the line (`sxw --db a clients list`, `sxw clients list --db a`), so it
 * is taken out before the command parser sees the rest.
 */
export function extractDbFlag(argv: string[]): { db: string | undefined; rest: string[]; error?: string } {
  const rest: string[] = [];
  let db: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--db') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { db, rest, error: '--db needs a file path' };
      db = value;
      i++;
    } else if (arg.startsWith('--db=')) {
      db = arg.slice(5);
      if (!db) return { db, rest, error: '--db needs a file path' };
    } else {
      rest.push(arg);
    }
  }
  return { db, rest };
}
