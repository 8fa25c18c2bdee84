/**
 * Howler, set up for narration: every narration is a `Howl` with `html5: true`
 * (long files stream through an HTML5 Audio element instead of being decoded
 * whole into Web Audio buffers), and the elements come from howler's own HTML5
 * Audio pool (`Howler._html5AudioPool`), topped up here with elements that
 * live, hidden, in the document. Only narration-audio.ts uses this module.
 */
import { Howl, Howler } from 'howler';

/** What howler keeps but does not declare in its types: the HTML5 Audio pool its Howls take their element from. */
type HowlerPool = { _html5AudioPool: PoolNode[] };
/** Howler's flag on an element it may hand out again (see configureHowler). */
type PoolNode = HTMLAudioElement & { _unlocked?: boolean };

/** A narration file under howler: its Howl and the element howler plays it through. */
export type PooledHowl = Readonly<{ src: string; howl: Howl; node: HTMLAudioElement }>;

/** Howler's events this module records for tests (window.__howlerEvents), oldest first. */
export type HowlerEventRecord = Readonly<{ event: string; src: string; at: number }>;

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting a global needs interface merging
  interface Window {
    /** Test hook: howler's own events (load, play, pause, end, errors) per file, the last HOWLER_EVENTS_KEPT. */
    __howlerEvents?: HowlerEventRecord[];
  }
}

/** Howler events kept in the test hook: enough for a visit, bounded for a kiosk that runs for months. */
const HOWLER_EVENTS_KEPT = 200;

/**
 * - No Web Audio: every narration is HTML5 audio, so an AudioContext would only
 *   run an audio thread drawing silence on a 2-core PC.
 * - No auto-unlock: howler's unlock needs that AudioContext, and on the first tap it
 *   would call load() on every pooled element not yet marked unlocked (ten
 *   pipeline restarts inside a tap). Chromium's autoplay rule is per document,
 *   not per element: the Electron shell allows playback without a gesture, and
 *   in a browser the first narration follows a tap. So the elements added to
 *   howler's pool here are marked unlocked (`_unlocked`, howler's flag), and
 *   howler takes each back into its pool when its Howl is unloaded.
 */
export const configureHowler = (poolSize: number): void => {
  Howler.usingWebAudio = false;
  Howler.autoUnlock = false;
  Howler.html5PoolSize = poolSize;
};

const mediaTime = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime');

/**
 * An element for howler's pool. Hidden in the document, so the page (tests,
 * the bench's "playing" probe) sees the element that really plays.
 *
 * Its `currentTime` ignores a write of the position it already has: howler's
 * play() always writes the start position, and Chromium treats that as a seek
 * even at 0; on a media pipeline suspended after 15 s idle the seek restarts it
 * (140 ms at 4× CPU, against 25–40 ms for a plain play()).
 */
const createNode = (): PoolNode => {
  const node: PoolNode = document.createElement('audio');
  node._unlocked = true;
  node.preload = 'auto';
  node.hidden = true;
  const get = mediaTime?.get;
  const set = mediaTime?.set;
  if (get && set) {
    Object.defineProperty(node, 'currentTime', {
      configurable: true,
      get(this: HTMLAudioElement) {
        return get.call(this) as number;
      },
      set(this: HTMLAudioElement, value: number) {
        if (get.call(this) !== value) set.call(this, value);
      },
    });
  }
  document.body.append(node);
  return node;
};

const record = (event: string, src: string) => {
  const events = (window.__howlerEvents ??= []);
  events.push({ event, src, at: performance.now() });
  if (events.length > HOWLER_EVENTS_KEPT) events.splice(0, events.length - HOWLER_EVENTS_KEPT);
};

/**
 * A Howl for `src`, loading at once (preload) through an element from
 * howler's pool: one it took back from an unloaded Howl, or a new one added
 * now. A Howl takes the last element of the pool, so the element is known.
 */
export const createPooledHowl = (src: string): PooledHowl => {
  const pool = (Howler as unknown as HowlerPool)._html5AudioPool;
  if (pool.length === 0) pool.push(createNode());
  const node = pool[pool.length - 1] as HTMLAudioElement;
  // pool: 1 — one sound per file; play() with the sound's id never makes a second element.
  const howl = new Howl({ src: [src], html5: true, preload: true, pool: 1 });
  for (const event of ['load', 'loaderror', 'play', 'playerror', 'pause', 'end', 'seek'] as const) {
    howl.on(event, () => record(event, src));
  }
  return { src, howl, node };
};

/** Whether the element still holds the file (tests empty elements to imitate a cold start). */
export const stillHolds = (entry: PooledHowl): boolean =>
  entry.howl.state() !== 'unloaded' && entry.node.getAttribute('src') === entry.src;

/** Settles when `entry` has loaded, failed, or after `timeoutMs` (a stalled load must not stop the pool). */
export const howlLoaded = (entry: PooledHowl, timeoutMs = 5000): Promise<void> =>
  new Promise<void>((resolve) => {
    if (entry.howl.state() === 'loaded' || !stillHolds(entry)) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      entry.howl.off('load', done);
      entry.howl.off('loaderror', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    entry.howl.once('load', done);
    entry.howl.once('loaderror', done);
  });

/** Global narration volume (0–1): howler sets it on every element it plays through. */
export const setHowlerVolume = (volume: number): void => {
  Howler.volume(volume);
};
