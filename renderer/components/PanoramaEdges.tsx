import type { RefObject } from 'react';
import { PAN_TO_EVENT } from '../hooks/usePanoramaMotion';
import type { OffScreen } from '../panorama/marker-place';
import { Icon } from './Icon';

type PanoramaEdgesProps = Readonly<{
  offScreen: OffScreen;
  stage: RefObject<HTMLElement | null>;
  label: (count: number) => string;
}>;

/**
 * Arrows at the panorama's sides with how many markers lie out of view that
 * way; a tap pans the nearest of them to the middle of the stage.
 */
export const PanoramaEdges = ({ offScreen, stage, label }: PanoramaEdgesProps) => (
  <>
    {(['left', 'right'] as const).map((side) => {
      const xs = offScreen[side];
      const nearest = xs[0];
      if (nearest === undefined) return null;
      return (
        <button
          key={side}
          type="button"
          className={`panorama-edge panorama-edge--${side}`}
          data-testid={`panorama-edge-${side}`}
          data-count={xs.length}
          aria-label={label(xs.length)}
          onClick={() => stage.current?.dispatchEvent(new CustomEvent(PAN_TO_EVENT, { detail: nearest }))}
        >
          <Icon name={side === 'left' ? 'previous' : 'next'} />
          <span className="panorama-edge__count" aria-hidden="true">
            {xs.length}
          </span>
        </button>
      );
    })}
  </>
);
