/** The CSS transition and animation events the browser fires as things move. */
const ANIMATION_EVENTS = [
  'transitionrun',
  'transitionstart',
  'transitionend',
  'transitioncancel',
  'animationstart',
  'animationiteration',
  'animationend',
  'animationcancel',
] as const;

/**
 * Stops CSS transition and animation events at the window, before they reach
 * the document. React listens for all of them at its root, and dispatching one
 * through it costs 1 ms at 1× CPU, 2–12 ms at 4×. A pressed button fires four,
 * a screen's rise-ins forty, a hotspot's pulse one per ring; those in the frame
 * after a tap held that frame back. The kiosk handles none of them (Motion
 * follows its own animations), so none is lost.
 */
export const stopAnimationEventsAtWindow = (target: Window = window): void => {
  for (const type of ANIMATION_EVENTS) {
    target.addEventListener(type, (event) => event.stopPropagation(), { capture: true });
  }
};
