import { run } from './run';
import { spokenText } from './spoken-text';
import { VOICES, type NarrationLanguage } from './voices';

/**
 * Synthesises one caption sentence to a WAV file with espeak-ng (22 050 Hz mono).
 * The text is passed as an argument, not via a shell, so quotes are safe.
 */
export const synthesiseSentence = (text: string, lang: NarrationLanguage, wavPath: string): void => {
  const { voice, wordsPerMinute, pitch } = VOICES[lang];
  run('espeak-ng', [
    '-v',
    voice,
    '-s',
    String(wordsPerMinute),
    '-p',
    String(pitch),
    '-w',
    wavPath,
    '--',
    spokenText(text, lang),
  ]);
};
