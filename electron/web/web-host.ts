import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { confinedPath } from '../core/content-source';
import type { KioskCore } from '../core/kiosk-core';
import { dispatchSendBatch, isBatchRefusal } from '../core/send-batch';
import { SESSION_HEADER } from '../shared/channels';
import { err } from '../shared/result';
import { streamEvents } from './event-stream';
import { issuePageId, pageIdOf } from './page-id';
import { allowedHosts, isTrustedRequest, sendJson, sendText } from './http-security';
import { decodePart, IMMUTABLE, rendererCache, safeSegments } from '../shared/http-policy';
import { sendFile } from './send-file';

/** URL prefix of pack media on the web host. */
export const WEB_MEDIA_BASE = '/pack/';
const MAX_BODY_BYTES = 1024 * 1024;

export type WebHostOptions = Readonly<{
  core: KioskCore;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
}>;

export type WebHost = Readonly<{ url: string; port: number; close(): Promise<void> }>;

/**
 * Serves the renderer and the core's API over HTTP on 127.0.0.1 only.
 * The same dispatcher the Electron IPC binding uses answers `POST /api/call/<name>`.
 */
export const startWebHost = async (options: WebHostOptions): Promise<WebHost> => {
  let hosts: ReadonlySet<string> = new Set();
  const server = http.createServer((req, res) => {
    handle(req, res, options, hosts).catch((error: unknown) => {
      options.core.log.error('web host request failed', error);
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

const handle = async (
  req: IncomingMessage,
  res: ServerResponse,
  options: WebHostOptions,
  hosts: ReadonlySet<string>,
): Promise<void> => {
  if (!isTrustedRequest(req, hosts)) return sendText(res, 403, 'forbidden: foreign Host or Origin');
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const { pathname } = url;
  if (pathname.startsWith('/api/call/')) return handleCall(req, res, options, pathname.slice('/api/call/'.length));
  if (pathname === '/api/send') return handleSendBatch(req, res, options);
  if (pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res, options.core.bus);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
  const segments = safeSegments(pathname);
  if (!segments) return sendText(res, 400, 'bad path');
  if (pathname.startsWith(WEB_MEDIA_BASE)) return handleMedia(req, res, options, segments.slice(1));
  if (isPageLoad(segments)) issuePageId(req, res, options.core.pageGone);
  return handleRenderer(req, res, options.rendererDir, segments);
};

/** Reads a POSTed JSON body, answering the error itself (and returning `undefined`) when it cannot. */
export const readJson = async (
  req: IncomingMessage,
  res: ServerResponse,
  what: string,
): Promise<{ value: unknown } | undefined> => {
  if (req.method !== 'POST') {
    sendText(res, 405, `${what}: POST only`);
    return undefined;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(res, 415, err('invalid-input', `${what}: send application/json`));
    return undefined;
  }
  const body = await readBody(req);
  if (body === null) {
    sendJson(res, 413, err('invalid-input', `${what}: request body over ${MAX_BODY_BYTES} bytes`));
    return undefined;
  }
  try {
    return { value: body.length === 0 ? {} : (JSON.parse(body) as unknown) };
  } catch {
    sendJson(res, 400, err('invalid-input', `${what}: request body is not valid JSON`));
    return undefined;
  }
};

/**
 * `POST /api/send` with `[{ "name": …, "input": … }, …]`: the renderer's
 * fire-and-forget calls, batched after a paint so logging never delays a tap.
 * The batch rule (visitor calls only, at most MAX_SEND_BATCH) is the core's, shared with IPC.
 */
const handleSendBatch = async (req: IncomingMessage, res: ServerResponse, options: WebHostOptions) => {
  const body = await readJson(req, res, 'send');
  if (!body) return;
  const outcome = await dispatchSendBatch(options.core.dispatch, body.value, { transport: 'http', pageId: pageIdOf(req) });
  if (isBatchRefusal(outcome)) return sendJson(res, outcome.reason === 'too-many' ? 413 : 400, outcome.error);
  sendJson(res, 200, outcome);
};

/** The session token a privileged call carries: one `X-Kiosk-Session` header, else none. */
export const sessionTokenOf = (req: IncomingMessage): string | undefined => {
  const value = req.headers[SESSION_HEADER.toLowerCase()];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

const handleCall = async (req: IncomingMessage, res: ServerResponse, options: WebHostOptions, rawName: string) => {
  const name = decodePart(rawName);
  if (name === null) return sendJson(res, 400, err('invalid-input', 'call: the call name has broken percent-encoding'));
  const body = await readJson(req, res, name);
  if (!body) return;
  const result = await options.core.dispatch(name, body.value, { transport: 'http', sessionToken: sessionTokenOf(req), pageId: pageIdOf(req) });
  sendJson(res, 200, result);
};

const readBody = async (req: IncomingMessage): Promise<string | null> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const handleMedia = async (req: IncomingMessage, res: ServerResponse, options: WebHostOptions, segments: string[]) => {
  const [key, ...rest] = segments;
  const file = key && rest.length > 0 ? options.core.content.resolveMedia(key, rest.join('/')) : null;
  if (!file) return sendText(res, 404, 'not found');
  return sendFile(req, res, file, IMMUTABLE);
};

export const handleRenderer = async (req: IncomingMessage, res: ServerResponse, rendererDir: string, segments: string[]) => {
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const file = confinedPath(rendererDir, relative);
  if (!file) return sendText(res, 404, 'not found');
  return sendFile(req, res, file, rendererCache(relative));
};

/** index.html is served: a new page load, which gets its own page id. */
const isPageLoad = (segments: string[]): boolean => segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html');

/** True when the renderer has been built into `dir`. */
export const rendererBuilt = (dir: string): boolean => fs.existsSync(path.join(dir, 'index.html'));
