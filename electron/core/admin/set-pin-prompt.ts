import fs from 'node:fs';
import { createAuditRepo, openDatabase } from '../../../db';
import type { Role } from '../../shared/contract/admin';
import { visitDatabaseFile } from '../visit-log/visit-log';
import { setPin } from './pin-store';
import { readSecretTwice } from './read-secret';

/** Where the PIN prompt reads and writes: a terminal, or pipes in scripts and tests. */
export type PinPromptIo = Readonly<{ stdin: NodeJS.ReadStream; stderr: NodeJS.WritableStream }>;

/** Adds a row to the kiosk's audit log when its database exists (setting a PIN never creates one). */
const auditPinSet = (dataDir: string, role: Role, how: string): void => {
  const file = visitDatabaseFile(dataDir);
  if (!fs.existsSync(file)) return;
  const db = openDatabase(file);
  try {
    createAuditRepo(db).insert({ at: Date.now(), role: null, action: 'pin-changed', detail: `${role} PIN set with ${how}`, outcome: 'ok' });
  } finally {
    db.close();
  }
};

/**
 * Asks for a role's PIN twice (no echo on a terminal; one line when piped), stores
 * it, and audits it. Shared by `kiosk admin set-pin` and the packaged app's
 * `--set-pin` flag, so both set a PIN the same way. Throws when the entries differ
 * or the PIN is refused (the message says why); an audit that cannot be written
 * is reported on stderr and does not undo the PIN.
 */
export const promptAndSetPin = async (dataDir: string, role: Role, io: PinPromptIo, how = 'kiosk admin set-pin'): Promise<void> => {
  const pin = await readSecretTwice(io.stdin, io.stderr, `${role} PIN (4 to 8 digits): `, 'again: ');
  await setPin(dataDir, role, pin);
  try {
    auditPinSet(dataDir, role, how);
  } catch (error) {
    io.stderr.write(`PIN set, but not audited: ${(error as Error).message}\n`);
  }
};
