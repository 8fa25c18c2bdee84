import type { CommandLine } from 'electron';

/**
 * Chromium switches for a touch kiosk, applied before `app` is ready:
 * no pinch zoom on touchscreens (setVisualZoomLevelLimits covers pages; this covers
 * the compositor), and no two-finger swipe back/forward through history.
 */
export const applyKioskSwitches = (commandLine: Pick<CommandLine, 'appendSwitch'>): void => {
  commandLine.appendSwitch('disable-pinch');
  commandLine.appendSwitch('overscroll-history-navigation', '0');
};
