import type { AppInfo } from '../shared/contract/app';
import type { StartupFault } from '../shared/startup-fault';
import type { HandlerMap } from './handlers';
import { rendererSettingsOf } from './live-settings';
import type { Settings } from './settings';

export type AppHandlerDeps = Readonly<{
  /** The settings in force (an admin may change some on screen). */
  settings: () => Settings;
  appVersion: string;
  shell: AppInfo['shell'];
  mediaBase: string;
  clock: () => Date;
  /** Safe attract-only mode (crash policy); absent = never. */
  attractOnly?: () => boolean;
  /** Shown by the renderer as the "cannot start / configuration error" card. */
  startupFault?: StartupFault | null;
}>;

/** Handlers of the `app:` calls. */
export const createAppHandlers = (deps: AppHandlerDeps): HandlerMap<'app:info' | 'app:echo'> => ({
  'app:info': () => ({
    kioskId: deps.settings().kioskId,
    appVersion: deps.appVersion,
    shell: deps.shell,
    mediaBase: deps.mediaBase,
    startupFault: deps.startupFault ?? null,
    settings: rendererSettingsOf(deps.settings(), deps.attractOnly?.() ?? false),
  }),
  'app:echo': ({ text }) => ({ text, receivedAt: deps.clock().toISOString() }),
});
