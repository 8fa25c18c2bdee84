/** How `npm start` runs the kiosk on this machine. */
export type LaunchMode =
  | Readonly<{ mode: 'electron'; electronPath: string; reason: string }>
  | Readonly<{ mode: 'chromium'; chromiumPath: string; reason: string }>
  | Readonly<{ mode: 'serve'; reason: string }>;

/** What the launcher found out about the machine. */
export type LaunchFacts = Readonly<{
  /** The user asked for a mode with --electron / --browser / --serve. */
  requested: 'electron' | 'browser' | 'serve' | null;
  /** Path of a runnable Electron binary (after an attempted download), or null. */
  electronPath: string | null;
  /** Why Electron is missing, when it is. */
  electronProblem: string | null;
  chromiumPath: string | null;
  /** A display to open a window on (always true on Windows and macOS). */
  hasDisplay: boolean;
}>;

/**
 * Chooses how to run: Electron when present, else system Chromium in kiosk mode on the
 * web host, else the web host alone (headless machines). Pure, so every branch is tested.
 */
export const chooseLaunchMode = (facts: LaunchFacts): LaunchMode => {
  if (facts.requested === 'serve') return { mode: 'serve', reason: 'requested with --serve' };
  if (facts.requested !== 'browser' && facts.electronPath) {
    if (!facts.hasDisplay) return { mode: 'serve', reason: 'Electron is installed but there is no display (DISPLAY/WAYLAND_DISPLAY unset)' };
    return { mode: 'electron', electronPath: facts.electronPath, reason: 'the Electron runtime is installed' };
  }
  const whyNotElectron =
    facts.requested === 'browser' ? 'requested with --browser' : `Electron is unavailable (${facts.electronProblem ?? 'not installed'})`;
  if (facts.requested === 'electron') return { mode: 'serve', reason: `--electron requested but ${whyNotElectron}; serving the web host only` };
  if (!facts.chromiumPath) return { mode: 'serve', reason: `${whyNotElectron} and no Chromium/Chrome was found` };
  if (!facts.hasDisplay) return { mode: 'serve', reason: `${whyNotElectron} and there is no display` };
  return { mode: 'chromium', chromiumPath: facts.chromiumPath, reason: `${whyNotElectron}; using Chromium in kiosk mode` };
};

/** Chromium flags for an unattended kiosk window on the web host's URL (never `--no-sandbox`: see browser-user.ts). */
export const chromiumKioskArgs = (
  url: string,
  profileDir: string,
  screen: { width: number; height: number } | null = null,
): string[] => [
  `--app=${url}`,
  '--kiosk',
  '--start-fullscreen',
  // Without a window manager --kiosk cannot go fullscreen by itself: size the window to the screen.
  ...(screen ? ['--window-position=0,0', `--window-size=${screen.width},${screen.height}`] : []),
  `--user-data-dir=${profileDir}`,
  '--no-first-run',
  '--no-default-browser-check',
  '--noerrdialogs',
  '--disable-session-crashed-bubble',
  '--disable-infobars',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--disable-features=TranslateUI,Translate',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
