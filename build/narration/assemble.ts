import { run } from './run';

/** espeak-ng's output format; silences must match it for sox to concatenate them. */
const SAMPLE_RATE = 22_050;

/**
 * Writes a silent WAV of the given length in espeak-ng's format. `-D` turns off
 * dither, which would otherwise fill the "silence" with random noise.
 */
export const writeSilence = (wavPath: string, seconds: number): void => {
  run('sox', ['-D', '-n', '-r', String(SAMPLE_RATE), '-c', '1', '-b', '16', wavPath, 'trim', '0', seconds.toFixed(3)]);
};

/**
 * Concatenates WAV pieces in order and normalises the peak to -3 dBFS, so every
 * chapter plays at the same loudness without clipping. `-R` makes sox's dither
 * noise repeatable; without it every run gives different bytes.
 */
export const concatenateWavs = (pieces: readonly string[], outPath: string): void => {
  run('sox', ['-R', ...pieces, outPath, 'norm', '-3']);
};

/**
 * Encodes a WAV to Opus in Ogg, mono 40 kbps (plenty for speech). Bit-exact flags
 * keep the Ogg serial number and tags fixed, so re-running gives identical bytes.
 */
export const encodeOpus = (wavPath: string, opusPath: string): void => {
  run('ffmpeg', [
    '-y',
    '-v',
    'error',
    '-i',
    wavPath,
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    '-ac',
    '1',
    '-c:a',
    'libopus',
    '-b:a',
    '40k',
    '-application',
    'voip',
    opusPath,
  ]);
};
