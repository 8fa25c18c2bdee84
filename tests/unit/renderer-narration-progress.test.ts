import { describe, expect, it } from 'vitest';
import {
  JUMP_MS,
  PROGRESS_STEP_MS,
  progressPlan,
  type NarrationProgressInput,
} from '../../renderer/narration/progress-plan';

const state = (patch: Partial<NarrationProgressInput>): NarrationProgressInput => ({
  status: 'playing',
  positionMs: 0,
  durationMs: 80_000,
  ...patch,
});

describe('progressPlan: the progress line runs as one animation, re-aimed only on a change', () => {
  it('starts a run to the end from where the narration is', () => {
    const plan = progressPlan(state({ positionMs: 20_000 }), null, 1000);
    expect(plan).toEqual({
      shown: { running: true, positionMs: 20_000, durationMs: 80_000, at: 1000 },
      fromFraction: 0.25,
      runMs: 60_000,
      steps: 600,
    });
  });

  it('leaves a running line alone while the reported position keeps pace with the clock', () => {
    const first = progressPlan(state({ positionMs: 20_000 }), null, 1000)!;
    expect(progressPlan(state({ positionMs: 20_250 }), first.shown, 1250)).toBeNull();
    expect(progressPlan(state({ positionMs: 30_000 }), first.shown, 11_000 + JUMP_MS - 1)).toBeNull();
  });

  it('re-aims on a jump (replay, seek) of JUMP_MS or more', () => {
    const first = progressPlan(state({ positionMs: 40_000 }), null, 1000)!;
    const replay = progressPlan(state({ positionMs: 0 }), first.shown, 1250);
    expect(replay?.fromFraction).toBe(0);
    expect(replay?.runMs).toBe(80_000);
  });

  it('stands still where a pause leaves it, and once still stays so', () => {
    const running = progressPlan(state({ positionMs: 40_000 }), null, 1000)!;
    const paused = progressPlan(state({ status: 'paused', positionMs: 41_000 }), running.shown, 2000);
    expect(paused).toMatchObject({ fromFraction: 41_000 / 80_000, runMs: 0, steps: 1 });
    expect(progressPlan(state({ status: 'paused', positionMs: 41_000 }), paused!.shown, 9000)).toBeNull();
  });

  it('re-aims when the length becomes known', () => {
    const unknown = progressPlan(state({ durationMs: 0, status: 'loading' }), null, 0)!;
    expect(unknown).toMatchObject({ fromFraction: 0, runMs: 0 });
    expect(progressPlan(state({ durationMs: 64_000 }), unknown.shown, 100)).toMatchObject({ runMs: 64_000 });
  });

  it('ends full and still', () => {
    const plan = progressPlan(state({ status: 'ended', positionMs: 80_000 }), null, 0);
    expect(plan).toMatchObject({ fromFraction: 1, runMs: 0 });
  });

  it('moves in steps of PROGRESS_STEP_MS, one at least, so the line changes ten times a second and not every frame', () => {
    expect(progressPlan(state({ positionMs: 79_950 }), null, 0)).toMatchObject({ runMs: 50, steps: 1 });
    expect(progressPlan(state({ positionMs: 0, durationMs: 1234 }), null, 0)?.steps).toBe(
      Math.ceil(1234 / PROGRESS_STEP_MS),
    );
  });
});
