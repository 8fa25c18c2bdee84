import type { KeyObject } from 'node:crypto';
import { PackManifest } from '../../shared/content-pack';
import { describeJsonError, parseJsonText } from '../../shared/json-text';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/pack-entry-name';
import { manifestProblems, referencedFiles } from '../../shared/pack-validate';
import { compareVersions } from '../../shared/pack-version';
import { refuse, refuseIfAny, type PackProblem } from './pack-problems';
import type { PackSource } from './pack-source';
import { signatureProblem } from './signature';

/** Larger manifests are refused before parsing: real ones are tens of kilobytes. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 1024;

/** What the kiosk requires of a pack beyond its own consistency. */
export type ManifestPolicy = Readonly<{
  /** When set, only packs whose manifest.sig verifies with this key are accepted. */
  trustedKey: KeyObject | null;
  /** The running kiosk's version, compared with the manifest's minKioskVersion. */
  appVersion: string;
  /** Version of the active pack; null when none can be read. */
  activeVersion: string | null;
  allowDowngrade: boolean;
}>;

/** A manifest that passed every check, with its exact bytes (what the signature covers). */
export type CheckedManifest = Readonly<{ manifest: PackManifest; bytes: Buffer; signature: Buffer | null }>;

/** Reads a whole small entry, refusing it when it is larger than `max`. */
export const readSmall = async (source: PackSource, name: string, max: number): Promise<Buffer> => {
  const entry = source.entries.find((e) => e.name === name);
  if (!entry) return refuse(name, 'missing from the pack');
  if (entry.size > max) refuse(name, `is ${entry.size} bytes, over the limit of ${max}`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = await source.open(name);
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > entry.size) {
        stream.destroy();
        refuse(name, `unpacks to more than the ${entry.size} bytes the archive declares`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'PackRefusal') throw error;
    refuse(name, `cannot be read (${(error as Error).message})`);
  }
  if (size !== entry.size) refuse(name, `has ${size} bytes, the archive declares ${entry.size}`);
  return Buffer.concat(chunks);
};

const fieldProblem = (p: { field: string; message: string }): PackProblem => {
  const prefix = `${p.field}: `;
  const message = p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message;
  return { where: MANIFEST_FILE, field: p.field || 'manifest', message };
};

const checkSignature = (bytes: Buffer, signature: Buffer | null, policy: ManifestPolicy) => {
  if (!policy.trustedKey) return;
  if (!signature) refuse(SIGNATURE_FILE, 'missing: this kiosk accepts only packs signed with its trusted key');
  const problem = signatureProblem(bytes, (signature ?? Buffer.alloc(0)).toString('utf8'), policy.trustedKey);
  if (problem) refuse(SIGNATURE_FILE, problem);
};

const policyProblems = (m: PackManifest, policy: ManifestPolicy): PackProblem[] => {
  const problems: PackProblem[] = [];
  if (compareVersions(m.minKioskVersion, policy.appVersion) > 0) {
    problems.push({
      where: MANIFEST_FILE,
      field: 'minKioskVersion',
      message: `needs kiosk ${m.minKioskVersion} or newer; this kiosk is ${policy.appVersion}`,
    });
  }
  if (
    policy.activeVersion !== null &&
    !policy.allowDowngrade &&
    compareVersions(m.version, policy.activeVersion) <= 0
  ) {
    problems.push({
      where: MANIFEST_FILE,
      field: 'version',
      message: `${m.version} is not newer than the active pack's ${policy.activeVersion} (a downgrade is possible only on screen, confirmed by an administrator)`,
    });
  }
  return problems;
};

/**
 * Checks the files a manifest lists against what the pack holds: nothing missing,
 * nothing extra, sizes as declared, and every referenced media file listed.
 */
export const fileSetProblems = (source: PackSource, m: PackManifest): PackProblem[] => {
  const problems: PackProblem[] = [];
  const present = new Map(source.entries.map((e) => [e.name, e.size]));
  const listed = new Set<string>();
  m.files.forEach((file, i) => {
    listed.add(file.path);
    const size = present.get(file.path);
    if (size === undefined)
      problems.push({
        where: file.path,
        field: `files[${i}]`,
        message: 'listed in manifest.json but missing from the pack',
      });
    else if (size !== file.size)
      problems.push({
        where: file.path,
        field: `files[${i}].size`,
        message: `is ${size} bytes, manifest.json says ${file.size}`,
      });
  });
  for (const entry of source.entries) {
    if (entry.name === MANIFEST_FILE || entry.name === SIGNATURE_FILE || listed.has(entry.name)) continue;
    problems.push({ where: entry.name, message: 'is not listed in manifest.json (extra file)' });
  }
  for (const ref of referencedFiles(m)) {
    if (!listed.has(ref))
      problems.push({
        where: MANIFEST_FILE,
        field: 'files',
        message: `refers to "${ref}" but files[] does not list it`,
      });
  }
  for (const name of [MANIFEST_FILE, SIGNATURE_FILE]) {
    if (listed.has(name))
      problems.push({ where: MANIFEST_FILE, field: 'files', message: `files[] must not list ${name} itself` });
  }
  return problems;
};

/**
 * Phase 2 of verification: reads manifest.json (and manifest.sig), checks the
 * signature first when the kiosk requires one, then the schema, the kiosk's policy
 * and the file set. Throws a PackRefusal naming the field or file.
 */
export const checkManifest = async (source: PackSource, policy: ManifestPolicy): Promise<CheckedManifest> => {
  const bytes = await readSmall(source, MANIFEST_FILE, MAX_MANIFEST_BYTES);
  const hasSig = source.entries.some((e) => e.name === SIGNATURE_FILE);
  const signature = hasSig ? await readSmall(source, SIGNATURE_FILE, MAX_SIGNATURE_BYTES) : null;
  checkSignature(bytes, signature, policy);
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    refuse(MANIFEST_FILE, `not valid UTF-8 (${(error as Error).message})`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return refuse(MANIFEST_FILE, `not valid JSON at ${describeJsonError(parsed)}`);
  const json = parsed.value;
  refuseIfAny(manifestProblems(json).map(fieldProblem));
  const manifest = PackManifest.parse(json);
  refuseIfAny(policyProblems(manifest, policy));
  refuseIfAny(fileSetProblems(source, manifest));
  return { manifest, bytes, signature };
};
