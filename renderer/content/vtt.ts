/** One caption cue: start and end in milliseconds, plain text (tags stripped). */
export type Cue = Readonly<{ startMs: number; endMs: number; text: string }>;

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

/** "hh:mm:ss.ttt" or "mm:ss.ttt" → milliseconds. */
export const parseTimestamp = (stamp: string): number => {
  const [clock = '0', fraction = '0'] = stamp.replace(',', '.').split('.');
  const parts = clock.split(':').map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return seconds * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
};

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': '\u00a0',
  '&lrm;': '',
  '&rlm;': '',
};

/** Cue text without WebVTT markup (<v Speaker>, <c.class>, <b>, timestamps) and with entities decoded. */
export const cueText = (raw: string): string =>
  raw
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|nbsp|lrm|rlm);/g, (entity) => ENTITIES[entity] ?? entity)
    .trim();

/**
 * Parses a WebVTT file into cues sorted by start time. Tolerant: skips NOTE,
 * STYLE and REGION blocks and malformed cues instead of failing the chapter.
 */
export const parseVtt = (source: string): Cue[] => {
  const blocks = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/);
  const cues: Cue[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    const timingIndex = lines.findIndex((line) => TIMING.test(line));
    if (timingIndex < 0 || timingIndex > 1) continue;
    const match = TIMING.exec(lines[timingIndex] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const text = cueText(lines.slice(timingIndex + 1).join('\n'));
    const startMs = parseTimestamp(match[1]);
    const endMs = parseTimestamp(match[2]);
    if (text && endMs > startMs) cues.push({ startMs, endMs, text });
  }
  return cues.sort((a, b) => a.startMs - b.startMs);
};

/** The cue showing at `positionMs`, or null between cues. Binary search: called every frame. */
export const cueAt = (cues: readonly Cue[], positionMs: number): Cue | null => {
  let low = 0;
  let high = cues.length - 1;
  let found: Cue | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const cue = cues[mid];
    if (!cue) break;
    if (cue.startMs <= positionMs) {
      found = cue;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found && positionMs < found.endMs ? found : null;
};
