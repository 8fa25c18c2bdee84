/** What the rule reads of the narration state (narration-audio's NarrationState has it; no DOM types here, so unit tests run in Node). */
export type NarrationProgressInput = Readonly<{ status: string; positionMs: number; durationMs: number }>;

/** What the progress line was last told: where it started, when, and whether it runs. */
export type ProgressShown = Readonly<{ running: boolean; positionMs: number; durationMs: number; at: number }>;

export type ProgressPlan = Readonly<{
  shown: ProgressShown;
  /** Where the line starts now, 0–1. */
  fromFraction: number;
  /** How long it takes from there to the end (0: it stands still). */
  runMs: number;
  /** How many steps it takes there, one every PROGRESS_STEP_MS. */
  steps: number;
}>;

/**
 * The line moves ten times a second, not every frame: without a GPU each frame
 * that changes anything on screen is a whole-screen draw (3–9 ms), and a line
 * moving every frame kept the display compositor drawing 60 times a second for
 * as long as the narration played. At 10 Hz it moves about a pixel at a time.
 */
export const PROGRESS_STEP_MS = 100;

/** A reported position this far from where the running line is counts as a jump (seek, replay). */
export const JUMP_MS = 400;

/**
 * Whether the progress line must be re-aimed for `state`, and how: null while
 * it already shows the narration (running with it, or standing where it stopped).
 * Pure, so the rule is tested without a browser.
 */
export const progressPlan = (
  state: NarrationProgressInput,
  shown: ProgressShown | null,
  now: number,
): ProgressPlan | null => {
  const running = state.status === 'playing' && state.durationMs > state.positionMs;
  if (shown && shown.running === running && shown.durationMs === state.durationMs) {
    const expected = running ? shown.positionMs + (now - shown.at) : shown.positionMs;
    if (Math.abs(state.positionMs - expected) < (running ? JUMP_MS : 1)) return null;
  }
  const runMs = running ? state.durationMs - state.positionMs : 0;
  const fromFraction = state.durationMs > 0 ? Math.min(1, Math.max(0, state.positionMs / state.durationMs)) : 0;
  return {
    shown: { running, positionMs: state.positionMs, durationMs: state.durationMs, at: now },
    fromFraction,
    runMs,
    steps: Math.max(1, Math.ceil(runMs / PROGRESS_STEP_MS)),
  };
};
