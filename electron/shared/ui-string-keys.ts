/**
 * Every visitor UI string key (renderer/i18n/strings.ts) with how many values it takes: 0 for a
 * plain string, n for a function of n values. A pack's `uiStrings` must give every key; a string
 * of n values writes them as `{0}` … `{n-1}`. It lives in the shared layer because the pack
 * validator (node) must know the keys; renderer/i18n/pack-strings.ts fails the typecheck when this
 * list and the UiStrings type disagree, so a new key cannot be forgotten here.
 */
export const UI_STRING_ARITY = {
  languageName: 0,
  languageSwitchLabel: 0,
  touchToBegin: 0,
  chooseLanguage: 0,
  startIn: 0,
  hub: 0,
  hubHeading: 0,
  chapterOf: 2,
  openChapter: 1,
  previous: 0,
  next: 0,
  end: 0,
  play: 0,
  pause: 0,
  replay: 0,
  volumeDown: 0,
  volumeUp: 0,
  volume: 1,
  captionsOn: 0,
  captionsOff: 0,
  captions: 0,
  factsList: 0,
  factsListHeading: 0,
  close: 0,
  source: 0,
  keyFigures: 0,
  hotspot: 1,
  panoramaHint: 0,
  largeText: 0,
  finish: 0,
  backToHub: 0,
  stillThere: 0,
  stillThereBody: 1,
  continueVisit: 0,
  unavailableTitle: 0,
  unavailableBody: 0,
  retrying: 0,
  configErrorTitle: 0,
  dataErrorTitle: 0,
  faultFile: 0,
  faultSetting: 0,
  progress: 0,
  narration: 0,
  loading: 0,
  sourceNote: 0,
  aboutContent: 0,
  more: 0,
  volumeDownShort: 0,
  volumeUpShort: 0,
  markersOffScreen: 1,
  lowReach: 0,
  reducedMotion: 0,
  transcript: 0,
  transcriptTitle: 1,
  transcriptHint: 0,
} as const;

export type UiStringKey = keyof typeof UI_STRING_ARITY;

/** The placeholders `{i}` a template uses, as numbers. */
export const placeholdersOf = (template: string): number[] =>
  [...template.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
