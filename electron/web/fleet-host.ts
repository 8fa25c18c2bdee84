import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AccessGuard } from '../core/admin';
import type { Dispatch } from '../core/dispatcher';
import { calls } from '../shared/contract';
import { err, KioskFailure } from '../shared/result';
import { firstIssue } from '../shared/zod-issues';
import { safeSegments, uncachedHeaders } from '../shared/http-policy';
import { allowedHosts, isTrustedRequest, sendJson, sendText } from './http-security';
import { CALL_PREFIX, handleCall, listen, readJson, requestListener, sessionTokenOf } from './host-routing';
import { handleRenderer } from './web-host';

/** The fleet dashboard page (a second Vite entry): the only page this server serves — no visitor tour. */
export const FLEET_PAGE = 'fleet.html';

/** A merged export, streamed: its file name, media type and bytes. */
export type FleetDownload = Readonly<{ fileName: string; contentType: string; chunks: AsyncIterable<Buffer> }>;

export type FleetHostOptions = Readonly<{
  dispatch: Dispatch;
  /** The dispatcher's own access check, asked for the download route too. */
  guard: AccessGuard;
  /** Opens the merged export of a parsed `fleet:export` request. */
  download(input: unknown): FleetDownload;
  rendererDir: string;
  bind: string;
  port: number;
  /** PEM files; required for any bind address but loopback. */
  tls: Readonly<{ cert: string; key: string }> | null;
  /** Extra `host[:port]` names browsers use to reach a non-loopback bind (the certificate's name). */
  serverNames?: readonly string[];
  onError(message: string, error: unknown): void;
}>;

export type FleetHost = Readonly<{ url: string; port: number; close(): Promise<void> }>;

/** Refused before listening: a bind address beyond loopback without TLS (PINs and visit data would cross the network in clear). */
export class FleetHostRefused extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopback = (bind: string): boolean => LOOPBACK.has(bind.toLowerCase());

/**
 * Serves the fleet dashboard: the built renderer's fleet page and its assets,
 * `POST /api/call/<name>` through the one dispatcher (PIN sessions, access
 * checks, audit), and `POST /api/download/fleet:export` (the merged data,
 * streamed, behind the same access check). The web host's policy throughout:
 * Host/Origin checks, CSP and security headers, body limits.
 */
export const startFleetHost = async (options: FleetHostOptions): Promise<FleetHost> => {
  const { bind, tls } = options;
  if (!isLoopback(bind) && !tls) {
    throw new FleetHostRefused(
      `refusing to serve on ${bind} without TLS: give --tls-cert and --tls-key, or bind to 127.0.0.1`,
    );
  }
  let hosts: ReadonlySet<string> = new Set();
  const scheme = tls ? 'https' : 'http';
  const listener = requestListener(
    (req, res) => handle(req, res, options, hosts, scheme),
    (error) => options.onError('fleet host request failed', error),
  );
  const server = tls
    ? https.createServer({ cert: fs.readFileSync(tls.cert), key: fs.readFileSync(tls.key) }, listener)
    : http.createServer(listener);
  const { port, close } = await listen(server, options.port, bind);
  const shown = bind.includes(':') ? `[${bind}]` : bind;
  hosts = new Set([
    ...(isLoopback(bind) ? allowedHosts(port) : []),
    `${shown}:${port}`,
    ...(options.serverNames ?? []).map((n) => `${n.toLowerCase()}:${port}`),
  ]);
  return { url: `${scheme}://${shown}:${port}/`, port, close };
};

const handle = async (
  req: IncomingMessage,
  res: ServerResponse,
  options: FleetHostOptions,
  hosts: ReadonlySet<string>,
  scheme: 'http' | 'https',
) => {
  if (!isTrustedRequest(req, hosts, scheme)) return sendText(res, 403, 'forbidden: foreign Host or Origin');
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (pathname.startsWith(CALL_PREFIX))
    return handleCall(req, res, pathname, (name, input) =>
      options.dispatch(name, input, { transport: 'http', sessionToken: sessionTokenOf(req) }),
    );
  if (pathname === '/api/download/fleet:export') return handleDownload(req, res, options);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
  const segments = safeSegments(pathname);
  if (!segments) return sendText(res, 400, 'bad path');
  // The fleet page at / ; its hashed assets; nothing else of the kiosk's renderer.
  if (segments.length === 0 || (segments.length === 1 && segments[0] === FLEET_PAGE))
    return handleRenderer(req, res, options.rendererDir, [FLEET_PAGE]);
  if (segments[0] === 'assets') return handleRenderer(req, res, options.rendererDir, segments);
  return sendText(res, 404, 'not found');
};

/** The merged export as a file download: same access check and audit as a call, then streamed. */
const handleDownload = async (req: IncomingMessage, res: ServerResponse, options: FleetHostOptions) => {
  const body = await readJson(req, res, 'fleet:export');
  if (!body) return;
  let session;
  try {
    session = options.guard.authorize('fleet:export', 'admin', sessionTokenOf(req));
  } catch (error) {
    if (error instanceof KioskFailure)
      return sendJson(res, error.code === 'forbidden' ? 403 : 401, err(error.code, error.message));
    throw error;
  }
  const parsed = calls['fleet:export'].input.safeParse(body.value);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return sendJson(res, 400, err('invalid-input', `fleet:export: ${message}`, field));
  }
  const file = options.download(parsed.data);
  res.writeHead(200, {
    ...uncachedHeaders(file.contentType),
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
  });
  try {
    await pipeline(Readable.from(file.chunks), res);
    options.guard.record('fleet:export', session, parsed.data, { ok: true, value: { fileName: file.fileName } });
  } catch (error) {
    options.guard.record(
      'fleet:export',
      session,
      parsed.data,
      err('internal', error instanceof Error ? error.message : String(error)),
    );
    throw error;
  }
};
