/**
 * When the kiosk was last touched, anywhere: a button, the next chapter. Recorded in the
 * capture phase from the moment this module loads, so it is known before a chapter's
 * panorama mounts (the tap that opened it counts).
 */
let touchedAt = Number.NEGATIVE_INFINITY;
window.addEventListener('pointerdown', () => (touchedAt = performance.now()), { capture: true, passive: true });

/** performance.now() of the last pointerdown anywhere on the page (-Infinity before the first). */
export const lastTouchAt = (): number => touchedAt;
