import { useEffect, useRef } from 'react';
import { getNarrationState, subscribeNarration } from '../audio/narration-audio';
import { progressPlan, type ProgressShown } from '../narration/progress-plan';

/**
 * The thin line under the narration controls. While the narration plays, the
 * line runs to its end as one compositor animation, re-aimed only when the
 * audio starts, stops, jumps or learns its length, in steps of
 * PROGRESS_STEP_MS. Re-rendered from every
 * position tick, it repainted the controls bar four times a second and asked
 * for a frame each time, also while a new chapter was still being drawn.
 */
export const NarrationProgress = () => {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = bar.current;
    if (!el) return undefined;
    let shown: ProgressShown | null = null;
    let running: Animation | null = null;
    const sync = () => {
      const plan = progressPlan(getNarrationState(), shown, performance.now());
      if (!plan) return;
      shown = plan.shown;
      running?.cancel();
      running = null;
      const from = `scaleX(${plan.fromFraction})`;
      el.style.transform = from;
      if (plan.runMs > 0)
        running = el.animate([{ transform: from }, { transform: 'scaleX(1)' }], {
          duration: plan.runMs,
          easing: `steps(${plan.steps}, jump-end)`,
          fill: 'forwards',
        });
    };
    sync();
    const unsubscribe = subscribeNarration(sync);
    return () => {
      unsubscribe();
      running?.cancel();
    };
  }, []);
  return (
    <div className="narration-controls__progress" aria-hidden="true">
      <div ref={bar} className="narration-controls__bar" data-testid="narration-progress" />
    </div>
  );
};
