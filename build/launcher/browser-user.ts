/** Who runs the kiosk browser, decided before it starts. */
export type BrowserUser = Readonly<{
  /** The process the launcher's uid runs as (null: not a POSIX system). */
  uid: number | null;
  /** `SUDO_USER`: the account that ran `sudo npm start`. */
  sudoUser: string | undefined;
  /** Path of `runuser` (util-linux), or null when absent. */
  runuserPath: string | null;
}>;

/** How to start the browser: as is, through `runuser`, or not at all (with the exact way out). */
export type BrowserPlan =
  | Readonly<{ run: 'direct'; command: string; args: string[] }>
  | Readonly<{ run: 'as-user'; user: string; command: string; args: string[]; note: string }>
  | Readonly<{ run: 'refused'; message: string }>;

/**
 * Chromium's sandbox is what keeps a compromised renderer away from the machine, and
 * Chromium refuses to start as root with it. The kiosk never answers that with a silent
 * `--no-sandbox`: as root it runs the browser as the sudo caller through `runuser`, and
 * when there is no such user it refuses and says exactly what to do instead. Pure.
 */
export const planBrowser = (who: BrowserUser, chromiumPath: string, args: readonly string[]): BrowserPlan => {
  if (who.uid !== 0) return { run: 'direct', command: chromiumPath, args: [...args] };
  const user = who.sudoUser && who.sudoUser !== 'root' && /^[a-z_][a-z0-9_.-]*\$?$/i.test(who.sudoUser) ? who.sudoUser : null;
  if (user && who.runuserPath) {
    return {
      run: 'as-user',
      user,
      command: who.runuserPath,
      args: ['-u', user, '--', chromiumPath, ...args],
      note: `running as root: the browser runs as ${user} (SUDO_USER) with its sandbox on`,
    };
  }
  const why = user ? '`runuser` (util-linux) is not installed' : 'no unprivileged user is known (SUDO_USER is unset)';
  return {
    run: 'refused',
    message: [
      `not starting the browser as root without its sandbox (${why}). Instead, either:`,
      '  - start the kiosk as a normal user: `npm start` from that user, or `sudo -u <kiosk-user> npm start`;',
      user ? '  - install util-linux (`runuser`) so the kiosk can run the browser as that user;' : '  - run it with `sudo npm start` from your own account, so the browser runs as you;',
      '  - or keep the web host running (it is) and open its URL in a browser started by a normal user.',
    ].join('\n'),
  };
};
