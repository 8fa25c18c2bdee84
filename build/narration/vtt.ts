/** One caption cue: the sentence shown while it is spoken, in whole milliseconds. */
export type Cue = Readonly<{ startMs: number; endMs: number; text: string }>;

/**
 * Formats a time as a WebVTT timestamp `HH:MM:SS.mmm`. Hours are always written
 * so every cue line has the same shape, which keeps the files easy to diff.
 */
export const formatVttTimestamp = (ms: number): string => {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`timestamp must be a non-negative number of ms, got ${ms}`);
  const total = Math.round(ms);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}`;
};

/**
 * Renders cues as a WebVTT file. Cues are numbered from 1; the text is kept on one
 * line (a newline would end the cue early) and "-->" is defused, since both would
 * break the file. Throws if cues overlap or run backwards, because captions that
 * jump back in time mean the timeline was computed wrongly.
 */
export const buildVtt = (cues: readonly Cue[]): string => {
  let previousEnd = 0;
  const blocks = cues.map((cue, i) => {
    if (cue.endMs <= cue.startMs) throw new RangeError(`cue ${i + 1} ends before it starts`);
    if (cue.startMs < previousEnd) throw new RangeError(`cue ${i + 1} overlaps the previous cue`);
    previousEnd = cue.endMs;
    const text = cue.text
      .replace(/\s*\n\s*/g, ' ')
      .replace(/-->/g, '->')
      .trim();
    return `${i + 1}\n${formatVttTimestamp(cue.startMs)} --> ${formatVttTimestamp(cue.endMs)}\n${text}\n`;
  });
  return ['WEBVTT\n', ...blocks].join('\n');
};
