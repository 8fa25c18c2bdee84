import type { PreflightCode, PreflightParams, PreflightText } from '../../shared/contract/packs';

/** The English wording of each pre-flight text: the CLI and the logs read it; the admin screen words its own language from the code. */
const ENGLISH: { [C in PreflightCode]: (p: PreflightParams[C]) => string } = {
  passed: () => 'passed',
  'not-run': () => 'not run: an earlier check failed',
  failed: (p) => p.detail,
  'bad-trusted-key': () => 'settings.trustedPackKey is not a valid Ed25519 public key: fix kiosk.config.json',
  'structure-ok': (p) => `${p.files} files, names, types and sizes within limits`,
  'signed-trusted': () => 'signed with the trusted key',
  'signed-optional': () => 'signed (this kiosk does not require it)',
  'unsigned-allowed': () => 'not required on this kiosk',
  'manifest-ok': (p) => `${p.id} ${p.version}, schema valid`,
  'kiosk-version-ok': (p) => `needs kiosk ${p.needs} or newer; this kiosk is ${p.kiosk}`,
  'file-list-ok': (p) => `${p.files} files listed, none missing or extra`,
  'hashes-ok': () => 'every file matches its SHA-256',
  'space-ok': (p) => `${p.megabytes} MB fit on the kiosk's disk`,
  'version-change': (p) => `${p.from ?? 'none'} → ${p.to}`,
  'version-downgrade': (p) => `downgrade from ${p.from}`,
  'downgrade-refused': (p) => `${p.to} is not newer than the active ${p.from}, and this kiosk refuses downgrades`,
  'warn-unsigned': () => 'the pack is not signed',
  'warn-downgrade': (p) =>
    `${p.to} is not newer than the active ${p.from}: activating it needs an administrator to confirm the downgrade`,
  'warn-languages-removed': (p) => `languages no longer offered: ${p.languages.join(', ')}`,
};

/** A pre-flight text with its English message. */
export const preflightText = <C extends PreflightCode>(code: C, params: PreflightParams[C]): PreflightText =>
  ({ code, params, message: ENGLISH[code](params) }) as PreflightText;
