import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChangeEvent } from '../../shared/api/entities';
import { base64Length, IMPORT_LIMITS } from '../../shared/api/limits';
import { type ErrorCode, fail, type Result } from '../../shared/api/result';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { hostAllowed, originAllowed, tokenMatches } from './guard';
import { createStaticFiles } from './staticFiles';

export interface BridgeOptions {
  /**
   * Runs one API operation; the same dispatcher the IPC and CLI use. `signal` aborts when the caller closed
   * the connection before the answer: a job stops and writes nothing.
   */
  dispatch: (op: string, input: unknown, signal: AbortSignal) => Promise<Result<unknown>> | Result<unknown>;
  /** Subscribes to the change events of committed writes, for `GET /api/changes`. */
  changes?: (listener: (event: ChangeEvent) => void) => () => void;
  /** Folder of the built renderer (index.html and assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Tests pass a fixed token; otherwise a fresh random one per start. */
  token?: string;
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * The largest request: the largest file an import takes, as base64 in JSON, with room for the rest of the
 * input. Anything longer is refused from its declared length before a byte of it is read.
 */
export const MAX_BODY_BYTES =
  base64Length(Math.max(IMPORT_LIMITS.benchmarkFileBytes, IMPORT_LIMITS.surveyFileBytes)) + 64 * 1024;

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  unknown_operation: 404,
  conflict: 409,
  forbidden: 403,
  database_newer: 500,
  database_corrupt: 500,
  database_locked: 503,
  disk_full: 507,
  database_read_only: 500,
  io_error: 500,
  database_checking: 503,
  unavailable: 501,
  // The team server, not this one, failed: a bad gateway.
  team_server: 502,
  file_locked: 423,
  folder_not_writable: 403,
  // The caller asked to stop; 409 as for any request that did not go through as asked.
  cancelled: 409,
  internal: 500,
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * Serves the built renderer and `POST /api/:op` on 127.0.0.1 only. Every request must name this server in
 * its Host header; API calls must carry the per-start token. The first line a caller prints is `url`.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = options.port ?? 0;
  const staticFiles = createStaticFiles(options.staticDir, SECURITY_HEADERS);

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'The bridge could not answer this request.'));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) {
      sendJson(res, 403, fail('forbidden', 'This server answers only requests addressed to 127.0.0.1 or localhost.'));
      return;
    }
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      let op: string;
      try {
        op = decodeURIComponent(url.slice(5).split('?')[0] ?? '');
      } catch {
        sendJson(res, 400, fail('invalid_input', 'The address is not valid percent-encoding.'));
        return;
      }
      await handleApi(req, res, op);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    await staticFiles.serve(req, res, url);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, op: string): Promise<void> {
    const stream = op === 'changes' && req.method === 'GET';
    if (req.method !== 'POST' && !stream) {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if (!originAllowed(req.headers.origin, port)) {
      sendJson(res, 403, fail('forbidden', 'Requests from other sites are refused.'));
      return;
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      sendJson(
        res,
        401,
        fail('forbidden', 'Missing or wrong session token. Open the workbench from the link it printed at start.'),
      );
      return;
    }
    if (stream) {
      followChanges(req, res);
      return;
    }
    // Refused as soon as the size is known: a declared length over the cap is never read at all.
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBody) {
      res.setHeader('connection', 'close');
      sendJson(res, 413, fail('invalid_input', `The request is larger than ${maxBody} bytes.`));
      req.destroy();
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === null) {
      res.setHeader('connection', 'close');
      sendJson(res, 413, fail('invalid_input', `The request is larger than ${maxBody} bytes.`));
      return;
    }
    let input: unknown = {};
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        sendJson(res, 400, fail('invalid_input', 'The request body is not valid JSON.'));
        return;
      }
    }
    // A caller that goes away before the answer (a closed tab, a stopped script) cancels a job it started.
    const gone = new AbortController();
    const onClose = () => {
      if (!res.writableEnded) gone.abort();
    };
    res.on('close', onClose);
    const result = await options.dispatch(op, input, gone.signal);
    res.off('close', onClose);
    if (gone.signal.aborted) return;
    sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
  }

  /**
   * `GET /api/changes`: the change events of committed writes as server-sent events, for as long as the
   * page stays; a comment every 25 s keeps proxies and idle timers from closing the stream.
   */
  function followChanges(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': following changes\n\n');
    const stop = options.changes?.((event) => res.write(`data: ${JSON.stringify(event)}\n\n`)) ?? (() => {});
    const keepAlive = setInterval(() => res.write(': still here\n\n'), 25_000);
    keepAlive.unref();
    req.on('close', () => {
      clearInterval(keepAlive);
      stop();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** The body, or null as soon as it grows past `max` (without a declared length): the rest is not read. */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
