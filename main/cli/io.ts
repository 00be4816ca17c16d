/** Where the CLI writes, and what it knows of its environment: injected so tests run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Resolves when the user stops a long-running command (serve); tests resolve it themselves. */
  untilStopped: () => Promise<void>;
}

/** A failure the CLI reports as one line on stderr (details after) and an exit code. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** Fixed-width columns for humans; scripts use --json. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
