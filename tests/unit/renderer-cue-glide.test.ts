import { describe, expect, it } from 'vitest';
import {
  CUE_GLIDE_MS,
  cueGlide,
  cueGlidePanAt,
  cuedHotspotAt,
  cueLeadMs,
  panCentring,
} from '../../renderer/panorama/cue-glide';
import { layerShift } from '../../renderer/panorama/pan-math';
import { translate } from '../../renderer/panorama/drift';

/** The camera's moves for narration cues (issue 19, item 1), pure parts. */
const g = { fullWidth: 3840, stageWidth: 1280 };
const CUES = [
  { atMs: 3_000, hotspot: 'a' },
  { atMs: 20_000, hotspot: 'b' },
];

describe('which place the narration speaks of', () => {
  it('none before the first cue, then each cue until the next, a lead ahead', () => {
    const lead = cueLeadMs(true);
    expect(cuedHotspotAt(CUES, 0, lead)).toBeNull();
    expect(cuedHotspotAt(CUES, 3_000 - lead - 1, lead)).toBeNull();
    expect(cuedHotspotAt(CUES, 3_000 - lead, lead)).toBe('a');
    expect(cuedHotspotAt(CUES, 19_000 - lead, lead)).toBe('a');
    expect(cuedHotspotAt(CUES, 20_000 - lead, lead)).toBe('b');
    expect(cuedHotspotAt(CUES, 90_000, lead)).toBe('b');
  });

  it('a glide sets off its own length earlier than a jump', () => {
    expect(cueLeadMs(true) - cueLeadMs(false)).toBe(CUE_GLIDE_MS);
    expect(cueLeadMs(false)).toBeGreaterThanOrEqual(250); // the narration's position report interval
    expect(cueLeadMs(true)).toBeLessThan(1_500);
  });
});

describe('the glide', () => {
  it('centres a point on the stage, clamped at the panorama’s ends', () => {
    expect(panCentring(1920, g)).toBeCloseTo(0.5);
    expect(layerShift(panCentring(1000, g), 1, g) + 1000).toBeCloseTo(640); // the point lands mid-stage
    expect(panCentring(100, g)).toBe(0);
    expect(panCentring(3800, g)).toBe(1);
    expect(panCentring(500, { fullWidth: 1000, stageWidth: 1280 })).toBe(0.5);
  });

  it('runs every layer from where it stands to where it goes, easing in and out', () => {
    const plan = cueGlide(0.2, 0.8, [0.5, 1, 2], g);
    expect(plan.keyframes).toHaveLength(3);
    for (const [i, factor] of [0.5, 1, 2].entries()) {
      const frames = plan.keyframes[i] ?? [];
      expect(frames[0]).toEqual({ offset: 0, transform: translate(layerShift(0.2, factor, g)) });
      expect(frames.at(-1)).toEqual({ offset: 1, transform: translate(layerShift(0.8, factor, g)) });
    }
    // Slow at both ends, fastest in the middle.
    expect(cueGlidePanAt(plan, CUE_GLIDE_MS * 0.1) - 0.2).toBeLessThan(0.6 * 0.1);
    expect(cueGlidePanAt(plan, CUE_GLIDE_MS * 0.5)).toBeCloseTo(0.5);
    expect(cueGlidePanAt(plan, CUE_GLIDE_MS * 2)).toBe(0.8);
    expect(cueGlidePanAt(plan, -5)).toBe(0.2);
  });
});
