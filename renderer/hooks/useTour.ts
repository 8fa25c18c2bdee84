import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { ActiveContent } from '../../electron/shared/contract/content';
import type { ChapterId, LanguageCode } from '../../electron/shared/content-pack';
import type { VisitEndReason } from '../../electron/shared/visit-events';
import { afterNextPaint, showAfterFeedback } from '../api/after-paint';
import { kioskApi } from '../api/kiosk-api';
import {
  DEFAULT_VOLUME,
  onNarrationEvent,
  playNarration,
  bufferNarrations,
  setNarrationVolume,
  stopNarration,
  NARRATION_POOL_SIZE,
} from '../audio/narration-audio';
import { mediaUrl } from '../content/localize';
import { narrationPoolPlan } from '../narration/pool-plan';
import { preloadCaptions } from './useCaptions';
import { preloadLayerSvgs } from '../panorama/inline-svg';
import { createVisitLog } from '../tour/visit-log';
import { CHAPTER_COUNT, initialTourState, tourReducer, type TourAction, type TourState } from '../tour/tour-state';

/** The narration audio of chapter `index` in `language`, if the pack has it. */
const narrationUrl = (content: ActiveContent | null, index: number, language: LanguageCode): string | null => {
  const files = content?.manifest.chapters[index]?.narration[language];
  return content && files ? mediaUrl(content.mediaBase, files.audio) : null;
};

/** The WebVTT captions of chapter `index` in `language`, if the pack has them. */
const captionsUrl = (content: ActiveContent | null, index: number, language: LanguageCode): string | null => {
  const files = content?.manifest.chapters[index]?.narration[language];
  return content && files ? mediaUrl(content.mediaBase, files.captions) : null;
};

/** What screens can do: navigation, preferences, and logging of what the visitor did. */
export type TourActions = Readonly<{
  start(language: LanguageCode): void;
  openHub(): void;
  openChapter(index: number): void;
  next(): void;
  previous(): void;
  finish(): void;
  reset(reason: VisitEndReason): void;
  setLanguage(language: LanguageCode): void;
  toggleCaptions(): void;
  toggleLargeText(): void;
  /** Low-reach layout and on-screen reduced motion, for this visit only (tour-state resets them). */
  toggleLowReach(): void;
  toggleReducedMotion(): void;
  hotspotOpened(hotspotId: string, via: 'panorama' | 'list'): void;
  panoramaDragged(distancePx: number, durationMs: number): void;
  transcriptOpened(): void;
}>;

/** The visit's on/off preferences and the event each one's toggle logs. */
type PrefFlag = 'captionsOn' | 'largeText' | 'lowReach' | 'reducedMotion';
type PrefEvent = 'captions-toggled' | 'large-text-toggled' | 'low-reach-toggled' | 'less-motion-toggled';

/**
 * The tour controller: a pure reducer for where the visitor is, plus the side
 * effects of moving around (visit log, dwell times, stopping narration).
 * Actions are stable; they read the latest state from a ref.
 */
/** How a visit starts (settings `defaultVolume`, `captionsOnByDefault`); an admin may change them between visits. */
export type VisitDefaults = Readonly<{ volume: number; captionsOn: boolean }>;
const BUILT_IN_DEFAULTS: VisitDefaults = { volume: DEFAULT_VOLUME, captionsOn: true };

export const useTour = (
  content: ActiveContent | null,
  defaultLanguage: LanguageCode,
  visitDefaults: VisitDefaults = BUILT_IN_DEFAULTS,
): Readonly<{ state: TourState; actions: TourActions }> => {
  const [state, setState] = useState(() => initialTourState(defaultLanguage, visitDefaults.captionsOn));
  const current = useRef(state);
  const deps = useRef({ content, defaultLanguage, visitDefaults });
  useEffect(() => {
    deps.current = { content, defaultLanguage, visitDefaults };
  }, [content, defaultLanguage, visitDefaults]);
  // New defaults (settings loaded or changed on screen) apply at once on the attract loop, never mid-visit.
  const { volume, captionsOn } = visitDefaults;
  useEffect(() => {
    if (current.current.screen !== 'attract') return;
    setNarrationVolume(volume);
    current.current = initialTourState(current.current.language, captionsOn);
    setState(current.current);
  }, [volume, captionsOn]);
  const log = useMemo(() => createVisitLog(kioskApi), []);
  // Every touch or key during a visit moves its last interaction (where its
  // engaged time ends); capture phase so no screen can swallow it.
  useEffect(() => {
    const touched = () => log.touch();
    window.addEventListener('pointerdown', touched, { capture: true, passive: true });
    window.addEventListener('keydown', touched, { capture: true, passive: true });
    return () => {
      window.removeEventListener('pointerdown', touched, { capture: true });
      window.removeEventListener('keydown', touched, { capture: true });
    };
  }, [log]);
  // Every chapter's panorama art, fetched and parsed while the attract loop
  // plays (idle time, once per pack), not when a visitor taps.
  useEffect(() => {
    if (!content) return undefined;
    const urls = content.manifest.chapters.flatMap((c) =>
      c.panorama.layers.map((l) => mediaUrl(content.mediaBase, l.file)),
    );
    const idle = requestIdleCallback(() => preloadLayerSvgs(urls), { timeout: 5000 });
    return () => cancelIdleCallback(idle);
  }, [content]);
  // Every narration kept buffered, the likeliest next first, loaded in idle
  // time from the attract loop on (narration/pool-plan.ts). Chapter 1's
  // captions are fetched ahead on the attract loop and the hub; a chapter
  // fetches its neighbours'.
  const poolChapter = state.screen === 'chapter' || state.screen === 'end' ? state.chapterIndex : 0;
  useEffect(() => {
    if (!content) return;
    const sources = Object.fromEntries(
      content.manifest.languages.map((language) => [
        language,
        content.manifest.chapters.map((_, index) => narrationUrl(content, index, language)),
      ]),
    );
    bufferNarrations(
      narrationPoolPlan({ sources, language: state.language, chapterIndex: poolChapter, size: NARRATION_POOL_SIZE }),
    );
  }, [content, state.language, poolChapter]);
  useEffect(() => {
    const captions = captionsUrl(content, 0, state.language);
    if (!captions || (state.screen !== 'attract' && state.screen !== 'hub')) return undefined;
    const idle = requestIdleCallback(() => preloadCaptions([captions]), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [content, state.screen, state.language]);
  const openChapterRef = useRef<{ id: ChapterId; openedAt: number } | null>(null);

  useEffect(
    () =>
      onNarrationEvent(({ kind, positionMs }) => {
        const chapter = openChapterRef.current;
        if (chapter) log.event(`narration-${kind}`, chapter.id, { positionMs });
      }),
    [log],
  );

  const actions = useMemo((): TourActions => {
    // The tour moves at once (a second tap reads the new state); the screen follows the tap's feedback frame.
    const apply = (action: TourAction) => {
      current.current = tourReducer(current.current, action);
      showAfterFeedback(() => startTransition(() => setState(current.current)));
    };
    const chapterId = (index: number): ChapterId | null => deps.current.content?.manifest.chapters[index]?.id ?? null;
    /**
     * Narration is asked for in the tap (narration-audio starts a buffered one
     * in it, any other right after its frame), not when the chapter screen
     * mounts after the outgoing screen's fade: the voice answers the tap at once.
     */
    const narrationSrc = (index: number, language: LanguageCode) => narrationUrl(deps.current.content, index, language);
    const narrate = (index: number, language: LanguageCode) => {
      const src = narrationSrc(index, language);
      if (src) playNarration(src);
      // The neighbours' captions, fetched and parsed after the tap's frame.
      const captions = [
        captionsUrl(deps.current.content, index - 1, language),
        captionsUrl(deps.current.content, index + 1, language),
      ];
      afterNextPaint(() => preloadCaptions(captions.filter((s) => s !== null)));
    };
    const leaveChapter = () => {
      stopNarration(); // logs narration-stopped while the chapter is still the open one
      const open = openChapterRef.current;
      if (!open) return;
      log.event('chapter-closed', open.id, {
        dwellMs: Math.max(0, Date.now() - open.openedAt),
      });
      openChapterRef.current = null;
    };
    const openChapter = (index: number) => {
      const id = chapterId(index);
      if (!id) return;
      leaveChapter();
      openChapterRef.current = { id, openedAt: Date.now() };
      log.event('chapter-opened', id, {});
      apply({ type: 'chapter', index });
      narrate(index, current.current.language);
    };
    const reset = (reason: VisitEndReason) => {
      leaveChapter();
      stopNarration(); // stays buffered: the next visitor hears the same narrations
      log.end(reason);
      setNarrationVolume(deps.current.visitDefaults.volume);
      apply({ type: 'reset', language: deps.current.defaultLanguage, captionsOn: deps.current.visitDefaults.captionsOn });
    };
    const inChapter = () => openChapterRef.current?.id ?? null;
    /** A per-visit preference flipped: logged with its new value (and the chapter it was flipped in), then applied. */
    const togglePref = (type: PrefEvent, flag: PrefFlag, action: TourAction) => {
      log.event(type, inChapter(), { on: !current.current[flag] });
      apply(action);
    };
    const openHub = () => {
      leaveChapter();
      apply({ type: 'hub' });
    };
    return {
      start(language) {
        const manifest = deps.current.content?.manifest;
        if (!manifest || current.current.screen !== 'attract') return;
        log.start(language, manifest.id, manifest.version);
        apply({ type: 'start', language });
      },
      openHub,
      openChapter,
      next() {
        const index = current.current.chapterIndex;
        if (index + 1 < CHAPTER_COUNT) openChapter(index + 1);
        else {
          leaveChapter();
          apply({ type: 'end' });
        }
      },
      previous() {
        const index = current.current.chapterIndex;
        if (current.current.screen === 'end') openChapter(CHAPTER_COUNT - 1);
        else if (index > 0) openChapter(index - 1);
        else openHub();
      },
      finish: () => reset('finish'),
      reset,
      setLanguage(language) {
        const from = current.current.language;
        if (from === language) return;
        // zh-CN and zh-Hant share the Mandarin audio: the voice goes on, only the captions change script.
        const index = current.current.chapterIndex;
        const sameVoice = inChapter() !== null && narrationSrc(index, from) === narrationSrc(index, language);
        if (!sameVoice) stopNarration();
        log.event('language-changed', inChapter(), { from, to: language });
        apply({ type: 'language', language });
        // Otherwise narration restarts at the start of the same chapter, in the new language.
        if (inChapter() && !sameVoice) narrate(index, language);
      },
      toggleCaptions: () => togglePref('captions-toggled', 'captionsOn', { type: 'captions' }),
      toggleLargeText: () => togglePref('large-text-toggled', 'largeText', { type: 'large-text' }),
      toggleLowReach: () => togglePref('low-reach-toggled', 'lowReach', { type: 'low-reach' }),
      toggleReducedMotion: () => togglePref('less-motion-toggled', 'reducedMotion', { type: 'reduced-motion' }),
      hotspotOpened(hotspotId, via) {
        const id = inChapter();
        if (id) log.event('hotspot-opened', id, { hotspotId, via });
      },
      panoramaDragged(distancePx, durationMs) {
        if (!current.current.dragged) apply({ type: 'dragged' });
        const id = inChapter();
        if (id)
          log.event('panorama-dragged', id, {
            distancePx: Math.round(distancePx),
            durationMs: Math.round(durationMs),
          });
      },
      transcriptOpened() {
        const id = inChapter();
        if (id) log.event('transcript-opened', id, {});
      },
    };
  }, [log]);

  return { state, actions };
};
