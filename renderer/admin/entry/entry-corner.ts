/**
 * Where and how long the hidden admin entry is pressed. Pure, so the rule the
 * hook applies and the one docs/admin.md states stay one rule.
 */

/** Size of the square, top-left corner of the attract screen that takes the long-press (px). */
export const ENTRY_CORNER_PX = 120;

/** How long the corner must be held (ms). */
export const ENTRY_HOLD_MS = 3_000;

/** A finger drifting further than this (px) is a swipe, not a hold. */
export const ENTRY_SLOP_PX = 24;

/** Whether a point (client px) is in the entry corner. */
export const inEntryCorner = (x: number, y: number): boolean =>
  x >= 0 && y >= 0 && x < ENTRY_CORNER_PX && y < ENTRY_CORNER_PX;

/** Whether a pointer moved from (x0, y0) to (x, y) too far to still count as a hold. */
export const movedTooFar = (x0: number, y0: number, x: number, y: number): boolean =>
  Math.hypot(x - x0, y - y0) > ENTRY_SLOP_PX;

/** Whether a key press is the keyboard entry, Ctrl+Alt+A. */
export const isEntryKey = (
  event: Readonly<{ ctrlKey: boolean; altKey: boolean; code: string; key: string }>,
): boolean => event.ctrlKey && event.altKey && (event.code === 'KeyA' || event.key.toLowerCase() === 'a');
