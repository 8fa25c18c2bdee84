import { createKioskCore, type KioskCore, type KioskCoreOptions } from './kiosk-core';
import { dataDirFaultFor, throwawayDataDir, type SettingsOutcome } from './startup-fault';

/**
 * Creates the core for a shell so that a start-up fault never stops the start:
 * with the settings the config allowed (a bad config is already a fault), and
 * if the core still cannot start in its data folder (read-only, full, not a
 * folder), once more in a throwaway folder with a data-folder fault. The shell
 * then shows the fault card instead of exiting into a restart loop.
 */
export const startCoreSafely = (outcome: SettingsOutcome, options: Omit<KioskCoreOptions, 'settings' | 'startupFault'>): KioskCore => {
  try {
    return createKioskCore({ ...options, settings: outcome.settings, startupFault: outcome.fault });
  } catch (error) {
    const problem = `cannot start with the data folder ${outcome.settings.dataDir}: ${(error as Error).message}`;
    process.stderr.write(`kiosk: ${problem}; starting without it\n`);
    return createKioskCore({
      ...options,
      settings: { ...outcome.settings, dataDir: throwawayDataDir() },
      startupFault: outcome.fault ?? dataDirFaultFor(outcome.settings.dataDir, problem),
    });
  }
};
