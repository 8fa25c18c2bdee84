import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { computePackFiles, manifestText, writeDeterministicZip } from '../../core/packs/pack-build';
import { keyId, signManifest } from '../../core/packs/signature';
import { describeJsonError, parseJsonText } from '../../shared/json-text';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/pack-entry-name';
import { EXIT, onePath, option, UsageError, type Args } from './args';
import type { CliContext } from './context';
import { runPipeline } from './verify-pipeline';

/** The source folder's manifest and signature as they are before the build. */
type Before = Readonly<{ manifest: Buffer; signature: Buffer | null }>;

const readIfExists = (file: string): Buffer | null => (fs.existsSync(file) ? fs.readFileSync(file) : null);

/**
 * `kiosk-pack build DIR -o pack.zip [--key signing.key]`: hashes every file into a
 * new manifest, optionally signs it, writes a deterministic zip (sorted entries, fixed
 * times and modes) next to the output, checks that zip as the kiosk will, and only
 * then renames it into place and updates manifest.json / manifest.sig in DIR.
 * A failed build leaves the source folder exactly as it was.
 */
export const buildCommand = async (args: Args, ctx: CliContext): Promise<number> => {
  const dir = path.resolve(onePath(args, 'pack folder'));
  const out = path.resolve(option(args, 'out', true) ?? '');
  const keyFile = option(args, 'key', false);
  if (!out.endsWith('.zip')) throw new UsageError('-o must name a .zip file');
  if (out.startsWith(dir + path.sep))
    throw new UsageError('-o must be outside the pack folder (it would end up inside the pack)');
  const manifestFile = path.join(dir, MANIFEST_FILE);
  const sigFile = path.join(dir, SIGNATURE_FILE);
  let before: Before;
  try {
    before = { manifest: fs.readFileSync(manifestFile), signature: readIfExists(sigFile) };
  } catch (error) {
    ctx.err(`${manifestFile}: cannot read it (${(error as Error).message})`);
    return EXIT.refused;
  }
  const parsed = parseJsonText(before.manifest.toString('utf8'));
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    const why = parsed.ok ? 'it is not a JSON object' : `not valid JSON at ${describeJsonError(parsed)}`;
    ctx.err(`${manifestFile}: ${why}`);
    return EXIT.refused;
  }
  const manifest = { ...(parsed.value as Record<string, unknown>), files: await computePackFiles(dir) };
  const bytes = Buffer.from(manifestText(manifest));
  ctx.out(`  ✓ manifest.json: ${manifest.files.length} files hashed`);
  const signature = signatureFor(bytes, before, keyFile, ctx);
  // The zip is written beside its final name and renamed only once the kiosk's checks pass.
  const staged = `${out}.partial-${process.pid}.zip`;
  try {
    await writeDeterministicZip(dir, staged, { manifest: bytes, signature });
    const result = await runPipeline(staged, ctx.limits, ctx.paths.appVersion, null);
    result.cleanup();
    if (result.problems.length > 0) {
      ctx.err(`Not built: ${result.problems.length} problem(s); ${dir} was left unchanged:`);
      for (const problem of result.problems) ctx.err(`  ✗ ${problem.replace(staged, out)}`);
      return EXIT.refused;
    }
    fs.renameSync(staged, out);
  } finally {
    fs.rmSync(staged, { force: true });
  }
  updateSource(dir, bytes, signature, before, ctx);
  const digest = crypto.createHash('sha256').update(fs.readFileSync(out)).digest('hex');
  ctx.out(`Built ${out} (${fs.statSync(out).size} bytes, sha256 ${digest})`);
  ctx.out('Run "kiosk-pack validate" on it for the full pre-flight report (captions, audio, images).');
  return EXIT.ok;
};

/** The manifest.sig to ship: a new one with --key, the old one if the manifest did not change, else none. */
const signatureFor = (bytes: Buffer, before: Before, keyFile: string | undefined, ctx: CliContext): Buffer | null => {
  if (keyFile) {
    const pem = fs.readFileSync(keyFile, 'utf8');
    const signature = Buffer.from(signManifest(bytes, pem));
    ctx.out(`  ✓ manifest.sig: signed with ${keyFile} (key ${keyId(crypto.createPrivateKey(pem))})`);
    return signature;
  }
  if (before.signature && bytes.equals(before.manifest)) {
    ctx.out('  ✓ manifest.sig: kept, the manifest it signs did not change');
    return before.signature;
  }
  return null;
};

/** After a successful build only: the source folder gets the new manifest and matching signature. */
const updateSource = (dir: string, bytes: Buffer, signature: Buffer | null, before: Before, ctx: CliContext) => {
  const write = (name: string, data: Buffer) => {
    const temp = path.join(dir, `.${name}.tmp-${process.pid}`);
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, path.join(dir, name));
  };
  if (!bytes.equals(before.manifest)) write(MANIFEST_FILE, bytes);
  if (signature && !signature.equals(before.signature ?? Buffer.alloc(0))) write(SIGNATURE_FILE, signature);
  if (!signature && before.signature) {
    fs.rmSync(path.join(dir, SIGNATURE_FILE));
    ctx.out('  ! manifest.sig removed: it signed the previous manifest (pass --key to sign the new one)');
  }
};
