import type { HandlerMap } from './handlers';
import type { ContentSource } from './content-source';

/** Handlers of the `content:` calls. `mediaBase` is the transport's URL prefix for pack media. */
export const createContentHandlers = (
  source: ContentSource,
  mediaBase: string,
): HandlerMap<'content:active'> => ({
  'content:active': () => ({ manifest: source.manifest(), mediaBase: `${mediaBase}${source.activeKey()}/` }),
});
