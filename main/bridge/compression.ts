import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * How the loopback bridge compresses the built renderer. The build writes a `.br` and a `.gz` beside each
 * text asset (see `precompressFolder`), so `sxw serve` spends nothing per request on the large scripts;
 * a file without them is compressed once in memory at a faster level (see staticFiles.ts).
 */

export type ContentEncoding = 'br' | 'gzip';

/** File extensions worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt']);

/** Below this a compressed body saves less than its headers and the work cost. */
export const MIN_COMPRESS_BYTES = 1024;

/** The file name extension of a precompressed sibling. */
export const SIBLING_EXTENSION: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(path.extname(file).toLowerCase());
}

/**
 * The encoding to answer an `Accept-Encoding` header with: brotli before gzip, neither when the client
 * refuses it with `q=0`; `*` accepts both. Null means the identity body.
 */
export function chooseEncoding(header: string | string[] | undefined): ContentEncoding | null {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const weights = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: ContentEncoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return null;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Compresses `data`. Brotli quality 9 is within 8 % of the maximum on the renderer's scripts at a tenth
 * of its time (0.4 s against 5.6 s on the first script), which keeps the build quick; `fast` is for
 * compressing on a request (a file the build did not compress), where the user waits.
 */
export function compress(data: Buffer, encoding: ContentEncoding, fast = false): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(data, { level: fast ? 6 : 9 });
  return brotli(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: fast ? 5 : 9,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of `dir` (recursively) worth it,
 * compressing in parallel on libuv's thread pool. index.html is left out: it is small and must always be
 * read fresh. Returns the files written.
 */
export async function precompressFolder(dir: string): Promise<string[]> {
  const files = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((name) => path.join(dir, name))
    .filter((file) => isCompressible(file) && path.basename(file) !== 'index.html')
    .filter((file) => fs.statSync(file).isFile() && fs.statSync(file).size >= MIN_COMPRESS_BYTES);
  const written: string[] = [];
  await Promise.all(
    files.flatMap((file) =>
      (['br', 'gzip'] as const).map(async (encoding) => {
        const data = await fs.promises.readFile(file);
        const target = file + SIBLING_EXTENSION[encoding];
        await fs.promises.writeFile(target, await compress(data, encoding));
        written.push(target);
      }),
    ),
  );
  return written;
}
