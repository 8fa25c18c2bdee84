import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { generatePackKeys, keyId, parsePublicKey, signManifest } from '../../core/packs/signature';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/pack-entry-name';
import { EXIT, onePath, option, UsageError, type Args } from './args';
import type { CliContext } from './context';
import { runPipeline } from './verify-pipeline';

/** `kiosk-pack keygen [-o NAME]`: writes NAME.key (private, keep it off the kiosk) and NAME.pub. */
export const keygenCommand = (args: Args, ctx: CliContext): number => {
  if (args.positional.length > 0) throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const base = path.resolve(option(args, 'out', false) ?? 'pack-signing');
  const [keyFile, pubFile] = [`${base}.key`, `${base}.pub`];
  if (!args.options.force && (fs.existsSync(keyFile) || fs.existsSync(pubFile))) {
    ctx.err(`${keyFile} or ${pubFile} exists already; pass --force to replace it`);
    return EXIT.refused;
  }
  const keys = generatePackKeys();
  fs.writeFileSync(keyFile, keys.privatePem, { mode: 0o600 });
  fs.writeFileSync(pubFile, `${keys.publicKey}\n`);
  ctx.out(`Private key: ${keyFile} (keep it secret, never copy it to a kiosk)`);
  ctx.out(`Public key:  ${pubFile}`);
  ctx.out(`Key id:      ${keyId(crypto.createPublicKey(keys.privatePem))} (manifest.sig names it; messages use it)`);
  ctx.out(`Put this in each kiosk's kiosk.config.json:  "trustedPackKey": "${keys.publicKey}"`);
  return EXIT.ok;
};

/** `kiosk-pack sign DIR --key NAME.key`: writes DIR/manifest.sig over the exact manifest.json bytes. */
export const signCommand = (args: Args, ctx: CliContext): number => {
  const dir = path.resolve(onePath(args, 'pack folder'));
  const keyFile = option(args, 'key', true) ?? '';
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError('sign works on a pack folder: sign it, then build the zip (or use "build --key")');
  }
  const manifest = fs.readFileSync(path.join(dir, MANIFEST_FILE));
  const pem = fs.readFileSync(keyFile, 'utf8');
  fs.writeFileSync(path.join(dir, SIGNATURE_FILE), signManifest(manifest, pem));
  ctx.out(
    `Signed ${path.join(dir, MANIFEST_FILE)} -> ${SIGNATURE_FILE} with key ${keyId(crypto.createPrivateKey(pem))}`,
  );
  ctx.out(
    "Signing covers manifest.json, which lists every file's SHA-256: rebuilding the manifest needs a new signature.",
  );
  return EXIT.ok;
};

/** `kiosk-pack verify DIR|ZIP --pub KEY|FILE`: checks the signature and every hash, as a kiosk with that key would. */
export const verifyCommand = async (args: Args, ctx: CliContext): Promise<number> => {
  const location = onePath(args, 'pack folder or .zip');
  const pub = option(args, 'pub', true) ?? '';
  const key = parsePublicKey(fs.existsSync(pub) ? fs.readFileSync(pub, 'utf8') : pub);
  if (!key) throw new UsageError('--pub is not an Ed25519 public key (give the .pub file or its base64 line)');
  const result = await runPipeline(location, ctx.limits, ctx.paths.appVersion, key);
  result.cleanup();
  for (const line of result.passed) ctx.out(`  ✓ ${line}`);
  if (result.problems.length === 0) {
    ctx.out(`VERIFIED: signed by this key (${keyId(key)}), and every file matches the signed manifest.`);
    return EXIT.ok;
  }
  for (const problem of result.problems) ctx.out(`  ✗ ${problem}`);
  ctx.out('NOT VERIFIED: a kiosk trusting this key would refuse the pack.');
  return EXIT.refused;
};
