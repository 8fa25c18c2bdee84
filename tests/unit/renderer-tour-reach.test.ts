import { describe, expect, it } from 'vitest';
import { initialTourState, tourReducer, type TourAction } from '../../renderer/tour/tour-state';

/** Issue 19 items 3 and 4: the low-reach layout and the visit's reduced motion are per-visit flags. */
describe('tour state: low reach and reduced motion', () => {
  const run = (actions: readonly TourAction[]) => actions.reduce(tourReducer, initialTourState('en'));

  it('starts every visit with both off', () => {
    expect(initialTourState('zh-CN')).toMatchObject({ lowReach: false, reducedMotion: false });
  });

  it('toggles each on its own, leaving large text and the other alone', () => {
    const s = run([{ type: 'start', language: 'en' }, { type: 'low-reach' }]);
    expect(s).toMatchObject({ lowReach: true, reducedMotion: false, largeText: false, screen: 'hub' });
    const t = tourReducer(s, { type: 'reduced-motion' });
    expect(t).toMatchObject({ lowReach: true, reducedMotion: true });
    expect(tourReducer(t, { type: 'low-reach' })).toMatchObject({ lowReach: false, reducedMotion: true });
    expect(tourReducer(t, { type: 'reduced-motion' })).toMatchObject({ lowReach: true, reducedMotion: false });
  });

  it('combines with large text: each flag keeps its value when the other changes', () => {
    const s = run([{ type: 'start', language: 'en' }, { type: 'large-text' }, { type: 'low-reach' }]);
    expect(s).toMatchObject({ largeText: true, lowReach: true });
    expect(tourReducer(s, { type: 'large-text' })).toMatchObject({ largeText: false, lowReach: true });
  });

  it('keeps both through navigation and language changes within the visit', () => {
    const s = run([
      { type: 'start', language: 'en' },
      { type: 'low-reach' },
      { type: 'reduced-motion' },
      { type: 'chapter', index: 2 },
      { type: 'language', language: 'zh-CN' },
      { type: 'end' },
      { type: 'hub' },
    ]);
    expect(s).toMatchObject({ lowReach: true, reducedMotion: true, screen: 'hub', language: 'zh-CN' });
  });

  it('resets both with the visit (idle, finish, crash all dispatch reset)', () => {
    const s = run([
      { type: 'start', language: 'en' },
      { type: 'low-reach' },
      { type: 'reduced-motion' },
      { type: 'large-text' },
      { type: 'reset', language: 'zh-CN', captionsOn: false },
    ]);
    expect(s).toEqual(initialTourState('zh-CN', false));
    expect(s).toMatchObject({ lowReach: false, reducedMotion: false, largeText: false, screen: 'attract' });
  });
});
