import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import {
  chooseEncoding,
  compress,
  type ContentEncoding,
  isCompressible,
  MIN_COMPRESS_BYTES,
  SIBLING_EXTENSION,
} from './compression';
import { staticPath } from './guard';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Vite names what it builds `<name>-<8 characters of content hash>.<ext>`: a new build, a new name. */
const HASHED_NAME = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * The Cache-Control of a file: a hashed asset never changes under its name, so the browser keeps it for
 * good; the page that names the assets is read fresh every time, or it could point at a previous build's.
 */
export function cacheControl(file: string): string {
  if (path.extname(file).toLowerCase() === '.html') return 'no-store';
  return HASHED_NAME.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  identity: Buffer;
  encoded: Partial<Record<ContentEncoding, Promise<Buffer>>>;
}

/**
 * The static half of the loopback bridge: the built renderer, compressed as the browser accepts it
 * (brotli, else gzip), from the `.br`/`.gz` the build wrote beside a file or else compressed once and kept
 * in memory. A file is read again when its size or modification time changes (a rebuild while serving).
 */
export function createStaticFiles(root: string, securityHeaders: Record<string, string>) {
  const cache = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile | null> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch {
      return null;
    }
    if (!stat.isFile()) return null;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    const fresh: CachedFile = {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      identity: await fs.promises.readFile(file),
      encoded: {},
    };
    cache.set(file, fresh);
    return fresh;
  }

  /** The body in `encoding`: the build's sibling when it is as new as the file, else compressed here. */
  function encodedBody(file: string, entry: CachedFile, encoding: ContentEncoding): Promise<Buffer> {
    let body = entry.encoded[encoding];
    if (!body) {
      body = readSibling(file + SIBLING_EXTENSION[encoding], entry.mtimeMs).then(
        (sibling) => sibling ?? compress(entry.identity, encoding, true),
      );
      // A failed compression is not kept: the next request tries again.
      body.catch(() => delete entry.encoded[encoding]);
      entry.encoded[encoding] = body;
    }
    return body;
  }

  async function serve(req: http.IncomingMessage, res: http.ServerResponse, url: string): Promise<void> {
    const file = staticPath(root, url, path.join);
    if (!file) {
      res.writeHead(400, securityHeaders).end();
      return;
    }
    const entry = await load(file);
    if (!entry) {
      res.writeHead(404, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const headers: Record<string, string | number> = {
      ...securityHeaders,
      'content-type': MIME[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl(file),
    };
    let body = entry.identity;
    if (isCompressible(file)) {
      // The answer depends on Accept-Encoding even when it is the identity (a small file), so caches
      // must key on it either way.
      headers.vary = 'Accept-Encoding';
      const encoding = entry.size >= MIN_COMPRESS_BYTES ? chooseEncoding(req.headers['accept-encoding']) : null;
      if (encoding) {
        body = await encodedBody(file, entry, encoding);
        headers['content-encoding'] = encoding;
      }
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return { serve };
}

async function readSibling(file: string, notOlderThan: number): Promise<Buffer | null> {
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile() || stat.mtimeMs < notOlderThan) return null;
    return await fs.promises.readFile(file);
  } catch {
    return null;
  }
}
