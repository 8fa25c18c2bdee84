import type { Access, CallName } from '../../shared/contract';
import type { Role } from '../../shared/contract/admin';
import { KioskFailure, type Result } from '../../shared/result';
import type { AuditSink } from './audit';
import type { Sessions } from './sessions';

/** The session a privileged call runs under (`ctx.session`). */
export type CallSession = Readonly<{ id: string; role: Role }>;

/** What the dispatcher asks before and after a staff or admin call. */
export type AccessGuard = Readonly<{
  /**
   * The session of `token` if it may make a call needing `need`, touched; else
   * throws unauthorized / forbidden, auditing the refusal of a call that changes something.
   */
  authorize(name: CallName, need: Exclude<Access, 'visitor'>, token: string | undefined): CallSession;
  /** Audits an allowed privileged call that changes something, with its outcome. */
  record(name: CallName, session: CallSession, input: unknown, result: Result<unknown>): void;
}>;

/**
 * Privileged calls that only read: everything else privileged is audited, so a
 * new call that changes something is recorded without anyone remembering to.
 * `admin:` and `audit:` calls are audited by the admin service itself, in its words.
 */
const READ_ONLY_VERBS = new Set(['status', 'list', 'summary', 'dashboard', 'candidates', 'touch', 'change-pin', 'get']);
const SELF_AUDITED = /^(admin|audit|health):/;
/** Calls whose service audits its own outcome with what a person needs (pack key, export folder): one row, not two. */
const SERVICE_AUDITED = new Set(['packs:install', 'packs:preflight', 'packs:stage', 'packs:activate', 'packs:discard', 'packs:rollback', 'export:visits', 'settings:save', 'settings:reset']);

/** True when the dispatcher should audit a call to `name`. */
export const isAuditedCall = (name: string): boolean =>
  !SELF_AUDITED.test(name) && !READ_ONLY_VERBS.has(name.slice(name.indexOf(':') + 1));

const SECRET_KEY = /pin|token|password|secret/i;
const describe = (input: unknown): string => {
  try {
    return JSON.stringify(input, (key, value: unknown) => (SECRET_KEY.test(key) ? '[hidden]' : value)) ?? '';
  } catch {
    return '';
  }
};

/** The dispatcher's access check over the session table, auditing what privileged callers change. */
export const createAccessGuard = (sessions: Sessions, audit: AuditSink): AccessGuard => ({
  authorize(name, need, token) {
    const refuse = (code: 'unauthorized' | 'forbidden', message: string, role: Role | null): never => {
      // Refused attempts at changing something are audited (PIN changes too); refused reads are not.
      if (isAuditedCall(name) || name === 'admin:change-pin') audit.record({ role, action: name, detail: message, outcome: 'refused' });
      throw new KioskFailure(code, message);
    };
    if (token === undefined || token === '') return refuse('unauthorized', `${name} needs a ${need} session: sign in with a PIN first`, null);
    const session = sessions.find(token);
    if (!session) return refuse('unauthorized', `${name}: the session has expired, ended or is unknown; sign in again`, null);
    if (need === 'admin' && session.role !== 'admin') return refuse('forbidden', `${name} needs an admin session; this one is ${session.role}`, session.role);
    sessions.touch(session);
    return { id: session.id, role: session.role };
  },
  record(name, session, input, result) {
    if (!isAuditedCall(name) || SERVICE_AUDITED.has(name)) return;
    const outcome = result.ok ? 'ok' : result.error.code === 'internal' ? 'failed' : 'refused';
    const detail = result.ok ? describe(input) : `${describe(input)} — ${result.error.code}: ${result.error.message}`;
    audit.record({ role: session.role, action: name, detail, outcome });
  },
});
