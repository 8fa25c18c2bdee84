/**
 * The narrations kept buffered: one Howl a file, at most `size`, the most
 * wanted first (narration/pool-plan.ts says which). Missing ones load in idle
 * time, one at a time; a Howl no longer wanted is unloaded only to make room,
 * in idle time, and its element goes back to howler's pool for the next one.
 * Nothing here runs in a tap except `buffered()`, a lookup.
 */
import { createPooledHowl, howlLoaded, stillHolds, type PooledHowl } from './howl-pool';

export type NarrationBuffer = Readonly<{
  /** The Howl holding `src` (loaded or loading), if any. */
  buffered: (src: string) => PooledHowl | null;
  /** A Howl for `src`: the buffered one, or a new one (after the tap's frame: creating it starts a load). */
  acquire: (src: string) => PooledHowl;
  /** Keeps `sources` buffered, most wanted first; the missing ones load in idle time. */
  want: (sources: readonly string[]) => void;
  /** Every Howl kept (for the volume and tests). */
  all: () => readonly PooledHowl[];
}>;

export type NarrationBufferOptions = Readonly<{
  size: number;
  /** The Howl narrating now: never unloaded. */
  narrating: () => PooledHowl | null;
  /** Called for each new Howl, to listen to its events. */
  onCreate: (entry: PooledHowl) => void;
}>;

/** Builds the buffer; one per page. */
export const createNarrationBuffer = ({ size, narrating, onCreate }: NarrationBufferOptions): NarrationBuffer => {
  const entries: PooledHowl[] = [];
  let wanted: readonly string[] = [];

  /** Lower is more wanted; a file nobody wants ranks last. */
  const rank = (src: string) => {
    const index = wanted.indexOf(src);
    return index < 0 ? Number.POSITIVE_INFINITY : index;
  };
  const drop = (entry: PooledHowl) => {
    entries.splice(entries.indexOf(entry), 1);
    // Howler sets a silent data: URL on the element and takes it back into its pool.
    entry.howl.unload();
  };
  /** Drops Howls whose element no longer holds their file (emptied by a test imitating a cold start). */
  const dropStale = () => {
    for (const entry of entries.filter((e) => !stillHolds(e) && e !== narrating())) drop(entry);
  };
  const buffered = (src: string) => entries.find((e) => e.src === src && stillHolds(e)) ?? null;

  /** Room for a file ranked `forRank`: free while below `size`, else by unloading the least wanted below that rank. */
  const makeRoom = (forRank: number): boolean => {
    dropStale();
    if (entries.length < size) return true;
    const others = entries.filter((e) => e !== narrating());
    const leastWanted = others.sort((x, y) => rank(y.src) - rank(x.src))[0];
    if (!leastWanted || rank(leastWanted.src) <= forRank) return false;
    drop(leastWanted);
    return true;
  };
  const create = (src: string) => {
    const entry = createPooledHowl(src);
    entries.push(entry);
    onCreate(entry);
    return entry;
  };

  let loadBusy = false;
  /**
   * Loads the most wanted file not buffered, in idle time, one at a time: a
   * load's pipeline work runs on the main thread, and several at once (or in
   * a tap) held taps back.
   */
  const loadNext = () => {
    if (loadBusy || !wanted.some((src) => !buffered(src))) return;
    loadBusy = true;
    requestIdleCallback(() => {
      const src = wanted.find((candidate) => !buffered(candidate));
      if (!src || !makeRoom(rank(src))) {
        loadBusy = false;
        return;
      }
      void howlLoaded(create(src)).then(() => {
        loadBusy = false;
        loadNext();
      });
    });
  };

  return {
    buffered,
    acquire: (src) => {
      const held = buffered(src);
      if (held) return held;
      // The visitor's narration goes in even when every kept one is more wanted.
      makeRoom(-1);
      return create(src);
    },
    want: (sources) => {
      wanted = sources.slice(0, size);
      loadNext();
    },
    all: () => entries,
  };
};
