import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PdfPrinter } from '../core/report/pdf-printer';
import { KioskFailure } from '../shared/result';

/** Who the web host runs as, and how it could run a program as someone else (decided by the caller; tests choose). */
export type PrintUser = Readonly<{
  uid: number | null;
  /** The unprivileged account a root web host prints as (`SUDO_USER`); null: none known. */
  user: string | null;
  runuserPath: string | null;
}>;

/** A print that takes longer than this is stopped: the report is one page. */
const PRINT_TIMEOUT_MS = 60_000;

/**
 * Headless Chromium as a one-shot printer: no network (every host name
 * resolves nowhere), no extensions or first-run work, a throwaway profile.
 * Scripts are off by the page's own CSP (`default-src 'none'`): Chromium's
 * `scriptEnabled=false` switch also stops headless printing (nothing is written). The page is the kiosk's own script-free HTML, but Chromium keeps
 * its sandbox all the same: as root it prints as the unprivileged `user`
 * through `runuser` (the rule of the Chromium fallback, issue 15) and
 * refuses when there is none, saying how to fix it.
 */
export const createChromiumPdfPrinter = (chromiumPath: string, who: PrintUser, timeoutMs = PRINT_TIMEOUT_MS): PdfPrinter => ({
  async print(htmlFile) {
    const asUser = who.uid === 0 ? who.user : null;
    if (who.uid === 0 && (!asUser || !who.runuserPath)) {
      throw new KioskFailure(
        'unavailable',
        'the web host runs as root and will not print with Chromium\'s sandbox off: run the kiosk as a normal user, or start it with sudo from one (with util-linux runuser installed)',
      );
    }
    // Its own folder (0700) for the page, the profile and the PDF, owned by whoever prints.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-print-'));
    try {
      const page = path.join(dir, 'report.html');
      const out = path.join(dir, 'report.pdf');
      fs.copyFileSync(htmlFile, page);
      if (asUser) chownTo(dir, asUser);
      const args = [
        '--headless',
        '--disable-gpu',
        '--no-first-run',
        '--disable-extensions',
        '--disable-sync',
        '--disable-background-networking',
        '--disable-component-update',
        '--host-resolver-rules=MAP * ~NOTFOUND',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${out}`,
        `file://${page}`,
      ];
      const [command, argv] = asUser ? [who.runuserPath!, ['-u', asUser, '--', chromiumPath, ...args]] : [chromiumPath, args];
      await run(command, argv, { ...process.env, HOME: dir }, timeoutMs);
      if (!fs.existsSync(out)) throw new KioskFailure('unavailable', 'Chromium ended without printing the report');
      return fs.readFileSync(out);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
});

const chownTo = (dir: string, user: string) => {
  const result = spawnSync('chown', ['-R', `${user}:`, dir]);
  if (result.status !== 0) throw new KioskFailure('unavailable', `cannot hand the print folder to ${user}: ${result.stderr.toString().trim()}`);
};

const run = (command: string, argv: string[], env: NodeJS.ProcessEnv, timeoutMs: number) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new KioskFailure('unavailable', `cannot start Chromium to print: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new KioskFailure('unavailable', `Chromium could not print the report (${signal ?? `exit ${code}`}): ${lastLine(stderr)}`));
    });
  });

const lastLine = (text: string) => text.trim().split('\n').filter((l) => !l.includes('dbus')).at(-1) ?? '';

/** Chromium for printing: CHROMIUM_PATH, else where Debian and Ubuntu install it; null when there is none. */
export const findChromium = (env: NodeJS.ProcessEnv): string | null =>
  [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => Boolean(p && fs.existsSync(p))) ?? null;

/** This process's print user: itself, or as root the sudo caller (a plausible account name, never root). */
export const printUserOf = (env: NodeJS.ProcessEnv, uid: number | null): PrintUser => {
  const sudo = env.SUDO_USER;
  const user = sudo && sudo !== 'root' && /^[a-z_][a-z0-9_.-]*\$?$/i.test(sudo) ? sudo : null;
  const runuserPath = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => fs.existsSync(p)) ?? null;
  return { uid, user, runuserPath };
};
