import type { Protocol } from 'electron';
import type { AppLog } from '../core/app-log';
import { confinedPath, type ContentSource } from '../core/content-source';
import { IMMUTABLE, rendererCache, safeSegments } from '../shared/http-policy';
import { fileResponse, textResponse } from './file-response';

/** The renderer's scheme and origin: a custom protocol, never `file://`. */
export const APP_SCHEME = 'app';
/** The one host of app://: every page and file of the kiosk lives under it. */
export const APP_HOST = 'kiosk';
/** Our origin; navigation and IPC are allowed from it alone. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Where the renderer starts, and restarts after a crash: the attract loop. */
export const APP_START_URL = `${APP_ORIGIN}/`;
/** Path under which pack media is served, like the web host's `/pack/`. */
export const MEDIA_PATH = '/pack/';
/**
 * URL prefix of pack media, passed to the core as `mediaBase`. Media shares the
 * renderer's origin so the shared CSP (`media-src 'self'`) admits it and captions
 * and audio load without CORS; a second scheme would need both loosened.
 */
export const MEDIA_BASE = `${APP_ORIGIN}${MEDIA_PATH}`;

/**
 * Declares app:// privileged; must run before `app` is ready. standard + secure give
 * it a real origin with secure-context APIs, supportFetchAPI lets the renderer fetch
 * from it, stream lets <audio>/<video> consume range responses as they arrive, and
 * codeCache lets V8 reuse compiled scripts, so a reload after a crash is quicker.
 */
export const registerPrivilegedSchemes = (protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void => {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
};

/** What the app:// handler serves from. */
export type AppProtocolDeps = Readonly<{
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  content: ContentSource;
  log: AppLog;
}>;

/**
 * The app:// request handler: the built renderer at `/`, pack media under `/pack/<key>/`.
 * Mirrors the web host's routes; every answer carries the renderer CSP.
 */
export const createAppRequestHandler =
  (deps: AppProtocolDeps) =>
  async (request: Request): Promise<Response> => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'method not allowed');
      const url = new URL(request.url);
      if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return textResponse(404, 'not found');
      const segments = safeSegments(url.pathname);
      if (!segments) return textResponse(400, 'bad path');
      if (url.pathname.startsWith(MEDIA_PATH)) return await mediaResponse(request, deps.content, segments.slice(1));
      return await rendererResponse(request, deps.rendererDir, segments);
    } catch (error) {
      deps.log.error('app:// request failed', error);
      return textResponse(500, 'internal error');
    }
  };

/** Installs the app:// handler on a session's protocol (after `app` is ready). */
export const registerAppProtocol = (protocol: Pick<Protocol, 'handle'>, deps: AppProtocolDeps): void => {
  protocol.handle(APP_SCHEME, createAppRequestHandler(deps));
};

const mediaResponse = async (request: Request, content: ContentSource, segments: string[]): Promise<Response> => {
  const [key, ...rest] = segments;
  const file = key && rest.length > 0 ? content.resolveMedia(key, rest.join('/')) : null;
  if (!file) return textResponse(404, 'not found');
  return fileResponse(request, file, IMMUTABLE);
};

const rendererResponse = async (request: Request, rendererDir: string, segments: string[]): Promise<Response> => {
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const file = confinedPath(rendererDir, relative);
  if (!file) return textResponse(404, 'not found');
  return fileResponse(request, file, rendererCache(relative));
};
