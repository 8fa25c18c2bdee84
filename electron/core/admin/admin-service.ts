import type { HandlerMap } from '../handlers';
import type { Role } from '../../shared/contract/admin';
import { KioskFailure } from '../../shared/result';
import { createAccessGuard, type AccessGuard } from './access-guard';
import type { AuditLog } from './audit';
import { pinFileOf } from './pin-file';
import { setPin } from './pin-store';
import { createSessions, type Sessions } from './sessions';
import { createPinCheck } from './sign-in';

/** The calls this service answers. */
export type AdminCallName = 'admin:status' | 'admin:sign-in' | 'admin:sign-out' | 'admin:touch' | 'admin:change-pin' | 'audit:list';

export type AdminServiceOptions = Readonly<{
  dataDir: string;
  clock: () => Date;
  audit: AuditLog;
  warn(message: string, error: unknown): void;
  /** How often ended sessions are noticed (and audited) without a call; default 15 s. */
  sweepEveryMs?: number;
  /** Called when the last open session ends (sign-out or expiry): nothing staged outlives admin mode. */
  onLastSessionEnded?: () => void;
}>;

export type AdminService = Readonly<{
  handlers: HandlerMap<AdminCallName>;
  /** The dispatcher's access check. */
  guard: AccessGuard;
  sessions: Sessions;
  /** Checks a PIN typed again to confirm `purpose` (lockout and audit as a sign-in); resolves with its role. */
  confirmPin(pin: string, purpose: string): Promise<Role>;
  /** Stops the sweep and ends open sessions (audited): sessions never outlive the core. */
  close(): void;
}>;

const iso = (ms: number) => new Date(ms).toISOString();

/** PINs, sessions and the audit log behind the `admin:` and `audit:` calls. */
export const createAdminService = (options: AdminServiceOptions): AdminService => {
  const now = () => options.clock().getTime();
  const { audit } = options;
  const afterEnd = () => {
    if (!sessions.anyOpen()) options.onLastSessionEnded?.();
  };
  const sessions = createSessions({
    now,
    onExpired: (s) => {
      audit.record({ role: s.role, action: 'session-expired', detail: `${s.role} session ended after 5 minutes without a touch`, outcome: 'ok' });
      afterEnd();
    },
  });
  const pins = createPinCheck({ file: pinFileOf(options.dataDir), now, audit, warn: options.warn });
  const timer = setInterval(() => sessions.sweep(), options.sweepEveryMs ?? 15_000);
  timer.unref();

  const handlers: HandlerMap<AdminCallName> = {
    'admin:status': (_input, ctx) => {
      const { pinsSet, lockedUntil, attemptsLeft } = pins.status();
      const session = sessions.find(ctx.sessionToken);
      return {
        pinsSet,
        lockedUntil: lockedUntil === null ? null : iso(lockedUntil),
        attemptsLeft,
        session: session ? { role: session.role, expiresAt: iso(session.expiresAt) } : null,
      };
    },
    'admin:sign-in': async ({ pin }) => {
      const role = await pins.signIn(pin);
      const { token, session } = sessions.open(role);
      return { token, role, expiresAt: iso(session.expiresAt) };
    },
    'admin:sign-out': (_input, ctx) => {
      const session = sessions.end(ctx.sessionToken);
      if (session) {
        audit.record({ role: session.role, action: 'sign-out', detail: `${session.role} session ended`, outcome: 'ok' });
        afterEnd();
      }
      return { signedOut: session !== null };
    },
    'admin:touch': (_input, ctx) => {
      // The dispatcher has just touched it; answer the new expiry.
      const session = ctx.session ? sessions.find(ctx.sessionToken) : null;
      if (!session) throw new KioskFailure('unauthorized', 'admin:touch: the session has ended; sign in again');
      return { expiresAt: iso(session.expiresAt) };
    },
    'admin:change-pin': async ({ role, pin }, ctx) => {
      try {
        await setPin(options.dataDir, role, pin);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        audit.record({ role: ctx.session?.role ?? null, action: 'pin-changed', detail: `${role} PIN not changed: ${why}`, outcome: 'refused' });
        throw error;
      }
      // Whoever signed in with the old PIN signs in again; the admin making the change stays.
      sessions.endRole(role, ctx.session?.id);
      audit.record({ role: ctx.session?.role ?? null, action: 'pin-changed', detail: `${role} PIN changed on screen`, outcome: 'ok' });
      return { changed: true };
    },
    'audit:list': ({ limit, before }) => ({ rows: audit.list(limit, before) }),
  };
  const close = () => {
    clearInterval(timer);
    sessions.sweep();
    for (const s of sessions.endAll()) audit.record({ role: s.role, action: 'sign-out', detail: `${s.role} session ended by shutdown`, outcome: 'ok' });
  };
  return { handlers, guard: createAccessGuard(sessions, audit), sessions, confirmPin: pins.confirm, close };
};
