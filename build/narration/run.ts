import { execFileSync } from 'node:child_process';

/**
 * Runs a command without a shell (so script text never needs quoting) and returns
 * its stdout. On failure the error names the command and its stderr.
 */
export const run = (command: string, args: readonly string[]): string => {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`${command} ${args.join(' ')} failed: ${stderr.trim() || String(error)}`);
  }
};
