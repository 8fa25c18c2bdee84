/**
 * Where markers sit and which are out of view, pure. A marker is drawn inside
 * the panorama's safe area: never closer to the art's ends than SIDE_PX (the
 * stage clamps there, so an edge marker would be half cut), and vertically
 * between the chrome drawn over the stage (CSS sets that band, chapter.css).
 */

/** Room (px) a marker centre keeps from the art's ends and from the stage's sides: its 80 px button whole, plus air. */
export const SIDE_PX = 56;

/** A marker's x on the hotspot plane (px), kept SIDE_PX inside the art. */
export const markerX = (x: number, fullWidth: number): number =>
  Math.min(Math.max(x * fullWidth, SIDE_PX), Math.max(SIDE_PX, fullWidth - SIDE_PX));

/** A marker centre closer than this to a stage side counts as out of view: the side's arrow (16 px in, ~90 px wide) would cover its 80 px button. */
export const EDGE_ZONE_PX = 160;

export type OffScreen = Readonly<{ left: readonly number[]; right: readonly number[] }>;

export const NONE_OFF_SCREEN: OffScreen = { left: [], right: [] };

/**
 * The plane x of every marker out of view on each side, for a plane shifted by
 * `shiftPx` in a stage `stageWidth` wide; nearest first (the arrow pans to it).
 */
export const offScreen = (xs: readonly number[], shiftPx: number, stageWidth: number): OffScreen => {
  const left = xs.filter((x) => x + shiftPx < EDGE_ZONE_PX).sort((a, b) => b - a);
  const right = xs.filter((x) => x + shiftPx > stageWidth - EDGE_ZONE_PX).sort((a, b) => a - b);
  return { left, right };
};

/** Same markers on the same sides: no re-render. */
export const sameOffScreen = (a: OffScreen, b: OffScreen): boolean =>
  a.left.join() === b.left.join() && a.right.join() === b.right.join();
