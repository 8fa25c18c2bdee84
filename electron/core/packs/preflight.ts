import type { KeyObject } from 'node:crypto';
import type { PackManifest } from '../../shared/content-pack';
import type { PreflightCheck, PreflightCheckName, PreflightCode, PreflightParams, PreflightReport, PreflightText } from '../../shared/contract/packs';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/pack-entry-name';
import { KioskFailure } from '../../shared/result';
import { verifyFiles } from './copy-verified';
import { ensureSpace, isDowngrade } from './installer';
import { openPackSource } from './open-source';
import { describeProblem, PackRefusal, type PackProblem } from './pack-problems';
import type { PackLimits, PackSource } from './pack-source';
import { preflightText } from './preflight-texts';
import { checkManifest } from './verify-manifest';

export type PreflightOptions = Readonly<{
  candidateId: string;
  location: string;
  limits: PackLimits;
  trustedKey: KeyObject | null | undefined;
  appVersion: string;
  active: PackManifest | null;
  packsDir: string;
  downgradePossible: boolean;
}>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Which named check a refusal from checkManifest belongs to. */
const groupOf = (p: PackProblem): PreflightCheckName => {
  if (p.where === SIGNATURE_FILE) return 'signature';
  if (p.field === 'minKioskVersion') return 'kiosk version';
  if (p.where === MANIFEST_FILE && (p.field === undefined || !p.field.startsWith('files'))) return 'manifest';
  return 'file list';
};

/**
 * Runs every check the installer runs, in its order (structure, signature,
 * manifest, kiosk version, file list, hashes, space), plus the downgrade
 * rule, on a candidate — reading only, never touching `packs/`. Stops at the
 * first failing group like the installer; the later ones are listed as not run.
 */
export const runPreflight = async (o: PreflightOptions): Promise<PreflightReport> => {
  const checks: PreflightCheck[] = [];
  const warnings: PreflightText[] = [];
  const order: PreflightCheckName[] = ['structure', 'signature', 'manifest', 'kiosk version', 'file list', 'hashes', 'disk space', 'version'];
  const pass = <C extends PreflightCode>(name: PreflightCheckName, code: C, params: PreflightParams[C]) =>
    checks.push({ name, ok: true, ...preflightText(code, params) });
  const fail = (name: PreflightCheckName, text: PreflightText): PreflightReport => {
    checks.push({ name, ok: false, ...text });
    for (const rest of order.slice(order.indexOf(name) + 1)) checks.push({ name: rest, ok: false, ...preflightText('not-run', {}) });
    return { candidateId: o.candidateId, ok: false, pack: null, checks, warnings, changes: null };
  };
  const failed = (detail: string) => preflightText('failed', { detail });
  if (o.trustedKey === undefined) return fail('structure', preflightText('bad-trusted-key', {}));

  let source: PackSource;
  try {
    source = await openPackSource(o.location, o.limits);
  } catch (error) {
    return fail('structure', failed(messageOf(error)));
  }
  try {
    pass('structure', 'structure-ok', { files: source.entries.length });
    let manifest: PackManifest;
    try {
      // Downgrades pass here: the report shows them as a change; activation decides.
      manifest = (await checkManifest(source, { trustedKey: o.trustedKey, appVersion: o.appVersion, activeVersion: null, allowDowngrade: true })).manifest;
    } catch (error) {
      if (!(error instanceof PackRefusal)) return fail('manifest', failed(messageOf(error)));
      const group = groupOf(error.problems[0] ?? { where: MANIFEST_FILE, message: '' });
      for (const passed of order.slice(1, order.indexOf(group))) pass(passed, 'passed', {});
      return fail(group, failed(error.problems.map(describeProblem).join('; ')));
    }
    const signed = source.entries.some((e) => e.name === SIGNATURE_FILE);
    pass('signature', o.trustedKey ? 'signed-trusted' : signed ? 'signed-optional' : 'unsigned-allowed', {});
    if (!o.trustedKey && !signed) warnings.push(preflightText('warn-unsigned', {}));
    pass('manifest', 'manifest-ok', { id: manifest.id, version: manifest.version });
    pass('kiosk version', 'kiosk-version-ok', { needs: manifest.minKioskVersion, kiosk: o.appVersion });
    pass('file list', 'file-list-ok', { files: manifest.files.length });
    const bad = await verifyFiles(source, manifest.files);
    if (bad.length > 0) return fail('hashes', failed(bad.slice(0, 5).map(describeProblem).join('; ') + (bad.length > 5 ? ` (and ${bad.length - 5} more)` : '')));
    pass('hashes', 'hashes-ok', {});
    const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
    try {
      await ensureSpace(o.packsDir, bytes);
      pass('disk space', 'space-ok', { megabytes: Math.ceil(bytes / 1024 ** 2) });
    } catch (error) {
      if (!(error instanceof KioskFailure)) throw error;
      return fail('disk space', failed(error.message));
    }
    const fromVersion = o.active?.version ?? null;
    const downgrade = isDowngrade(manifest.version, fromVersion);
    if (downgrade && !o.downgradePossible) return fail('version', preflightText('downgrade-refused', { from: fromVersion, to: manifest.version }));
    if (downgrade) pass('version', 'version-downgrade', { from: fromVersion });
    else pass('version', 'version-change', { from: fromVersion, to: manifest.version });
    if (downgrade) warnings.push(preflightText('warn-downgrade', { from: fromVersion, to: manifest.version }));
    const before = new Set<string>(o.active?.languages ?? []);
    const after = new Set<string>(manifest.languages);
    const languagesRemoved = [...before].filter((l) => !after.has(l));
    if (languagesRemoved.length > 0) warnings.push(preflightText('warn-languages-removed', { languages: languagesRemoved }));
    return {
      candidateId: o.candidateId,
      ok: true,
      pack: { id: manifest.id, version: manifest.version, title: manifest.title[manifest.defaultLanguage] ?? manifest.id, titles: manifest.title },
      checks,
      warnings,
      changes: {
        fromVersion,
        toVersion: manifest.version,
        downgrade,
        chapters: manifest.chapters.map((c) => ({ id: c.id, title: c.title })),
        languagesAdded: [...after].filter((l) => !before.has(l)),
        languagesRemoved,
        bytes,
      },
    };
  } finally {
    await source.close();
  }
};

