import { PAGE_COOKIE } from '../../../electron/web/page-id';

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
export type SendItem = Readonly<{ name: string; input: unknown }>;

/**
 * One renderer page on the web host, as a browser holds it: the page cookie
 * the host set with index.html goes with every call, so the core scopes the
 * page's visits to it (electron/web/page-id.ts).
 */
export type PageClient = Readonly<{
  /** `POST /api/send`: one answer per item, index-aligned; throws when the whole batch is refused. */
  send(items: readonly SendItem[]): Promise<Answer[]>;
  /** `POST /api/call/<name>`. */
  call(name: string, input: unknown): Promise<Answer>;
}>;

const post = async (url: string, cookie: string, body: unknown): Promise<unknown> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(answer)}`);
  return answer;
};

/** Loads index.html like a browser tab and keeps the page cookie it gets. */
export const openPage = async (baseUrl: string): Promise<PageClient> => {
  const response = await fetch(baseUrl);
  await response.text();
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith(`${PAGE_COOKIE}=`)) throw new Error(`no page cookie from ${baseUrl}`);
  return {
    send: (items) => post(`${baseUrl}api/send`, cookie, items) as Promise<Answer[]>,
    call: (name, input) => post(`${baseUrl}api/call/${encodeURIComponent(name)}`, cookie, input) as Promise<Answer>,
  };
};
