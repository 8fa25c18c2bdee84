/** Every UI chrome string (buttons, labels); content texts come from the pack. One dictionary per language. */
export type UiStrings = Readonly<{
  /** Name of the language in itself, on the language switch. */
  languageName: string;
  languageSwitchLabel: string;
  touchToBegin: string;
  chooseLanguage: string;
  startIn: string;
  hub: string;
  hubHeading: string;
  chapterOf: (n: number, total: number) => string;
  openChapter: (keyword: string) => string;
  previous: string;
  next: string;
  end: string;
  play: string;
  pause: string;
  replay: string;
  volumeDown: string;
  volumeUp: string;
  volume: (percent: number) => string;
  captionsOn: string;
  captionsOff: string;
  captions: string;
  factsList: string;
  factsListHeading: string;
  close: string;
  source: string;
  keyFigures: string;
  hotspot: (title: string) => string;
  panoramaHint: string;
  largeText: string;
  finish: string;
  backToHub: string;
  stillThere: string;
  stillThereBody: (seconds: number) => string;
  continueVisit: string;
  unavailableTitle: string;
  unavailableBody: string;
  retrying: string;
  /** Start-up fault card (renderer/components/StartupFaultCard.tsx): a bad kiosk.config.json. */
  configErrorTitle: string;
  /** Start-up fault notice: the data folder cannot be written, the tour runs without keeping visits. */
  dataErrorTitle: string;
  faultFile: string;
  faultSetting: string;
  progress: string;
  narration: string;
  loading: string;
  /** One line under a fact's Chinese source quote for readers of another language ('' for none). */
  sourceNote: string;
  /** The hub's credit line: the article, its authors and photo credits (from the seed article). */
  aboutContent: string;
  /** Visible cue on a text panel with more below its fold. */
  more: string;
  /** Short visible words under the icon-only narration buttons (their accessible names stay the long ones). */
  volumeDownShort: string;
  volumeUpShort: string;
  /** Edge arrow of the panorama: `count` markers out of view on that side. */
  markersOffScreen: (count: number) => string;
  // --- lowreach19 ---
  /** Toggle beside large text: every control moves to the lower part of the screen (seated visitors, children). */
  lowReach: string;
  /** Toggle beside large text: no drift, parallax, camera glides or Ken Burns for this visit. */
  reducedMotion: string;
  // --- transcript19 ---
  /** The transcript button's word, and the transcript's name. */
  transcript: string;
  /** The transcript dialog's heading: the word and the chapter's keyword. */
  transcriptTitle: (keyword: string) => string;
  /** One line under the heading: what a tap on a sentence does. */
  transcriptHint: string;
}>;
