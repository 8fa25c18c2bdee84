import type { BrowserWindow } from 'electron';
import type { AppLog } from '../core/app-log';
import { decideRecovery, relaunchesInARow, type CrashPolicy, type RecoveryAction } from './crash-policy';

/** The window to watch, the policy, and the effects (injected so tests control time). */
export type CrashRecoveryDeps = Readonly<{
  window: BrowserWindow;
  policy: CrashPolicy;
  /** Relaunches in a row before this process (from argv). */
  relaunches: number;
  /** URL the renderer restarts at: the attract loop. */
  startUrl: string;
  log: AppLog;
  /** Keeps a crash or recovery event in SQLite (core.alert), where the System screen lists it; absent = app log only. */
  record?: (kind: string, message: string) => void;
  /** Restarts the whole app carrying this relaunch count (app.relaunch + quit). */
  relaunch: (relaunches: number) => void;
  /** True once the app is quitting: a renderer going away then is expected. */
  isQuitting: () => boolean;
  now?: () => number;
  schedule?: (run: () => void, delayMs: number) => void;
}>;

const describeData = (data: Record<string, unknown>): string => {
  const parts = Object.entries(data).map(([key, value]) => `${key} ${String(value)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
};

const describeDecision = (decision: RecoveryAction): string =>
  decision.action === 'relaunch' ? 'relaunch the app' : `${decision.action === 'reload' ? 'reload' : 'attract-only mode'} in ${decision.delayMs / 1000} s`;

/** What the rest of the shell reads back. */
export type CrashRecovery = Readonly<{
  /** True once the policy gave up on the full tour (app:info tells the renderer). */
  attractOnly(): boolean;
}>;

/**
 * Recovers from a renderer that crashed (`render-process-gone`) or hung
 * (`unresponsive`): logs it and follows the back-off of crash-policy.ts. A hung
 * renderer is killed first, since a reload request would queue behind the hang.
 */
export const registerCrashRecovery = (deps: CrashRecoveryDeps): CrashRecovery => {
  const now = deps.now ?? Date.now;
  const schedule = deps.schedule ?? ((run, delayMs) => void setTimeout(run, delayMs));
  const contents = deps.window.webContents;
  const launchedAt = now();
  const reloads: number[] = [];
  let attractOnly = false;
  let pending = false;
  let killing = false;

  const restartRenderer = () => {
    pending = false;
    contents.loadURL(deps.startUrl).catch((error: unknown) => deps.log.error('renderer reload failed', error));
  };

  const incident = (kind: string, data: Record<string, unknown>) => {
    if (deps.isQuitting() || pending) return;
    const at = now();
    const history = { reloads, relaunches: deps.relaunches, launchedAt };
    const decision = decideRecovery(history, at, deps.policy);
    deps.log.error(`renderer ${kind}`, { ...data, recovery: decision });
    deps.record?.(`renderer-${kind}`, `renderer ${kind}${describeData(data)}; recovery: ${describeDecision(decision)}`);
    if (decision.action === 'relaunch') {
      pending = true;
      deps.relaunch(relaunchesInARow(history, at, deps.policy) + 1);
      return;
    }
    if (decision.action === 'attract-only') attractOnly = true;
    reloads.push(at);
    pending = true;
    schedule(restartRenderer, decision.delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    if (killing) {
      killing = false;
      return;
    }
    incident('gone', { reason: details.reason, exitCode: details.exitCode });
  });
  deps.window.on('unresponsive', () => {
    incident('unresponsive', {});
    if (contents.isCrashed()) return;
    killing = true;
    contents.forcefullyCrashRenderer();
  });
  deps.window.on('responsive', () => deps.log.info('renderer responsive again'));
  contents.on('preload-error', (_event, preloadPath, error) => deps.log.error(`preload failed: ${preloadPath}`, error));

  return { attractOnly: () => attractOnly };
};
