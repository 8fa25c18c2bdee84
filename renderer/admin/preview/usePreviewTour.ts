import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActiveContent } from '../api/admin-calls';
import type { TourActions } from '../../hooks/useTour';
import { playNarration, stopNarration } from '../../audio/narration-audio';
import { mediaUrl } from '../../content/localize';
import { CHAPTER_COUNT, initialTourState, tourReducer, type TourAction, type TourState } from '../../tour/tour-state';
import type { LanguageCode } from '../../../electron/shared/content-pack';

/**
 * The tour's navigation over a staged pack, for the preview: the same pure
 * reducer the visitor tour uses, with narration, and no visit log at all —
 * these actions have no logger to call. `onEnd` is "home"/"finish".
 */
export const usePreviewTour = (
  content: ActiveContent,
  language: LanguageCode,
  onEnd: () => void,
): Readonly<{ state: TourState; actions: TourActions }> => {
  const [state, setState] = useState<TourState>(() =>
    tourReducer(initialTourState(language), { type: 'start', language }),
  );
  const current = useRef(state);
  const end = useRef(onEnd);
  useEffect(() => {
    end.current = onEnd;
  }, [onEnd]);
  useEffect(() => () => stopNarration(), []);

  const actions = useMemo((): TourActions => {
    const apply = (action: TourAction) => {
      current.current = tourReducer(current.current, action);
      setState(current.current);
    };
    const narrate = (index: number, lang: LanguageCode) => {
      const files = content.manifest.chapters[index]?.narration[lang];
      if (files) playNarration(mediaUrl(content.mediaBase, files.audio));
    };
    const openChapter = (index: number) => {
      if (!content.manifest.chapters[index]) return;
      stopNarration();
      apply({ type: 'chapter', index });
      narrate(index, current.current.language);
    };
    const leave = () => {
      stopNarration();
      end.current();
    };
    return {
      start: () => undefined,
      openHub() {
        stopNarration();
        apply({ type: 'hub' });
      },
      openChapter,
      next() {
        const index = current.current.chapterIndex;
        if (index + 1 < CHAPTER_COUNT) openChapter(index + 1);
        else {
          stopNarration();
          apply({ type: 'end' });
        }
      },
      previous() {
        const index = current.current.chapterIndex;
        if (current.current.screen === 'end') openChapter(CHAPTER_COUNT - 1);
        else if (index > 0) openChapter(index - 1);
        else apply({ type: 'hub' });
      },
      finish: leave,
      reset: leave,
      setLanguage(lang) {
        if (current.current.language === lang) return;
        stopNarration();
        apply({ type: 'language', language: lang });
        if (current.current.screen === 'chapter') narrate(current.current.chapterIndex, lang);
      },
      toggleCaptions: () => apply({ type: 'captions' }),
      toggleLargeText: () => apply({ type: 'large-text' }),
      toggleLowReach: () => apply({ type: 'low-reach' }),
      toggleReducedMotion: () => apply({ type: 'reduced-motion' }),
      hotspotOpened: () => undefined,
      panoramaDragged: () => undefined,
      transcriptOpened: () => undefined,
    };
  }, [content]);

  return { state, actions };
};
