import type http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type https from 'node:https';
import type { AddressInfo } from 'node:net';
import { SESSION_HEADER } from '../shared/channels';
import { decodePart } from '../shared/http-policy';
import { err } from '../shared/result';
import { sendJson, sendText } from './http-security';

// What the kiosk's web host and the fleet dashboard's host route alike: the
// request wrapper, listening and closing, and `POST /api/call/<name>` with its
// body rules. Each host keeps only its own routes.

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A server's request listener around `handle`: a request that fails answers
 * 500 (or is cut when its answer had begun) and is reported, never crashing the process.
 */
export const requestListener =
  (handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, onError: (error: unknown) => void) =>
  (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
  };

/** A listening server: its port, and a close that also ends kept-alive connections. */
export type Listening = Readonly<{ port: number; close(): Promise<void> }>;

/** Listens on `bind`:`port` (0 picks a free port), with short keep-alive. */
export const listen = async (server: http.Server | https.Server, port: number, bind: string): Promise<Listening> => {
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, bind, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
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

/** The session token a privileged call carries: one `X-Kiosk-Session` header, else none. */
export const sessionTokenOf = (req: IncomingMessage): string | undefined => {
  const value = req.headers[SESSION_HEADER.toLowerCase()];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

/** The URL prefix of calls: `POST /api/call/<name>` with the input as JSON. */
export const CALL_PREFIX = '/api/call/';

/**
 * Answers `POST /api/call/<name>` (the call's name percent-encoded after
 * CALL_PREFIX) with what `dispatch` returns for the name and parsed body.
 */
export const handleCall = async (
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  dispatch: (name: string, input: unknown) => Promise<unknown>,
): Promise<void> => {
  const name = decodePart(pathname.slice(CALL_PREFIX.length));
  if (name === null) return sendJson(res, 400, err('invalid-input', 'call: the call name has broken percent-encoding'));
  const body = await readJson(req, res, name);
  if (!body) return;
  sendJson(res, 200, await dispatch(name, body.value));
};
