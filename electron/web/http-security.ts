import type { IncomingMessage, ServerResponse } from 'node:http';
import { RENDERER_CSP } from '../shared/csp';

/** Headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};

/** The hosts the web host answers to: its own loopback address only. */
export const allowedHosts = (port: number): ReadonlySet<string> =>
  new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

/**
 * DNS-rebinding and cross-site defence: the Host header must name this server,
 * and an Origin, when sent, must be this server's own.
 */
export const isTrustedRequest = (req: IncomingMessage, hosts: ReadonlySet<string>): boolean => {
  const host = req.headers.host;
  if (!host || !hosts.has(host.toLowerCase())) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return [...hosts].some((h) => origin.toLowerCase() === `http://${h}`);
};

/** Sends a small JSON body with the security headers. */
export const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
};

/** Sends a plain-text error. */
export const sendText = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
};
