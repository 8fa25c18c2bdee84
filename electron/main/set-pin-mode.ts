import { promptAndSetPin, type PinPromptIo } from '../core/admin/set-pin-prompt';
import type { Role } from '../shared/contract/admin';
import { loadShellSettings, resolveShellPaths, type ShellEnvironment } from './shell-paths';

/**
 * `changjiahui-kiosk --set-pin staff|admin`: the packaged app has no Node CLI, so its
 * own binary sets a PIN in the data folder the kiosk itself would use, then exits
 * (no window). A running kiosk picks the PIN up at its next sign-in. A config whose
 * data folder is in doubt is refused rather than guessed. Returns the exit code.
 */
export const runSetPinMode = async (
  role: Role,
  shell: ShellEnvironment,
  io: PinPromptIo & Readonly<{ stdout: NodeJS.WritableStream }>,
): Promise<number> => {
  const paths = resolveShellPaths(shell);
  const { settings, fault } = loadShellSettings(shell, paths.configFile);
  if (fault?.blocking) {
    io.stderr.write(`--set-pin: ${fault.file}: ${fault.problem}; fix the configuration first, nothing changed\n`);
    return 1;
  }
  try {
    await promptAndSetPin(settings.dataDir, role, io, 'the app binary (--set-pin)');
    io.stdout.write(`${role} PIN set in ${settings.dataDir}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`--set-pin: ${(error as Error).message}\n`);
    return 1;
  }
};
