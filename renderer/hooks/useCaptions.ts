import { startTransition, useEffect, useState } from 'react';
import { parseVtt, type Cue } from '../content/vtt';

const cache = new Map<string, Promise<Cue[]>>();
/** Cue lists already parsed, for a first render that needs no second one. */
const parsed = new Map<string, readonly Cue[]>();

const load = (url: string): Promise<Cue[]> => {
  let cues = cache.get(url);
  if (!cues) {
    cues = fetch(url)
      .then((response) => (response.ok ? response.text() : ''))
      .then(parseVtt)
      .catch(() => []);
    cues.then(
      (list) => parsed.set(url, list),
      () => undefined,
    );
    cache.set(url, cues);
  }
  return cues;
};

/** Fetches and parses caption files ahead of need (the chapters a visitor is likely to open next). */
export const preloadCaptions = (urls: readonly string[]): void => {
  for (const url of urls) void load(url);
};

type Loaded = Readonly<{ url: string; cues: readonly Cue[] }>;
const loadedNow = (url: string | null): Loaded | null => {
  const cues = url === null ? undefined : parsed.get(url);
  return url !== null && cues ? { url, cues } : null;
};

/**
 * The cues of a WebVTT file (empty until loaded, or if it cannot be read).
 * Cached per URL. Cues arriving later re-render the chapter as a transition:
 * an ordinary update re-rendered the whole chapter screen in one task, in the
 * middle of its entrance (90 ms at 4× CPU).
 */
export const useCaptions = (url: string | null): readonly Cue[] => {
  const [loaded, setLoaded] = useState<Loaded | null>(() => loadedNow(url));
  useEffect(() => {
    if (!url) return undefined;
    let live = true;
    void load(url).then((cues) => {
      if (live) startTransition(() => setLoaded((previous) => (previous?.cues === cues ? previous : { url, cues })));
    });
    return () => {
      live = false;
    };
  }, [url]);
  const cues = loaded && loaded.url === url ? loaded.cues : loadedNow(url)?.cues;
  return cues ?? [];
};
