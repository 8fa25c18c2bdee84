import type { IncomingMessage, ServerResponse } from 'node:http';
import { uncachedHeaders } from '../shared/http-policy';

// The headers, path and cache rules are shared with the Electron shell (electron/shared/http-policy.ts);
// what stays here is the web host's own: which Host/Origin it answers, and its Node response helpers.

/** The hosts the web host answers to: its own loopback address only. */
export const allowedHosts = (port: number): ReadonlySet<string> =>
  new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

/**
 * DNS-rebinding and cross-site defence: the Host header must name this server,
 * and an Origin, when sent, must be this server's own.
 */
export const isTrustedRequest = (req: IncomingMessage, hosts: ReadonlySet<string>, scheme: 'http' | 'https' = 'http'): boolean => {
  const host = req.headers.host;
  if (!host || !hosts.has(host.toLowerCase())) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return [...hosts].some((h) => origin.toLowerCase() === `${scheme}://${h}`);
};

/** Sends a small JSON body with the security headers. */
export const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...uncachedHeaders('application/json; charset=utf-8'), 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
};

/** Sends a plain-text error. */
export const sendText = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, uncachedHeaders('text/plain; charset=utf-8'));
  res.end(text);
};
