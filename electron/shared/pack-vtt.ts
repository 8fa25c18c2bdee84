/** A caption cue's timing in milliseconds. */
export type VttCue = Readonly<{ startMs: number; endMs: number; text: string }>;

const TIMESTAMP = /^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})$/;

const toMs = (stamp: string): number | null => {
  const match = TIMESTAMP.exec(stamp.trim());
  if (!match) return null;
  const [, h = '0', m = '0', s = '0', ms = '0'] = match;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);
};

/**
 * Parses the cues of a WebVTT file, enough to check that captions exist and cover
 * the narration: header, cue timings, cue text. Returns an error string for files
 * a browser would reject.
 */
export const parseVtt = (text: string): { ok: true; cues: VttCue[] } | { ok: false; error: string } => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return { ok: false, error: 'does not start with "WEBVTT"' };
  const cues: VttCue[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('-->')) continue;
    const [from = '', rest = ''] = line.split('-->');
    const startMs = toMs(from);
    const endMs = toMs(rest.trim().split(/\s+/)[0] ?? '');
    if (startMs === null || endMs === null) return { ok: false, error: `line ${i + 1}: bad cue timing "${line}"` };
    if (endMs <= startMs) return { ok: false, error: `line ${i + 1}: cue ends before it starts` };
    const textLines: string[] = [];
    for (i++; i < lines.length && (lines[i] ?? '') !== ''; i++) textLines.push(lines[i] ?? '');
    if (textLines.length === 0) return { ok: false, error: `line ${i}: cue without text` };
    cues.push({ startMs, endMs, text: textLines.join('\n') });
  }
  return { ok: true, cues };
};
