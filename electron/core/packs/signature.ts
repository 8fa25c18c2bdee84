import crypto, { type KeyObject } from 'node:crypto';

/** DER prefix that turns a raw 32-byte Ed25519 public key into SubjectPublicKeyInfo. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SIGNATURE_TEXT = /^[A-Za-z0-9+/]{86}==$/;

/**
 * Parses a trusted public key as staff paste it: base64 of the raw 32 bytes
 * (what `kiosk-pack keygen` prints), base64 SPKI DER, or a PEM block.
 * Returns null when it is not an Ed25519 public key.
 */
export const parsePublicKey = (text: string): KeyObject | null => {
  try {
    const trimmed = text.trim();
    const key = trimmed.startsWith('-----BEGIN')
      ? crypto.createPublicKey(trimmed)
      : (() => {
          const der = Buffer.from(trimmed, 'base64');
          const spki = der.length === 32 ? Buffer.concat([SPKI_ED25519_PREFIX, der]) : der;
          return crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' });
        })();
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
};

/** The base64 raw form of a public key, the one line staff put in kiosk.config.json. */
export const publicKeyText = (key: KeyObject): string =>
  (key.export({ format: 'der', type: 'spki' }) as Buffer).subarray(SPKI_ED25519_PREFIX.length).toString('base64');

/** A new Ed25519 key pair: the private key as PKCS#8 PEM, the public key as one base64 line. */
export const generatePackKeys = (): { privatePem: string; publicKey: string } => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
    publicKey: publicKeyText(publicKey),
  };
};

/**
 * A short, stable name for a public key: the first 16 hex digits of the SHA-256 of
 * its raw 32 bytes. It only tells keys apart in messages; the signature itself is
 * what is trusted.
 */
export const keyId = (key: KeyObject): string => {
  const publicKey = key.type === 'private' ? crypto.createPublicKey(key) : key;
  return crypto
    .createHash('sha256')
    .update(Buffer.from(publicKeyText(publicKey), 'base64'))
    .digest('hex')
    .slice(0, 16);
};

/** First line of manifest.sig in the current format (version 2, with the signer's key id). */
const SIGNATURE_HEADER = 'kiosk-pack-signature 2';
const KEY_ID_TEXT = /^[0-9a-f]{16}$/;

/** A manifest.sig as read: the signature bytes and the signer's key id (null for the old one-line format). */
export type PackSignature = Readonly<{ keyId: string | null; signature: Buffer }>;

/**
 * Reads manifest.sig in either format: version 2 ("kiosk-pack-signature 2",
 * "key-id …", "signature …") or the first one (a single line of base64), which
 * stays readable so packs signed before key ids still install. Null when it is neither.
 */
export const readSignature = (text: string): PackSignature | null => {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trim());
  if (lines.length === 1 && SIGNATURE_TEXT.test(lines[0] ?? '')) {
    return { keyId: null, signature: Buffer.from(lines[0] ?? '', 'base64') };
  }
  if (lines.length !== 3 || lines[0] !== SIGNATURE_HEADER) return null;
  const id = /^key-id (\S+)$/.exec(lines[1] ?? '')?.[1] ?? '';
  const signature = /^signature (\S+)$/.exec(lines[2] ?? '')?.[1] ?? '';
  if (!KEY_ID_TEXT.test(id) || !SIGNATURE_TEXT.test(signature)) return null;
  return { keyId: id, signature: Buffer.from(signature, 'base64') };
};

/** Signs the exact manifest bytes; the result is the text of manifest.sig (version 2, naming the key). */
export const signManifest = (manifestBytes: Buffer, privatePem: string): string => {
  const key = crypto.createPrivateKey(privatePem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the private key is not an Ed25519 key');
  const signature = crypto.sign(null, manifestBytes, key).toString('base64');
  return `${SIGNATURE_HEADER}\nkey-id ${keyId(key)}\nsignature ${signature}\n`;
};

/**
 * Why a detached signature does not vouch for these manifest bytes, or null when it
 * does. The key id tells "signed by another key" from "the manifest changed".
 */
export const signatureProblem = (manifestBytes: Buffer, signatureText: string, key: KeyObject): string | null => {
  const read = readSignature(signatureText);
  if (!read) {
    return `is not an Ed25519 signature (expected the "${SIGNATURE_HEADER}" format written by kiosk-pack, or one line of base64)`;
  }
  const trusted = keyId(key);
  if (read.keyId !== null && read.keyId !== trusted) {
    return `was signed with key ${read.keyId}, but this kiosk trusts key ${trusted} (sign with the kiosk's key, or set trustedPackKey to the signer's public key)`;
  }
  if (crypto.verify(null, manifestBytes, key, read.signature)) return null;
  return read.keyId !== null
    ? `does not match manifest.json: the manifest changed after key ${trusted} signed it (build or sign it again)`
    : `does not match manifest.json for the trusted key ${trusted} (an old signature that names no key: signed with another key, or the manifest changed after signing)`;
};
