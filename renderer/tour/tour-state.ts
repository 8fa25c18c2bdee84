import type { LanguageCode } from '../../electron/shared/content-pack';

/**
 * Where the visitor is and their preferences, as a pure reducer. Side effects
 * (logging, audio) live in useTour, which drives this.
 */

export type Screen = 'attract' | 'hub' | 'chapter' | 'end';

export type TourState = Readonly<{
  screen: Screen;
  chapterIndex: number;
  language: LanguageCode;
  captionsOn: boolean;
  largeText: boolean;
  /** The visitor has dragged a panorama this visit: the drag hint has done its job. */
  dragged: boolean;
  /** Low-reach layout: every control in the lower part of the screen (seated visitors, children). Per visit. */
  lowReach: boolean;
  /** This visit asked for no drift, parallax, glides or Ken Burns (the OS setting does the same for every visit). */
  reducedMotion: boolean;
}>;

export type TourAction =
  | Readonly<{ type: 'start'; language: LanguageCode }>
  | Readonly<{ type: 'hub' }>
  | Readonly<{ type: 'chapter'; index: number }>
  | Readonly<{ type: 'end' }>
  | Readonly<{ type: 'reset'; language: LanguageCode; captionsOn?: boolean }>
  | Readonly<{ type: 'language'; language: LanguageCode }>
  | Readonly<{ type: 'captions' }>
  | Readonly<{ type: 'large-text' }>
  | Readonly<{ type: 'dragged' }>
  | Readonly<{ type: 'low-reach' }>
  | Readonly<{ type: 'reduced-motion' }>;

/** Number of chapters in a pack (fixed by the manifest schema). */
export const CHAPTER_COUNT = 5;

/** Start of every visit and the state idle reset returns to; captions as the `captionsOnByDefault` setting says. */
export const initialTourState = (language: LanguageCode, captionsOn = true): TourState => ({
  screen: 'attract',
  chapterIndex: 0,
  language,
  captionsOn,
  largeText: false,
  dragged: false,
  lowReach: false,
  reducedMotion: false,
});

/** The next state. */
export const tourReducer = (state: TourState, action: TourAction): TourState => {
  switch (action.type) {
    case 'start':
      return { ...state, screen: 'hub', language: action.language };
    case 'hub':
      return { ...state, screen: 'hub' };
    case 'chapter':
      return {
        ...state,
        screen: 'chapter',
        chapterIndex: Math.min(CHAPTER_COUNT - 1, Math.max(0, action.index)),
      };
    case 'end':
      return { ...state, screen: 'end' };
    case 'reset':
      return initialTourState(action.language, action.captionsOn);
    case 'language':
      return { ...state, language: action.language };
    case 'captions':
      return { ...state, captionsOn: !state.captionsOn };
    case 'large-text':
      return { ...state, largeText: !state.largeText };
    case 'dragged':
      return state.dragged ? state : { ...state, dragged: true };
    case 'low-reach':
      return { ...state, lowReach: !state.lowReach };
    case 'reduced-motion':
      return { ...state, reducedMotion: !state.reducedMotion };
  }
};
