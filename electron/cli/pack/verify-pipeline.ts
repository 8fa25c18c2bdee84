import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { PackManifest } from '../../shared/content-pack';
import { copyVerified } from '../../core/packs/copy-verified';
import { openPackSource } from '../../core/packs/open-source';
import { describeProblem, PackRefusal } from '../../core/packs/pack-problems';
import type { PackLimits } from '../../core/packs/pack-source';
import { checkManifest } from '../../core/packs/verify-manifest';

/** Outcome of running the kiosk's own install checks on a pack, without installing it. */
export type PipelineResult = Readonly<{
  /** Which stages passed, as report lines. */
  passed: string[];
  problems: string[];
  manifest: PackManifest | null;
  /** A verified copy of the pack (delete with `cleanup`). */
  copy: string | null;
  cleanup(): void;
}>;

/**
 * Runs exactly what `packs:install` runs (structure, signature, manifest, file set,
 * hashes), copying into a temp folder, and collects every problem of the first stage that fails.
 */
export const runPipeline = async (
  location: string,
  limits: PackLimits,
  appVersion: string,
  trustedKey: KeyObject | null,
): Promise<PipelineResult> => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-pack-check-'));
  const cleanup = () => fs.rmSync(temp, { recursive: true, force: true });
  const passed: string[] = [];
  const fail = (error: unknown, manifest: PackManifest | null = null): PipelineResult => {
    if (!(error instanceof PackRefusal)) throw error;
    return { passed, problems: error.problems.map(describeProblem), manifest, copy: null, cleanup };
  };
  const absolute = path.resolve(location);
  let source;
  try {
    source = await openPackSource(absolute, limits);
  } catch (error) {
    return fail(error);
  }
  try {
    passed.push(
      `structure: ${source.entries.length} files in the ${source.kind}, safe names, regular files only, within limits`,
    );
    const ignored = source.ignored ?? [];
    if (ignored.length > 0) {
      const shown = ignored.slice(0, 3).join(', ') + (ignored.length > 3 ? ', …' : '');
      passed.push(`ignored ${ignored.length} file(s) the OS leaves behind, as the kiosk does (${shown})`);
    }
    let checked;
    try {
      checked = await checkManifest(source, { trustedKey, appVersion, activeVersion: null, allowDowngrade: true });
    } catch (error) {
      return fail(error);
    }
    if (trustedKey) passed.push('signature: manifest.sig verifies with the given public key');
    passed.push(
      `manifest: schema, languages and chapters valid; ${checked.manifest.files.length} files listed, none missing or extra`,
    );
    try {
      await copyVerified(source, checked.manifest.files, temp, { collectAll: true });
    } catch (error) {
      return fail(error, checked.manifest);
    }
    passed.push('hashes: every file matches its size and SHA-256');
    return { passed, problems: [], manifest: checked.manifest, copy: temp, cleanup };
  } finally {
    await source.close();
  }
};
