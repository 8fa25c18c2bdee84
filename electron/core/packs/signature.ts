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

/** Signs the exact manifest bytes; the result is the text of manifest.sig (base64 + newline). */
export const signManifest = (manifestBytes: Buffer, privatePem: string): string => {
  const key = crypto.createPrivateKey(privatePem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the private key is not an Ed25519 key');
  return `${crypto.sign(null, manifestBytes, key).toString('base64')}\n`;
};

/** Why a detached signature does not vouch for these manifest bytes, or null when it does. */
export const signatureProblem = (manifestBytes: Buffer, signatureText: string, key: KeyObject): string | null => {
  const text = signatureText.trim();
  if (!SIGNATURE_TEXT.test(text)) return 'is not an Ed25519 signature (expected one line of base64, 64 bytes)';
  const valid = crypto.verify(null, manifestBytes, key, Buffer.from(text, 'base64'));
  return valid
    ? null
    : 'does not match manifest.json for the trusted key (signed with another key, or the manifest changed after signing)';
};
