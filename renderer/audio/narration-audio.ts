/**
 * The one audio module: every narration plays through howler (one `Howl` a
 * file, HTML5 audio, elements from howler's pool: audio/howl-pool.ts). The
 * narrating Howl's element carries data-testid "narration-audio", so tests
 * watch real playback (paused, currentTime, src); the other Howls keep the
 * pack's other narrations buffered (loaded in idle time, most likely first:
 * narration/pool-plan.ts), so a tap finds its narration ready to play.
 */
import { afterNextPaint, showAfterFeedback } from '../api/after-paint';
import { configureHowler, setHowlerVolume, type PooledHowl } from './howl-pool';
import { createNarrationBuffer } from './narration-buffer';

export type NarrationStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error';

export type NarrationState = Readonly<{
  src: string | null;
  status: NarrationStatus;
  positionMs: number;
  durationMs: number;
  volume: number;
}>;

/** What happened, for the visit log. */
export type NarrationEvent = Readonly<{
  kind: 'started' | 'paused' | 'completed' | 'stopped';
  positionMs: number;
}>;

/** Volume a visit starts with and returns to after idle reset. */
export const DEFAULT_VOLUME = 0.8;

/**
 * Narrations (Howls, one element each) kept at most: every narration of the default pack (five
 * chapters, two languages) and a spare. An element holds one file (≈ 0.5 MB)
 * and, while idle, a suspended media pipeline.
 */
export const NARRATION_POOL_SIZE = 11;

configureHowler(NARRATION_POOL_SIZE);

/** The narrating Howl (also in the buffer). */
let active: PooledHowl | null = null;
/** Each Howl's one sound, by its id, once it has played (howler's calls take it, so none makes a second sound). */
const soundIds = new WeakMap<PooledHowl, number>();
const idOf = (entry: PooledHowl | null) => (entry ? soundIds.get(entry) : undefined);
/**
 * Howls whose play() has not yet led to howler's play event. Howler queues a
 * pause or seek called meanwhile behind a play task that is not there, and
 * never runs it; so such a Howl is paused by its play listener instead.
 */
const playPending = new WeakSet<PooledHowl>();
/** Whether the kiosk wants the narrating Howl to play (a play event after a pause asked for is stale). */
let wantPlaying = false;
let state: NarrationState = {
  src: null,
  status: 'idle',
  positionMs: 0,
  durationMs: 0,
  volume: DEFAULT_VOLUME,
};
const stateListeners = new Set<() => void>();
const eventListeners = new Set<(event: NarrationEvent) => void>();

const notify = () => {
  for (const listener of stateListeners) listener();
};
let notifying = false;
/**
 * A change asked for by the kiosk (often in a tap): the state changes at
 * once, its readers hear of it after the next frame. Synchronous, a tap that
 * stopped one narration and started the next re-rendered the chapter's
 * controls inside the tap, twice, before the tap's own feedback could be drawn.
 */
const set = (patch: Partial<NarrationState>) => {
  state = { ...state, ...patch };
  if (notifying) return;
  notifying = true;
  showAfterFeedback(() => {
    notifying = false;
    notify();
  });
};
/**
 * A change howler reports (start, end, position): readers hear of it now, in
 * its own task. Waiting for a frame here asked for one four times a second,
 * and a frame asked for while a new chapter's art is still rastering is a long frame.
 */
const report = (patch: Partial<NarrationState>) => {
  state = { ...state, ...patch };
  if (!notifying) notify();
};
const emit = (kind: NarrationEvent['kind']) => {
  for (const listener of eventListeners) listener({ kind, positionMs: state.positionMs });
};
const positionOf = (entry: PooledHowl) => Math.round(entry.howl.seek() * 1000);
const durationOf = (entry: PooledHowl) => Math.round(entry.howl.duration() * 1000);

/** How often the position is read while a narration plays: as often as an audio element's timeupdate. */
const POSITION_TICK_MS = 250;
let ticker: ReturnType<typeof setInterval> | null = null;
const tick = (playing: boolean) => {
  if (ticker !== null && !playing) clearInterval(ticker);
  if (!playing) ticker = null;
  else
    ticker ??= setInterval(() => {
      if (active && state.status === 'playing') report({ positionMs: positionOf(active) });
    }, POSITION_TICK_MS);
};

/** Listens to howler's events of `entry`; they count only while it is the narrating one. */
const listen = (entry: PooledHowl) => {
  const isActive = () => entry === active && state.src === entry.src;
  entry.howl.on('load', () => {
    if (isActive()) report({ durationMs: durationOf(entry) });
  });
  entry.howl.on('play', (id) => {
    playPending.delete(entry);
    // Stopped or paused while play() was pending.
    if (!isActive() || !wantPlaying) {
      entry.howl.pause(id);
      if (!isActive()) rewindWhenIdle(entry, id);
      return;
    }
    report({ status: 'playing', positionMs: positionOf(entry), durationMs: durationOf(entry) });
    tick(true);
    emit('started');
  });
  entry.howl.on('pause', () => {
    if (!isActive() || state.status !== 'playing' || wantPlaying) return;
    tick(false);
    report({ status: 'paused', positionMs: positionOf(entry) });
    emit('paused');
  });
  entry.howl.on('end', () => {
    if (!isActive()) return;
    wantPlaying = false;
    tick(false);
    // Howler rewinds the element on end; the narration is heard to its last moment.
    report({ status: 'ended', positionMs: durationOf(entry) });
    emit('completed');
  });
  const failed = () => {
    playPending.delete(entry);
    if (isActive()) report({ status: 'error' });
  };
  entry.howl.on('loaderror', failed);
  entry.howl.on('playerror', failed);
};

const buffer = createNarrationBuffer({ size: NARRATION_POOL_SIZE, narrating: () => active, onCreate: listen });

/** Makes `entry` the narrating one (the one tests and the UI watch). */
const promote = (entry: PooledHowl) => {
  if (active && active !== entry) delete active.node.dataset.testid;
  entry.node.dataset.testid = 'narration-audio';
  active = entry;
};

/** Plays the narrating Howl from where it stands (no seek: see howl-pool's createNode). */
const start = (entry: PooledHowl) => {
  wantPlaying = true;
  if (playPending.has(entry)) return;
  playPending.add(entry);
  soundIds.set(entry, entry.howl.play(idOf(entry)));
};

/** Moves a stopped narration back to the start in idle time, so its next start needs no seek (a seek on an idle pipeline took 140 ms at 4×). */
const rewindWhenIdle = (entry: PooledHowl, id: number | undefined) =>
  requestIdleCallback(() => {
    const narrating = entry === active && state.src !== null;
    if (narrating || id === undefined || entry.howl.playing(id)) return;
    if (entry.howl.seek(id) !== 0) entry.howl.seek(0, id);
  });

/** The current state. */
export const getNarrationState = (): NarrationState => state;

/** Subscribes to state changes; returns the unsubscribe function. */
export const subscribeNarration = (listener: () => void): (() => void) => {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
};

/** Subscribes to started/paused/completed/stopped (for the visit log). */
export const onNarrationEvent = (listener: (event: NarrationEvent) => void): (() => void) => {
  eventListeners.add(listener);
  return () => eventListeners.delete(listener);
};

/** A start waiting for the tap's frame (see playNarration); a stop drops it, pause/resume mark it. */
let pending: { src: string; paused: boolean } | null = null;

/**
 * Stops whatever plays (logging "stopped" if it was under way) and plays `src`
 * from the start. A buffered narration starts in the tap: that is one
 * howl.play() call. Otherwise the state says "loading" at once and the Howl is
 * created and started right after the tap's feedback frame: loading in the tap
 * held that frame back by 20 ms at 1× CPU, 50–80 ms at 4×.
 */
export const playNarration = (src: string): void => {
  stopNarration();
  set({ src, status: 'loading', positionMs: 0, durationMs: 0 });
  if (buffer.buffered(src)) {
    begin(src, false);
    return;
  }
  const request = { src, paused: false };
  pending = request;
  afterNextPaint(() => {
    if (pending !== request) return;
    pending = null;
    begin(src, request.paused);
  });
};

const begin = (src: string, paused: boolean) => {
  const entry = buffer.acquire(src);
  promote(entry);
  // A stopped narration is rewound in idle time; one stopped just now is rewound here.
  const id = idOf(entry);
  if (id !== undefined && !playPending.has(entry) && entry.howl.seek(id) !== 0) entry.howl.seek(0, id);
  if (entry.howl.state() === 'loaded') set({ durationMs: durationOf(entry) });
  if (!paused) start(entry);
};

/**
 * Keeps `sources` buffered, most wanted first (narrationPoolPlan): the
 * missing ones load in idle time, one at a time, into free elements or in
 * place of files no longer wanted. Nothing is unloaded in a tap.
 */
export const bufferNarrations = (sources: readonly string[]): void => buffer.want(sources);

/** Pauses; resume continues from the same place. */
export const pauseNarration = (): void => {
  if (pending) {
    pending.paused = true;
    set({ status: 'paused' });
    return;
  }
  wantPlaying = false;
  // Asked to play but not playing yet: howler's pause event will come after its play event, which is ignored.
  if (state.status === 'loading') set({ status: 'paused' });
  const id = idOf(active);
  if (active && id !== undefined && !playPending.has(active)) active.howl.pause(id);
};

/** Resumes after a pause, or restarts after the end (howler rewinds an ended sound). */
export const resumeNarration = (): void => {
  if (pending) {
    pending.paused = false;
    set({ status: 'loading' });
    return;
  }
  if (!active || !state.src) return;
  start(active);
};

/** Plays the current narration again from the start. */
export const replayNarration = (): void => {
  if (pending) {
    pending.paused = false;
    set({ status: 'loading' });
    return;
  }
  const entry = active;
  if (!entry || !state.src) return;
  set({ positionMs: 0 });
  // Playing, howler's seek pauses, moves and plays again itself; else the start below plays from 0.
  const id = idOf(entry);
  // Still starting: it is at the start already.
  if (playPending.has(entry)) wantPlaying = true;
  else {
    if (id !== undefined) entry.howl.seek(0, id);
    if (id === undefined || !entry.howl.playing(id)) start(entry);
    else wantPlaying = true;
  }
};

/**
 * Stops the narration (logging "stopped" if it was playing or paused mid-way)
 * and keeps it buffered, rewound in idle time: leaving a chapter, the visit or
 * a language, the same narration may well be asked for again. Unloading cost
 * the tap a media pipeline teardown. A pause, not howler's stop(): stop()
 * rewinds at once, a seek inside the tap.
 */
export const stopNarration = (): void => {
  const wasPending = pending !== null;
  pending = null;
  const entry = active;
  if (entry && !wasPending && (state.status === 'playing' || state.status === 'paused')) emit('stopped');
  wantPlaying = false;
  tick(false);
  // Before pause(), so the pause listener does not log "paused".
  if (state.src !== null || state.status !== 'idle') set({ status: 'idle', src: null, positionMs: 0, durationMs: 0 });
  const id = idOf(entry);
  // A pending start is paused (and rewound) by its play listener.
  if (!entry || id === undefined || playPending.has(entry)) return;
  entry.howl.pause(id);
  rewindWhenIdle(entry, id);
};

/** Sets the volume (0–1) of every narration. */
export const setNarrationVolume = (volume: number): void => {
  const v = Math.min(1, Math.max(0, Math.round(volume * 100) / 100));
  setHowlerVolume(v);
  set({ volume: v });
};

setHowlerVolume(DEFAULT_VOLUME);

/**
 * Plays the current narration from `positionMs` (the transcript's tap on a
 * sentence), whether it was playing, paused or ended. The position is known
 * at once, so a paused transcript shows the new place before the sound starts.
 * Not for a narration still waiting for its tap's frame or its file: it starts
 * from the beginning then, as a tap on play would.
 */
export const seekNarration = (positionMs: number): void => {
  const entry = active;
  if (pending || !entry || !state.src || entry.howl.state() !== 'loaded') return;
  const seconds = Math.min(Math.max(0, positionMs), durationOf(entry)) / 1000;
  const id = idOf(entry);
  const starting = playPending.has(entry);
  // A playing sound howler pauses, moves and plays again itself; a paused or ended one is started from there.
  const playing = !starting && id !== undefined && entry.howl.playing(id);
  if (!starting && id !== undefined) entry.howl.seek(seconds, id);
  if (playing || starting) wantPlaying = true;
  else start(entry);
  // howler queues a seek behind a play still under way and never runs it: that element is moved directly.
  if (playPending.has(entry)) entry.node.currentTime = seconds;
  set({ positionMs: Math.round(seconds * 1000) });
};
