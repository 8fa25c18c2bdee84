import { useEffect, useState } from 'react';
import { parseVtt, type Cue } from '../content/vtt';

const cache = new Map<string, Promise<Cue[]>>();

const load = (url: string): Promise<Cue[]> => {
  let cues = cache.get(url);
  if (!cues) {
    cues = fetch(url)
      .then((response) => (response.ok ? response.text() : ''))
      .then(parseVtt)
      .catch(() => []);
    cache.set(url, cues);
  }
  return cues;
};

/** The cues of a WebVTT file (empty until loaded, or if it cannot be read). Cached per URL. */
export const useCaptions = (url: string | null): readonly Cue[] => {
  const [loaded, setLoaded] = useState<Readonly<{
    url: string;
    cues: readonly Cue[];
  }> | null>(null);
  useEffect(() => {
    if (!url) return undefined;
    let live = true;
    void load(url).then((cues) => {
      if (live) setLoaded({ url, cues });
    });
    return () => {
      live = false;
    };
  }, [url]);
  return loaded && loaded.url === url ? loaded.cues : [];
};
