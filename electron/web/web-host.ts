import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { confinedPath } from '../core/content-source';
import type { KioskCore } from '../core/kiosk-core';
import { dispatchSendBatch, isBatchRefusal } from '../core/send-batch';
import { streamEvents } from './event-stream';
import { issuePageId, pageIdOf } from './page-id';
import { allowedHosts, isTrustedRequest, sendJson, sendText } from './http-security';
import { IMMUTABLE, rendererCache, safeSegments } from '../shared/http-policy';
import { CALL_PREFIX, handleCall, listen, readJson, requestListener, sessionTokenOf } from './host-routing';
import { sendFile } from './send-file';

/** URL prefix of pack media on the web host. */
export const WEB_MEDIA_BASE = '/pack/';

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
  const server = http.createServer(
    requestListener(
      (req, res) => handle(req, res, options, hosts),
      (error) => options.core.log.error('web host request failed', error),
    ),
  );
  const { port, close } = await listen(server, options.port, '127.0.0.1');
  hosts = allowedHosts(port);
  return { url: `http://127.0.0.1:${port}/`, port, close };
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
  if (pathname.startsWith(CALL_PREFIX))
    return handleCall(req, res, pathname, (name, input) =>
      options.core.dispatch(name, input, { transport: 'http', sessionToken: sessionTokenOf(req), pageId: pageIdOf(req) }),
    );
  if (pathname === '/api/send') return handleSendBatch(req, res, options);
  if (pathname === '/api/events' && req.method === 'GET') return streamEvents(req, res, options.core.bus);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
  const segments = safeSegments(pathname);
  if (!segments) return sendText(res, 400, 'bad path');
  if (pathname.startsWith(WEB_MEDIA_BASE)) return handleMedia(req, res, options, segments.slice(1));
  if (isPageLoad(segments)) issuePageId(req, res, options.core.pageGone);
  return handleRenderer(req, res, options.rendererDir, segments);
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
