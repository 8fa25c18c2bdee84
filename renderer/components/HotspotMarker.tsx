type HotspotMarkerProps = Readonly<{
  /** Position in px inside the hotspot plane. */
  left: number;
  top: number;
  label: string;
  number: number;
  testId: string;
  onOpen: () => void;
}>;

/** A pulsing, numbered marker on the panorama (the pulse is CSS transform/opacity, off for reduced motion). */
export const HotspotMarker = ({ left, top, label, number, testId, onOpen }: HotspotMarkerProps) => (
  <button
    type="button"
    className="hotspot"
    style={{ left, top }}
    aria-label={label}
    data-testid={testId}
    onClick={onOpen}
  >
    <span className="hotspot__pulse" aria-hidden="true" />
    <span className="hotspot__dot" aria-hidden="true">
      {number}
    </span>
  </button>
);
