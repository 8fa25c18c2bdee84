/**
 * The one audio module: owns the narration <audio> elements and every
 * playback call. One element narrates (in the DOM, hidden, data-testid
 * "narration-audio", so tests can watch real playback: paused, currentTime,
 * src); a couple more preload the chapters a visitor is likely to open next,
 * so a tap on "next" finds its narration buffered and decoding-ready.
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

/** Preloaded elements kept at most (the neighbours of the current chapter). */
const SPARES = 2;

let element: HTMLAudioElement | null = null;
let spares: HTMLAudioElement[] = [];
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

const unload = (el: HTMLAudioElement) => {
  el.pause();
  el.removeAttribute('src');
  el.load();
};

const audio = (): HTMLAudioElement => element ?? promote(createElement());

/**
 * Takes the spare that has preloaded `src`, if any. The element it replaces
 * becomes a spare still holding its narration (often the chapter just left, a
 * likely "previous"); preloadNarrations decides later whether to keep it.
 * Unloading it here cost the tap a media pipeline teardown.
 */
const takeSpare = (src: string): HTMLAudioElement | null => {
  const spare = spares.find((el) => el.getAttribute('src') === src);
  if (!spare) return null;
  spares = spares.filter((el) => el !== spare);
  if (element) {
    delete element.dataset.testid;
    spares.push(element);
  }
  return spare;
};

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
 * from the start. A buffered narration (a spare) starts in the tap: that is
 * one play() call. Otherwise the state says "loading" at once and the element
 * work (creating, loading, play()) runs right after the tap's feedback frame:
 * in the tap it held that frame back by 20 ms at 1× CPU, 50–80 ms at 4×.
 */
export const playNarration = (src: string): void => {
  haltNarration();
  set({ src, status: 'loading', positionMs: 0, durationMs: 0 });
  if (spares.some((el) => el.getAttribute('src') === src)) {
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
  const spare = takeSpare(src);
  if (!spare && element) unload(element);
  const el = spare ? promote(spare) : audio();
  if (!spare) el.src = src;
  el.currentTime = 0;
  if (Number.isFinite(el.duration)) set({ durationMs: Math.round(el.duration * 1000) });
  if (!paused) start(el);
};

/** Buffers the narrations likely to be asked for next (the last `SPARES` given win; others are unloaded). */
export const preloadNarrations = (sources: readonly string[]): void => {
  const wanted = sources.filter((src) => src !== state.src).slice(-SPARES);
  const keep = spares.filter((el) => wanted.includes(el.getAttribute('src') ?? ''));
  const free = spares.filter((el) => !keep.includes(el));
  for (const src of wanted) {
    if (keep.some((el) => el.getAttribute('src') === src)) continue;
    const el = free.pop() ?? createElement();
    el.src = src;
    el.load();
    keep.push(el);
  }
  for (const el of free) unload(el);
  spares = [...keep, ...free];
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
 * but keeps it buffered: leaving a chapter for the next one, the element becomes
 * a spare for "previous"; unloading it cost the tap a media pipeline teardown.
 */
export const haltNarration = (): void => {
  const wasPending = pending !== null;
  pending = null;
  const el = element;
  if (!el) return;
  if (!wasPending && (state.status === 'playing' || state.status === 'paused')) emit('stopped');
  set({ status: 'idle', src: null, positionMs: 0, durationMs: 0 }); // before pause() so the pause listener does not log "paused"
  el.pause();
};

/** Stops and unloads; logs "stopped" if narration was playing or paused mid-way. */
export const stopNarration = (): void => {
  haltNarration();
  if (element) unload(element);
};

/** Sets the volume (0–1). */
export const setNarrationVolume = (volume: number): void => {
  const v = Math.min(1, Math.max(0, Math.round(volume * 100) / 100));
  audio().volume = v;
  for (const el of spares) el.volume = v;
  set({ volume: v });
};
