import { describe, expect, it } from 'vitest';
import { glideDistance, glideStep, releaseVelocity, MAX_SPEED } from '../../renderer/panorama/drag-inertia';
import {
  clampPan,
  depthFactor,
  layerProgress,
  layerShift,
  panDelta,
  panRange,
  referenceDepth,
} from '../../renderer/panorama/pan-math';
import { DRIFT_TICK_MS, DRIFT_TRAVERSE_S, driftLeg, panAt, translate } from '../../renderer/panorama/drift';

const g = { fullWidth: 3840, stageWidth: 1280 };
const LAYERS = [
  { name: 'sky', depth: 0.05 },
  { name: 'far', depth: 0.2 },
  { name: 'mid', depth: 0.45 },
  { name: 'river', depth: 0.65 },
  { name: 'fore', depth: 0.9 },
];

describe('renderer parallax geometry', () => {
  it('the reference plane walks its whole width; layers line up at the centre', () => {
    expect(panRange(g)).toBe(2560);
    expect(layerShift(0, 1, g)).toBeCloseTo(0);
    expect(layerShift(1, 1, g)).toBeCloseTo(-2560);
    for (const f of [0.1, 0.5, 1, 2]) expect(layerShift(0.5, f, g)).toBeCloseTo(-1280);
  });

  it('farther layers move less, nearer layers more, none ever leaves a gap', () => {
    const ref = referenceDepth(LAYERS);
    expect(ref).toBe(0.45);
    const factors = LAYERS.map((l) => depthFactor(l.depth, ref));
    const moved = factors.map((f) => Math.abs(layerShift(0.6, f, g) - layerShift(0.5, f, g)));
    for (let i = 1; i < moved.length; i++) expect(moved[i]).toBeGreaterThan(moved[i - 1] ?? 0);
    for (const f of factors) {
      for (let pan = 0; pan <= 1; pan += 0.05) {
        const shift = layerShift(pan, f, g);
        expect(shift).toBeLessThanOrEqual(0.0001);
        expect(shift).toBeGreaterThanOrEqual(-panRange(g) - 0.0001);
      }
    }
  });

  it('near layers are eased to their edges and monotone', () => {
    let last = -Infinity;
    for (let pan = 0; pan <= 1.0001; pan += 0.01) {
      const p = layerProgress(pan, 2);
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
    expect(layerProgress(0, 2)).toBe(-1);
    expect(layerProgress(1, 2)).toBe(1);
  });

  it('the reference plane follows the finger exactly', () => {
    const pan = 0.5 + panDelta(-256, g);
    expect(layerShift(pan, 1, g) - layerShift(0.5, 1, g)).toBeCloseTo(-256);
    expect(panDelta(100, { fullWidth: 100, stageWidth: 200 })).toBe(0);
    expect(clampPan(-1)).toBe(0);
    expect(clampPan(2)).toBe(1);
  });

  it('falls back to the median depth without a "mid" layer', () => {
    expect(
      referenceDepth([
        { name: 'a', depth: 0.1 },
        { name: 'b', depth: 0.7 },
        { name: 'c', depth: 0.3 },
      ]),
    ).toBe(0.3);
  });
});

describe('renderer drag inertia', () => {
  it('estimates release velocity from the last 100 ms only', () => {
    const samples = [
      { x: 0, t: 0 },
      { x: 500, t: 50 },
      { x: 600, t: 400 },
      { x: 700, t: 450 },
      { x: 800, t: 500 },
    ];
    expect(releaseVelocity(samples, 500)).toBeCloseTo(2);
    expect(releaseVelocity(samples, 800)).toBe(0);
    expect(
      releaseVelocity(
        [
          { x: 0, t: 0 },
          { x: 5000, t: 10 },
        ],
        10,
      ),
    ).toBe(MAX_SPEED);
  });

  it('glides frame-rate independently and comes to rest', () => {
    const run = (dt: number) => {
      let v = 2;
      let x = 0;
      for (let t = 0; t < 2000; t += dt) {
        const step = glideStep(v, dt);
        x += step.dx;
        v = step.velocity;
      }
      return { x, v };
    };
    const at60 = run(16);
    const at30 = run(32);
    expect(at60.v).toBe(0);
    expect(Math.abs(at60.x - at30.x)).toBeLessThan(5);
    expect(at60.x).toBeLessThanOrEqual(glideDistance(2) + 0.001);
  });
});

describe('panorama drift legs (compositor keyframes)', () => {
  const factors = [0.11, 0.44, 1, 1.44, 2];

  it('heads for the edge it faces, taking the traverse time in proportion to the distance', () => {
    const leg = driftLeg(0.5, 1, factors, g);
    expect(leg).toMatchObject({ fromPan: 0.5, toPan: 1, direction: 1 });
    expect(leg.durationMs).toBeCloseTo(0.5 * DRIFT_TRAVERSE_S * 1000);
    expect(driftLeg(0.25, -1, factors, g)).toMatchObject({ toPan: 0, durationMs: 0.25 * DRIFT_TRAVERSE_S * 1000 });
  });

  it('turns round when it already stands at the edge it was heading for', () => {
    expect(driftLeg(1, 1, factors, g)).toMatchObject({ fromPan: 1, toPan: 0, direction: -1 });
    expect(driftLeg(0, -1, factors, g)).toMatchObject({ fromPan: 0, toPan: 1, direction: 1 });
  });

  it('keyframes trace layerShift on whole pixels, every layer changing only on the shared tick', () => {
    const leg = driftLeg(0.3, 1, factors, g);
    expect(leg.keyframes).toHaveLength(factors.length);
    const px = (transform: string | undefined) => Number(/translate3d\((-?[\d.]+)px/.exec(transform ?? '')?.[1]);
    const changeTimes = new Set<number>();
    factors.forEach((factor, i) => {
      const frames = leg.keyframes[i] ?? [];
      expect(frames[0]).toMatchObject({ offset: 0, transform: translate(Math.round(layerShift(0.3, factor, g))) });
      expect(frames.at(-1)).toMatchObject({ offset: 1, transform: translate(Math.round(layerShift(1, factor, g))) });
      frames.forEach((frame, k) => {
        expect(Number.isInteger(px(frame.transform))).toBe(true);
        expect((frame as { easing?: string }).easing).toBe('steps(1, jump-end)');
        const atMs = frame.offset * leg.durationMs;
        if (frame.offset < 1) expect(atMs / DRIFT_TICK_MS).toBeCloseTo(Math.round(atMs / DRIFT_TICK_MS), 6);
        expect(px(frame.transform)).toBe(Math.round(layerShift(0.3 + 0.7 * frame.offset, factor, g)));
        const next = frames[k + 1];
        if (next) expect(next.offset).toBeGreaterThan(frame.offset);
        if (k > 0) changeTimes.add(Math.round(atMs));
      });
    });
    // All layers together change the picture at most once per tick: the redraws a second are bounded.
    expect(changeTimes.size).toBeLessThanOrEqual(Math.ceil(leg.durationMs / DRIFT_TICK_MS) + 1);
    expect(changeTimes.size).toBeGreaterThan(0.8 * (leg.durationMs / DRIFT_TICK_MS));
  });

  it('panAt stands on the last tick shown, so stopping the drift does not jump', () => {
    const leg = { fromPan: 0, toPan: 1, durationMs: 10 * DRIFT_TICK_MS };
    expect(panAt(leg, 1.5 * DRIFT_TICK_MS)).toBeCloseTo(0.1);
    expect(panAt(leg, 2 * DRIFT_TICK_MS)).toBeCloseTo(0.2);
  });

  it('panAt follows the leg linearly and stops at its ends', () => {
    const leg = { fromPan: 0.2, toPan: 1, durationMs: 1000 };
    expect(panAt(leg, -5)).toBe(0.2);
    expect(panAt(leg, 500)).toBeCloseTo(0.2 + 0.8 * ((Math.floor(500 / DRIFT_TICK_MS) * DRIFT_TICK_MS) / 1000)); // the last tick shown
    expect(panAt(leg, 5000)).toBe(1);
    expect(panAt({ fromPan: 1, toPan: 0, durationMs: 0 }, 0)).toBe(0);
  });
});
