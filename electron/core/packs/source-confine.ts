import { isWithin, resolveConfined } from '../removable/confine';

/**
 * Confines a `packs:install` source: resolved (realpath, then checked) inside
 * removable media or an import root, never in the data dir. Returns null for
 * anything else, a missing path included, so the refusal says only "outside"
 * and the caller learns nothing about the file system. When the first check
 * fails, one fresh media scan is tried (a stick mounted since the last poll).
 */
export const confineSource = async (
  source: string,
  roots: (fresh: boolean) => Promise<string[]>,
  dataDir: string,
): Promise<{ real: string; volume: string } | null> => {
  for (const fresh of [false, true]) {
    const within = await roots(fresh);
    const real = await resolveConfined(source, within, [dataDir]);
    const volume = real && within.filter((r) => isWithin(real, r)).sort((a, b) => b.length - a.length)[0];
    if (real && volume) return { real, volume };
  }
  return null;
};
