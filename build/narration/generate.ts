/**
 * Builds the default pack's narration: for every chapter and language, synthesises
 * the script sentence by sentence with espeak-ng, measures each sentence, joins
 * them with short pauses, encodes Opus and writes WebVTT captions timed from the
 * measurements. Each sentence's captions are split at clause boundaries into cues of
 * at most two lines (clauses.ts); each clause is also synthesised alone, only to
 * measure its share of the sentence's time. Run: npx tsx build/narration/generate.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHAPTER_IDS } from '../../electron/shared/content-pack';
import { concatenateWavs, encodeOpus, writeSilence } from './assemble';
import { audioDurationMs, wavDurationSeconds } from './measure';
import { readScript } from './scripts';
import { synthesiseSentence } from './synth';
import { splitIntoClauses } from './clauses';
import { cuesFromClauses, DEFAULT_PAUSES } from './timeline';
import { NARRATION_LANGUAGES, type NarrationLanguage } from './voices';
import { buildVtt } from './vtt';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scriptsDir = path.join(repoRoot, 'assets/narration-scripts');
const outDir = path.join(repoRoot, 'assets/default-pack/narration');
const durationsFile = path.join(repoRoot, 'assets/default-pack-src/narration-durations.json');

/** Synthesises one chapter in one language; returns the encoded audio's duration in ms. */
const narrateChapter = (lang: NarrationLanguage, chapterId: string, workDir: string): number => {
  const sentences = readScript(path.join(scriptsDir, lang, `${chapterId}.txt`));
  if (sentences.length === 0) throw new Error(`narration script ${lang}/${chapterId}.txt is empty`);

  const sentenceWavs = sentences.map((text, i) => {
    const wav = path.join(workDir, `${lang}-${chapterId}-${i}.wav`);
    synthesiseSentence(text, lang, wav);
    return wav;
  });
  const durations = sentenceWavs.map(wavDurationSeconds);
  const measured = sentences.map((sentence, i) => {
    const clauses = splitIntoClauses(sentence);
    const clauseSeconds =
      clauses.length === 1
        ? [durations[i]!]
        : clauses.map((clause, j) => {
            const wav = path.join(workDir, `${lang}-${chapterId}-${i}-${j}.wav`);
            synthesiseSentence(clause, lang, wav);
            return wavDurationSeconds(wav);
          });
    return { clauses, seconds: durations[i]!, clauseSeconds };
  });

  const silence = (name: string, seconds: number) => {
    const wav = path.join(workDir, `${name}.wav`);
    writeSilence(wav, seconds);
    return wav;
  };
  const leadIn = silence('lead-in', DEFAULT_PAUSES.leadIn);
  const between = silence('between', DEFAULT_PAUSES.between);
  const tail = silence('tail', DEFAULT_PAUSES.tail);
  const pieces = [leadIn, ...sentenceWavs.flatMap((wav, i) => (i === 0 ? [wav] : [between, wav])), tail];

  const joined = path.join(workDir, `${lang}-${chapterId}.wav`);
  concatenateWavs(pieces, joined);
  const langDir = path.join(outDir, lang);
  mkdirSync(langDir, { recursive: true });
  const opus = path.join(langDir, `${chapterId}.opus`);
  encodeOpus(joined, opus);
  writeFileSync(path.join(langDir, `${chapterId}.vtt`), buildVtt(cuesFromClauses(measured)));
  return audioDurationMs(opus);
};

const main = (): void => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'narration-'));
  try {
    const durations: Record<string, Record<string, number>> = {};
    for (const lang of NARRATION_LANGUAGES) {
      durations[lang] = {};
      for (const chapterId of CHAPTER_IDS) {
        const ms = narrateChapter(lang, chapterId, workDir);
        durations[lang][chapterId] = ms;
        console.log(`${lang}/${chapterId}: ${(ms / 1000).toFixed(1)} s`);
      }
    }
    writeFileSync(durationsFile, `${JSON.stringify(durations, null, 2)}\n`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
};

main();
