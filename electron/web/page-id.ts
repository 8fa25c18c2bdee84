import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Cookie naming the renderer page load a request comes from (see docs/visit-log.md "Pages own their visits"). */
export const PAGE_COOKIE = 'kiosk_page';

/** The page of requests without our cookie (curl, a script): they share one page and reach no real page's visits. */
export const NO_PAGE = 'no-page';

const PAGE_ID = /^[A-Za-z0-9_-]{22}$/;

const cookieValue = (req: IncomingMessage): string | null => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === PAGE_COOKIE && value && PAGE_ID.test(value)) return value;
  }
  return null;
};

/** The page id a call carries: the cookie set with index.html, else NO_PAGE. */
export const pageIdOf = (req: IncomingMessage): string => cookieValue(req) ?? NO_PAGE;

/**
 * Issues a fresh page id with index.html: HttpOnly (page scripts cannot read or
 * copy it), SameSite=Strict (no other site's page can send it). The id the
 * request still carried belongs to the page being replaced (a reload): `gone`
 * lets the core close that page's open visits.
 */
export const issuePageId = (req: IncomingMessage, res: ServerResponse, gone: (pageId: string) => void): void => {
  const previous = cookieValue(req);
  res.setHeader('Set-Cookie', `${PAGE_COOKIE}=${randomBytes(16).toString('base64url')}; Path=/; HttpOnly; SameSite=Strict`);
  if (previous) gone(previous);
};
