import { describe, expect, it } from 'vitest';
import {
  idleReducer,
  initialIdleState,
  secondsLeft,
  type IdleConfig,
  type IdleInput,
  type IdleState,
} from '../../renderer/idle/idle-machine';

const config: IdleConfig = { idleMs: 90_000, warningMs: 20_000, narrationCapMs: 300_000 };
const run = (inputs: IdleInput[], start = initialIdleState(0)): IdleState =>
  inputs.reduce((s, i) => idleReducer(s, i, config), start);

describe('renderer idle state machine', () => {
  it('stays active until idleMs without a touch, then warns, then expires after warningMs', () => {
    expect(run([{ type: 'tick', at: 89_999 }]).phase).toBe('active');
    const warned = run([{ type: 'tick', at: 90_000 }]);
    expect(warned.phase).toBe('warning');
    expect(secondsLeft(warned, config, 90_000)).toBe(20);
    expect(secondsLeft(warned, config, 105_500)).toBe(5);
    expect(run([{ type: 'tick', at: 109_999 }]).phase).toBe('warning');
    expect(run([{ type: 'tick', at: 110_000 }]).phase).toBe('expired');
  });

  it('a touch restarts the wait, also during the warning', () => {
    expect(
      run([
        { type: 'touch', at: 50_000 },
        { type: 'tick', at: 139_000 },
      ]).phase,
    ).toBe('active');
    const kept = run([
      { type: 'tick', at: 95_000 },
      { type: 'touch', at: 100_000 },
      { type: 'tick', at: 150_000 },
    ]);
    expect(kept.phase).toBe('active');
    expect(
      run([
        { type: 'tick', at: 95_000 },
        { type: 'touch', at: 100_000 },
        { type: 'tick', at: 190_000 },
      ]).phase,
    ).toBe('warning');
  });

  it('a late tick jumps straight to expired (e.g. after the machine slept)', () => {
    expect(run([{ type: 'tick', at: 500_000 }]).phase).toBe('expired');
  });

  it('narration playing postpones the warning; idle counts again from its end', () => {
    const playing = run([
      { type: 'narration', playing: true, at: 10_000 },
      { type: 'tick', at: 200_000 },
    ]);
    expect(playing.phase).toBe('active');
    const stopped = run([
      { type: 'narration', playing: true, at: 10_000 },
      { type: 'narration', playing: false, at: 120_000 },
      { type: 'tick', at: 209_000 },
    ]);
    expect(stopped.phase).toBe('active');
    expect(idleReducer(stopped, { type: 'tick', at: 210_000 }, config).phase).toBe('warning');
  });

  it('but never longer than narrationCapMs since the last touch', () => {
    const capped = run([
      { type: 'narration', playing: true, at: 1_000 },
      { type: 'tick', at: 299_999 },
    ]);
    expect(capped.phase).toBe('active');
    expect(idleReducer(capped, { type: 'tick', at: 300_000 }, config).phase).toBe('warning');
  });

  it('expired is final until reset', () => {
    const expired = run([{ type: 'tick', at: 200_000 }]);
    expect(idleReducer(expired, { type: 'touch', at: 200_001 }, config).phase).toBe('expired');
    const reset = idleReducer(expired, { type: 'reset', at: 300_000 }, config);
    expect(reset).toEqual(initialIdleState(300_000));
  });

  it('works with the shortest settings (10 s idle, 20 s warning)', () => {
    const short: IdleConfig = { idleMs: 10_000, warningMs: 20_000, narrationCapMs: 30_000 };
    let s = initialIdleState(0);
    s = idleReducer(s, { type: 'tick', at: 10_000 }, short);
    expect(s.phase).toBe('warning');
    s = idleReducer(s, { type: 'tick', at: 30_000 }, short);
    expect(s.phase).toBe('expired');
  });
});
