/** Languages the narration is produced in; matches the pack's language codes. */
export type NarrationLanguage = 'zh-CN' | 'en';

/** How one language is voiced by espeak-ng. */
export type VoiceSettings = Readonly<{
  /**
   * espeak-ng voice name. Mandarin uses `cmn-latn-pinyin`, not `cmn`: in espeak-ng 1.51
   * `cmn` voices many characters' internal pinyin (e.g. 亿 → "yi4") as English words.
   */
  voice: string;
  /** Words per minute: a little below espeak's default 175 so it carries in a hall. */
  wordsPerMinute: number;
  /** Pitch 0–99; 50 is espeak's default. */
  pitch: number;
}>;

/** Voice per language; chosen once here so the audio is reproducible. */
export const VOICES: Readonly<Record<NarrationLanguage, VoiceSettings>> = {
  'zh-CN': { voice: 'cmn-latn-pinyin', wordsPerMinute: 150, pitch: 50 },
  en: { voice: 'en-gb', wordsPerMinute: 145, pitch: 45 },
};

/** The languages narrated, in the order the durations file lists them. */
export const NARRATION_LANGUAGES: readonly NarrationLanguage[] = ['zh-CN', 'en'];
