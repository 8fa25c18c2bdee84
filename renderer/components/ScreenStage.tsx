import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Terminology } from '../../electron/shared/pack-terminology';
import { PackTerminology } from '../content/pack-terminology';
import { DURATION } from '../motion/motion';

type ScreenStageProps = Readonly<{
  /** Which screen `children` is; a new key is a screen change. */
  screenKey: string;
  /** The terminology table of the pack whose screens play here (Chinese line breaks). */
  terminology?: Terminology | undefined;
  children: ReactNode;
}>;

/**
 * Changes screens by fading a veil in over the old one, swapping under the
 * opaque veil, and fading it out over the new one. The screens themselves
 * never fade: fading a screen full of layers makes the compositor draw it all
 * off-screen every frame, which without a GPU made the first frame after a
 * tap hundreds of milliseconds late. The new screen renders as a transition,
 * which React slices into short tasks, so taps stay answered while it builds.
 */
export const ScreenStage = ({ screenKey, terminology, children }: ScreenStageProps) => {
  // The screen on show, with its latest content (kept while the next one waits for the veil).
  const [shown, setShown] = useState<{ key: string; node: ReactNode }>({ key: screenKey, node: children });
  if (shown.key === screenKey && shown.node !== children) setShown({ key: screenKey, node: children });
  const veil = useRef<HTMLDivElement>(null);

  // Veil in, then swap.
  useEffect(() => {
    if (shown.key === screenKey) return undefined;
    let live = true;
    const fade = veil.current?.animate([{ opacity: 1 }], {
      duration: DURATION.fast * 1000,
      easing: 'ease-in',
      fill: 'forwards',
    });
    const swap = () => live && startTransition(() => setShown({ key: screenKey, node: null }));
    if (fade) fade.finished.then(swap, () => undefined);
    else swap();
    return () => {
      live = false;
    };
  }, [screenKey, shown.key]);

  // Veil out once the new screen is committed.
  useEffect(() => {
    const el = veil.current;
    if (!el) return undefined;
    // Short: every frame of a full-screen fade is a full redraw without a GPU, and the next tap waits behind it.
    const fade = el.animate([{ opacity: 1 }, { opacity: 0 }], {
      duration: DURATION.base * 1000,
      easing: 'cubic-bezier(0.22, 1, 0.36, 1)',
      fill: 'forwards',
    });
    return () => fade.cancel();
  }, [shown.key]);

  return (
    <PackTerminology value={terminology}>
      <div key={shown.key} className="screen-frame">
        {shown.key === screenKey ? children : shown.node}
      </div>
      <div ref={veil} className="screen-veil" aria-hidden="true" />
    </PackTerminology>
  );
};
