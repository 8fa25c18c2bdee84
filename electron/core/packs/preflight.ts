import type { KeyObject } from 'node:crypto';
import type { PackManifest } from '../../shared/content-pack';
import type { PreflightCheck, PreflightReport } from '../../shared/contract/packs';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/pack-entry-name';
import { KioskFailure } from '../../shared/result';
import { verifyFiles } from './copy-verified';
import { ensureSpace, isDowngrade } from './installer';
import { openPackSource } from './open-source';
import { describeProblem, PackRefusal, type PackProblem } from './pack-problems';
import type { PackLimits, PackSource } from './pack-source';
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
const groupOf = (p: PackProblem): string => {
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
  const warnings: string[] = [];
  const order = ['structure', 'signature', 'manifest', 'kiosk version', 'file list', 'hashes', 'disk space', 'version'];
  const fail = (name: string, message: string): PreflightReport => {
    checks.push({ name, ok: false, message });
    for (const rest of order.slice(order.indexOf(name) + 1)) checks.push({ name: rest, ok: false, message: 'not run: an earlier check failed' });
    return { candidateId: o.candidateId, ok: false, pack: null, checks, warnings, changes: null };
  };
  if (o.trustedKey === undefined) return fail('structure', 'settings.trustedPackKey is not a valid Ed25519 public key: fix kiosk.config.json');

  let source: PackSource;
  try {
    source = await openPackSource(o.location, o.limits);
  } catch (error) {
    return fail('structure', messageOf(error));
  }
  try {
    checks.push({ name: 'structure', ok: true, message: `${source.entries.length} files, names, types and sizes within limits` });
    let manifest: PackManifest;
    try {
      // Downgrades pass here: the report shows them as a change; activation decides.
      manifest = (await checkManifest(source, { trustedKey: o.trustedKey, appVersion: o.appVersion, activeVersion: null, allowDowngrade: true })).manifest;
    } catch (error) {
      if (!(error instanceof PackRefusal)) return fail('manifest', messageOf(error));
      const group = groupOf(error.problems[0] ?? { where: MANIFEST_FILE, message: '' });
      for (const passed of order.slice(1, order.indexOf(group))) checks.push({ name: passed, ok: true, message: 'passed' });
      return fail(group, error.problems.map(describeProblem).join('; '));
    }
    const signed = source.entries.some((e) => e.name === SIGNATURE_FILE);
    checks.push({ name: 'signature', ok: true, message: o.trustedKey ? 'signed with the trusted key' : signed ? 'signed (this kiosk does not require it)' : 'not required on this kiosk' });
    if (!o.trustedKey && !signed) warnings.push('the pack is not signed');
    checks.push({ name: 'manifest', ok: true, message: `${manifest.id} ${manifest.version}, schema valid` });
    checks.push({ name: 'kiosk version', ok: true, message: `needs kiosk ${manifest.minKioskVersion} or newer; this kiosk is ${o.appVersion}` });
    checks.push({ name: 'file list', ok: true, message: `${manifest.files.length} files listed, none missing or extra` });
    const bad = await verifyFiles(source, manifest.files);
    if (bad.length > 0) return fail('hashes', bad.slice(0, 5).map(describeProblem).join('; ') + (bad.length > 5 ? ` (and ${bad.length - 5} more)` : ''));
    checks.push({ name: 'hashes', ok: true, message: 'every file matches its SHA-256' });
    const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
    try {
      await ensureSpace(o.packsDir, bytes);
      checks.push({ name: 'disk space', ok: true, message: `${Math.ceil(bytes / 1024 ** 2)} MB fit on the kiosk's disk` });
    } catch (error) {
      if (!(error instanceof KioskFailure)) throw error;
      return fail('disk space', error.message);
    }
    const fromVersion = o.active?.version ?? null;
    const downgrade = isDowngrade(manifest.version, fromVersion);
    if (downgrade && !o.downgradePossible) return fail('version', `${manifest.version} is not newer than the active ${fromVersion}, and this kiosk refuses downgrades`);
    checks.push({ name: 'version', ok: true, message: downgrade ? `downgrade from ${fromVersion}` : `${fromVersion ?? 'none'} → ${manifest.version}` });
    if (downgrade) warnings.push(`${manifest.version} is not newer than the active ${fromVersion}: activating it needs an administrator to confirm the downgrade`);
    const before = new Set<string>(o.active?.languages ?? []);
    const after = new Set<string>(manifest.languages);
    const languagesRemoved = [...before].filter((l) => !after.has(l));
    if (languagesRemoved.length > 0) warnings.push(`languages no longer offered: ${languagesRemoved.join(', ')}`);
    return {
      candidateId: o.candidateId,
      ok: true,
      pack: { id: manifest.id, version: manifest.version, title: manifest.title[manifest.defaultLanguage] ?? manifest.id },
      checks,
      warnings,
      changes: {
        fromVersion,
        toVersion: manifest.version,
        downgrade,
        chapters: manifest.chapters.map((c) => c.id),
        languagesAdded: [...after].filter((l) => !before.has(l)),
        languagesRemoved,
        bytes,
      },
    };
  } finally {
    await source.close();
  }
};

