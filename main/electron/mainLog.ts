import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** About a megabyte per file: enough for weeks of normal use, small enough to attach to an e-mail. */
export const DEFAULT_MAX_LOG_BYTES = 1024 * 1024;

export function mainLogPath(userDataDir: string): string {
  return join(userDataDir, 'logs', 'main.log');
}

export interface MainLog {
  readonly file: string;
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, error?: unknown): void;
}

/** An error with its stack for the log file — the one place a stack is written; the user never sees it. */
export function describeForLog(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    const head = `${value.name}${code !== undefined ? ` [${String(code)}]` : ''}: ${value.message}`;
    const stack = value.stack?.split('\n').slice(1).join('\n');
    return stack ? `${head}\n${stack}` : head;
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * An append-only log file with ISO timestamps. When the next line would take the file past `maxBytes`
 * it becomes `main.log.1` (replacing the previous one), so the log never grows without bound. Logging
 * never throws: a full disk must not take the app down with it.
 */
export function createMainLog(options: {
  file: string;
  maxBytes?: number;
  now?: () => Date;
  /** Also echo to the terminal (development). */
  echo?: (line: string) => void;
}): MainLog {
  const { file, maxBytes = DEFAULT_MAX_LOG_BYTES, now = () => new Date(), echo } = options;

  const write = (level: 'INFO' | 'WARN' | 'ERROR', message: string, details?: unknown) => {
    const suffix = details === undefined ? '' : ` ${describeForLog(details)}`;
    const line = `${now().toISOString()} ${level} ${message}${suffix}\n`;
    echo?.(line);
    try {
      mkdirSync(dirname(file), { recursive: true });
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        // no file yet
      }
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) renameSync(file, `${file}.1`);
      appendFileSync(file, line, 'utf8');
    } catch {
      // Nowhere left to report to; the app carries on.
    }
  };

  return {
    file,
    info: (message, details) => write('INFO', message, details),
    warn: (message, details) => write('WARN', message, details),
    error: (message, error) => write('ERROR', message, error),
  };
}
