import './hotspot-cue.css';

type HotspotMarkerProps = Readonly<{
  /** Position in px inside the hotspot plane. */
  left: number;
  top: number;
  label: string;
  number: number;
  /** Counted by an edge arrow (out of view or under it): hidden until panned in, still focusable. */
  atEdge: boolean;
  /** The narration speaks of this place now: it glows, pulsing unless motion is reduced. */
  glow: 'none' | 'pulse' | 'still';
  testId: string;
  onOpen: () => void;
}>;

/** A pulsing, numbered marker on the panorama (the pulse is CSS transform/opacity, off for reduced motion). */
export const HotspotMarker = ({ left, top, label, number, atEdge, glow, testId, onOpen }: HotspotMarkerProps) => (
  <button
    type="button"
    className={`${atEdge ? 'hotspot hotspot--at-edge' : 'hotspot'}${glow === 'none' ? '' : ` hotspot--cued hotspot--cued-${glow}`}`}
    // Inside the band the chrome leaves free (chapter.css sets --marker-top/--marker-bottom per layout).
    style={{ left, top: `clamp(var(--marker-top, 0px), ${top}px, calc(100% - var(--marker-bottom, 0px)))` }}
    aria-label={label}
    data-testid={testId}
    data-cued={glow !== 'none' || undefined}
    onClick={onOpen}
  >
    {glow !== 'none' && (
      <span className="hotspot__glow" aria-hidden="true">
        <span className="hotspot__glow-halo" />
      </span>
    )}
    <span className="hotspot__pulse" aria-hidden="true" />
    <span className="hotspot__dot" aria-hidden="true">
      {number}
    </span>
  </button>
);
