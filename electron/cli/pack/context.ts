import path from 'node:path';
import { findAppPaths, type AppPaths } from '../../core/app-paths';
import type { PackLimits } from '../../core/packs/pack-source';
import { loadSettings } from '../../core/settings';

/** What every command needs: where the app lives, its version, the pack limits, and output. */
export type CliContext = Readonly<{
  paths: AppPaths;
  limits: PackLimits;
  out: (line?: string) => void;
  err: (line: string) => void;
}>;

/** Builds the context from the running script's location (works from tsx and from dist/cli). */
export const cliContext = (): CliContext => ({
  paths: findAppPaths(path.dirname(process.argv[1] ?? process.cwd())),
  limits: loadSettings({ env: process.env }).packLimits,
  out: (line = '') => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
