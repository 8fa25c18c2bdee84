/**
 * Caption readability limits (issue 20, item 5): a cue must fit two lines of at most
 * 42 Latin or 16 CJK characters (the common broadcast limits), and should not ask a
 * reader for more than 20 Latin / 9 CJK characters a second. Pure functions, so the
 * default pack's build (which fails on an over-long cue) and `kiosk-pack validate`
 * (which warns) apply the same rule.
 */
export const CAPTION_LIMITS = {
  latin: { lineChars: 42, charsPerSecond: 20 },
  cjk: { lineChars: 16, charsPerSecond: 9 },
} as const;

export const MAX_CAPTION_LINES = 2;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** A cue counts as CJK when most of its characters are (a Chinese cue with "5G" or "L4" is still Chinese). */
export const isCjkText = (text: string): boolean => {
  const chars = [...text.replace(/\s/g, '')];
  return chars.filter((c) => CJK.test(c)).length * 2 > chars.length;
};

/**
 * The lines a cue wraps into. Latin text wraps greedily at spaces, as a caption renderer
 * does; CJK text has no spaces, so it is cut every `lineChars` characters (the renderer may
 * choose better break points, never fewer lines).
 */
export const wrapCaption = (text: string): string[] => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (isCjkText(clean)) {
    const chars = [...clean];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += CAPTION_LIMITS.cjk.lineChars)
      lines.push(chars.slice(i, i + CAPTION_LIMITS.cjk.lineChars).join(''));
    return lines;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of clean.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= CAPTION_LIMITS.latin.lineChars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
};

/** True when the cue fits the two-line limit (no single word longer than a line either). */
export const fitsCaptionLines = (text: string): boolean => {
  const limit = isCjkText(text) ? CAPTION_LIMITS.cjk.lineChars : CAPTION_LIMITS.latin.lineChars;
  const lines = wrapCaption(text);
  return lines.length <= MAX_CAPTION_LINES && lines.every((l) => [...l].length <= limit);
};

/** Characters a second the cue asks the reader to take in (spaces not counted). */
export const captionReadingRate = (cue: { startMs: number; endMs: number; text: string }): number =>
  [...cue.text.replace(/\s/g, '')].length / Math.max((cue.endMs - cue.startMs) / 1000, 0.001);

export type CaptionFinding = { cue: number; kind: 'too-long' | 'too-fast'; message: string };

/** Every cue (numbered from 1) over the line limit or the reading-speed limit. */
export const captionFindings = (cues: readonly { startMs: number; endMs: number; text: string }[]): CaptionFinding[] =>
  cues.flatMap((cue, i) => {
    const found: CaptionFinding[] = [];
    const cjk = isCjkText(cue.text);
    const limits = cjk ? CAPTION_LIMITS.cjk : CAPTION_LIMITS.latin;
    const script = cjk ? 'CJK' : 'Latin';
    if (!fitsCaptionLines(cue.text))
      found.push({
        cue: i + 1,
        kind: 'too-long',
        message: `cue ${i + 1} needs more than ${MAX_CAPTION_LINES} lines of ${limits.lineChars} ${script} characters: "${cue.text}"`,
      });
    const rate = captionReadingRate(cue);
    if (rate > limits.charsPerSecond)
      found.push({
        cue: i + 1,
        kind: 'too-fast',
        message: `cue ${i + 1} runs at ${rate.toFixed(1)} characters a second, over ${limits.charsPerSecond} for ${script} text`,
      });
    return found;
  });

/**
 * `kiosk-pack validate`'s caption warnings for one captions file: over-long and too-fast
 * cues are reported but do not refuse the pack (a pack author may accept them; the
 * default pack's own build is stricter and fails on them).
 */
export const captionWarnings = (
  file: string,
  cues: readonly { startMs: number; endMs: number; text: string }[],
): string[] => captionFindings(cues).map((f) => `${file}: ${f.message}`);
