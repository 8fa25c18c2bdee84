/**
 * The one audio module: owns the narration <audio> elements and every
 * playback call. One element narrates (in the DOM, hidden, data-testid
 * "narration-audio", so tests can watch real playback: paused, currentTime,
 * src); the others keep the pack's other narrations buffered (a pool loaded in
 * idle time, most likely first: narration/pool-plan.ts), so a tap finds its
 * narration ready to play.
 */
import { afterNextPaint, showAfterFeedback } from '../api/after-paint';

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
 * Narration elements kept at most: every narration of the default pack (five
 * chapters, two languages) and a spare. An element holds one file (≈ 0.5 MB)
 * and, while idle, a suspended media pipeline.
 */
export const NARRATION_POOL_SIZE = 11;

/** The narrating element (also in the pool). */
let element: HTMLAudioElement | null = null;
/** Every narration element, each holding the file its src names (none: free). */
const pool: HTMLAudioElement[] = [];
/** What the pool should hold, most wanted first (set by bufferNarrations). */
let wanted: readonly string[] = [];
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
 * A change the audio element reports (position, start, end): readers hear of
 * it now, in the media event's own task. Waiting for a frame here asked for
 * one four times a second, and a frame asked for while a new chapter's art
 * is still rastering is a long frame.
 */
const report = (patch: Partial<NarrationState>) => {
  state = { ...state, ...patch };
  if (!notifying) notify();
};
const emit = (kind: NarrationEvent['kind']) => {
  const positionMs = Math.round((element?.currentTime ?? 0) * 1000);
  for (const listener of eventListeners) listener({ kind, positionMs });
};
const positionOf = (audio: HTMLAudioElement) => Math.round(audio.currentTime * 1000);

/** A hidden audio element whose events count only while it is the narrating one. */
const createElement = (): HTMLAudioElement => {
  const el = document.createElement('audio');
  el.preload = 'auto';
  el.hidden = true;
  el.volume = state.volume;
  const active = () => el === element;
  el.addEventListener('playing', () => {
    if (!active()) return;
    report({ status: 'playing', positionMs: positionOf(el) });
    emit('started');
  });
  el.addEventListener('pause', () => {
    if (!active() || el.ended || state.status !== 'playing') return;
    report({ status: 'paused', positionMs: positionOf(el) });
    emit('paused');
  });
  el.addEventListener('ended', () => {
    if (!active()) return;
    report({ status: 'ended', positionMs: positionOf(el) });
    emit('completed');
  });
  el.addEventListener('timeupdate', () => {
    if (active()) report({ positionMs: positionOf(el) });
  });
  el.addEventListener('durationchange', () => {
    if (active()) report({ durationMs: Number.isFinite(el.duration) ? Math.round(el.duration * 1000) : 0 });
  });
  el.addEventListener('error', () => {
    if (active() && el.getAttribute('src')) report({ status: 'error' });
  });
  document.body.append(el);
  return el;
};

/** Makes `el` the narrating element (the one tests and the UI watch). */
const promote = (el: HTMLAudioElement): HTMLAudioElement => {
  if (element && element !== el) delete element.dataset.testid;
  el.dataset.testid = 'narration-audio';
  el.volume = state.volume;
  element = el;
  return el;
};

const srcOf = (el: HTMLAudioElement) => el.getAttribute('src');
/** The element holding `src`, if any. */
const holding = (src: string) => pool.find((el) => srcOf(el) === src) ?? null;
/** Lower is more wanted; a file nobody wants ranks last. */
const rank = (src: string | null) => {
  const index = src === null ? -1 : wanted.indexOf(src);
  return index < 0 ? Number.POSITIVE_INFINITY : index;
};

/**
 * An element for a file ranked `forRank`: a free one, a new one while the
 * pool has room, or the least wanted one below that rank. Never the narrating one.
 */
const slotFor = (forRank: number): HTMLAudioElement | null => {
  const others = pool.filter((el) => el !== element);
  const free = others.find((el) => srcOf(el) === null);
  if (free) return free;
  if (pool.length < NARRATION_POOL_SIZE) {
    const el = createElement();
    pool.push(el);
    return el;
  }
  const leastWanted = others.sort((x, y) => rank(srcOf(y)) - rank(srcOf(x)))[0];
  return leastWanted && rank(srcOf(leastWanted)) > forRank ? leastWanted : null;
};

/** Settles when `el` has buffered its file, failed, or after `timeoutMs` (a stalled load must not stop the pool). */
const loaded = (el: HTMLAudioElement, timeoutMs = 5000) =>
  new Promise<void>((resolve) => {
    if (el.readyState >= HTMLMediaElement.HAVE_ENOUGH_DATA) {
      resolve();
      return;
    }
    const events = ['canplaythrough', 'error', 'emptied'] as const;
    const done = () => {
      clearTimeout(timer);
      for (const name of events) el.removeEventListener(name, done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    for (const name of events) el.addEventListener(name, done);
  });

/** A load scheduled or under way (one at a time). */
let loadBusy = false;
/**
 * Loads the most wanted file the pool lacks, in idle time, one at a time: a
 * load's pipeline work runs on the main thread, and several at once (or in a
 * tap) held taps back.
 */
const loadNext = () => {
  if (loadBusy || !wanted.some((src) => !holding(src))) return;
  loadBusy = true;
  requestIdleCallback(() => {
    const src = wanted.find((candidate) => !holding(candidate));
    const slot = src === undefined ? null : slotFor(rank(src));
    if (!src || !slot) {
      loadBusy = false;
      return;
    }
    slot.src = src;
    void loaded(slot).then(() => {
      loadBusy = false;
      loadNext();
    });
  });
};

/** Moves a stopped element back to the start in idle time, so its next start needs no seek (a seek on an idle pipeline took 140 ms at 4×). */
const rewindWhenIdle = (el: HTMLAudioElement) =>
  requestIdleCallback(() => {
    const narrating = el === element && state.src !== null;
    if (!narrating && el.paused && el.currentTime !== 0) el.currentTime = 0;
  });

const start = (el: HTMLAudioElement) => {
  el.play().catch((error: unknown) => {
    // AbortError = a newer play/stop superseded this one; anything else is a real failure.
    if (!(error instanceof DOMException && error.name === 'AbortError')) set({ status: 'error' });
  });
};

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
 * from the start. A buffered narration starts in the tap: that is one play()
 * call. Otherwise the state says "loading" at once and the element work
 * (loading, play()) runs right after the tap's feedback frame: in the tap it
 * held that frame back by 20 ms at 1× CPU, 50–80 ms at 4×.
 */
export const playNarration = (src: string): void => {
  stopNarration();
  set({ src, status: 'loading', positionMs: 0, durationMs: 0 });
  if (holding(src)) {
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
  const buffered = holding(src);
  const el = buffered ?? slotFor(-1) ?? createElement();
  if (!pool.includes(el)) pool.push(el);
  promote(el);
  if (!buffered) el.src = src;
  else if (el.currentTime !== 0) el.currentTime = 0;
  if (Number.isFinite(el.duration)) set({ durationMs: Math.round(el.duration * 1000) });
  if (!paused) start(el);
};

/**
 * Keeps `sources` buffered, most wanted first (narrationPoolPlan): the
 * missing ones load in idle time, one at a time, into free elements or in
 * place of files no longer wanted. Nothing is unloaded in a tap.
 */
export const bufferNarrations = (sources: readonly string[]): void => {
  wanted = sources.slice(0, NARRATION_POOL_SIZE);
  loadNext();
};

/** Pauses; resume continues from the same place. */
export const pauseNarration = (): void => {
  if (pending) {
    pending.paused = true;
    set({ status: 'paused' });
    return;
  }
  // Asked to play but not playing yet: its pause event will not say so (nothing had started).
  if (state.status === 'loading') set({ status: 'paused' });
  element?.pause();
};

/** Resumes after a pause, or restarts after the end. */
export const resumeNarration = (): void => {
  if (pending) {
    pending.paused = false;
    set({ status: 'loading' });
    return;
  }
  const el = element;
  if (!el || !state.src) return;
  if (state.status === 'ended') el.currentTime = 0;
  start(el);
};

/** Plays the current narration again from the start. */
export const replayNarration = (): void => {
  if (pending) {
    pending.paused = false;
    set({ status: 'loading' });
    return;
  }
  const el = element;
  if (!el || !state.src) return;
  el.currentTime = 0;
  set({ positionMs: 0 });
  start(el);
};

/**
 * Stops the narration (logging "stopped" if it was playing or paused mid-way)
 * and keeps it buffered, rewound in idle time: leaving a chapter, the visit or
 * a language, the same narration may well be asked for again. Unloading cost
 * the tap a media pipeline teardown.
 */
export const stopNarration = (): void => {
  const wasPending = pending !== null;
  pending = null;
  const el = element;
  if (el && !wasPending && (state.status === 'playing' || state.status === 'paused')) emit('stopped');
  // Before pause(), so the pause listener does not log "paused".
  if (state.src !== null || state.status !== 'idle') set({ status: 'idle', src: null, positionMs: 0, durationMs: 0 });
  if (!el) return;
  el.pause();
  rewindWhenIdle(el);
};

/** Sets the volume (0–1). */
export const setNarrationVolume = (volume: number): void => {
  const v = Math.min(1, Math.max(0, Math.round(volume * 100) / 100));
  for (const el of pool) el.volume = v;
  set({ volume: v });
};
