import type { Transition, Variants } from 'motion/react';

/**
 * The one motion module: durations, easings and variants shared by every
 * screen. Only transform and opacity are animated, and always as whole
 * `transform` strings: Motion hands those to the compositor (WAAPI), while its
 * `y`/`scale` shorthands run a script every frame and repaint the screen's text
 * layer each frame — without a GPU that raster delayed taps by up to 90 ms.
 * MotionConfig reducedMotion="user" (App) turns the transforms off for visitors who ask.
 * Screens' staggered rise-ins are plain CSS animations (rise.ts, styles/rise.css).
 */

/** Durations in seconds. */
export const DURATION = {
  fast: 0.18,
  base: 0.32,
  slow: 0.6,
  crossfade: 1.6,
} as const;

/** Calm, museum-like deceleration. */
export const EASE_OUT = [0.22, 1, 0.36, 1] as const;

export const baseTransition: Transition = {
  duration: DURATION.base,
  ease: EASE_OUT,
};

/** Dialogs (fact card, facts list, idle overlay). */
export const dialogVariants: Variants = {
  initial: { opacity: 0, transform: 'scale(0.96)' },
  enter: { opacity: 1, transform: 'scale(1)', transition: baseTransition },
  exit: { opacity: 0, transform: 'scale(0.98)', transition: { duration: DURATION.fast } },
};

/** Scrim behind dialogs. */
export const scrimVariants: Variants = {
  initial: { opacity: 0 },
  enter: { opacity: 1, transition: baseTransition },
  exit: { opacity: 0, transition: { duration: DURATION.fast } },
};

/** Caption line changes. */
export const captionVariants: Variants = {
  initial: { opacity: 0, transform: 'translateY(8px)' },
  enter: { opacity: 1, transform: 'translateY(0px)', transition: { duration: DURATION.fast } },
  exit: { opacity: 0, transition: { duration: DURATION.fast } },
};
