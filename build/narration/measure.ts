import { run } from './run';

/** Duration in seconds of a WAV file, from its sample count (soxi -D), so it is exact. */
export const wavDurationSeconds = (wavPath: string): number => {
  const seconds = Number(run('soxi', ['-D', wavPath]).trim());
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`soxi could not measure ${wavPath}`);
  return seconds;
};

/** Duration in milliseconds of any audio file as a player sees it (ffprobe's container duration). */
export const audioDurationMs = (audioPath: string): number => {
  const out = run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration',
    '-of',
    'default=noprint_wrappers=1:nokey=1',
    audioPath,
  ]);
  const seconds = Number(out.trim());
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`ffprobe could not measure ${audioPath}`);
  return Math.round(seconds * 1000);
};
