import { z } from 'zod';
import { defineCall } from './define';

/** The two privileged roles; `admin` may do everything `staff` may. */
export const Role = z.enum(['staff', 'admin']);
export type Role = z.infer<typeof Role>;

/** A PIN: 4 to 8 digits, nothing else (typed on the touch PIN pad). */
export const Pin = z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits');

/** Answer of `admin:status`: what the PIN pad needs before anyone types. */
export type AdminStatus = Readonly<{
  /** Which roles have a PIN; with none, the pad tells how to set one (`kiosk admin set-pin`). */
  pinsSet: Readonly<{ staff: boolean; admin: boolean }>;
  /** ISO-8601 UTC end of a lockout after too many wrong PINs; null when not locked. */
  lockedUntil: string | null;
  /** Wrong PINs still allowed before the lockout (0 while locked). */
  attemptsLeft: number;
  /** The session whose token came with the call, when it is valid. */
  session: Readonly<{ role: Role; expiresAt: string }> | null;
}>;

/** Answer of `admin:sign-in`: the token to send with every privileged call. */
export type SignedIn = Readonly<{ token: string; role: Role; expiresAt: string }>;

/** One row of the audit log. */
export type AuditRow = Readonly<{
  id: number;
  /** ISO-8601 UTC. */
  at: string;
  /** The session's role; null when nobody was signed in (failed PIN, refused call). */
  role: Role | null;
  /** What was attempted: `sign-in`, `lockout`, `sign-out`, `session-expired`, `pin-changed`, or a call name. */
  action: string;
  detail: string;
  outcome: 'ok' | 'refused' | 'failed';
}>;

/** Sign-in with a PIN, sessions, PIN changes and the audit log (admin mode). */
export const adminCalls = {
  'admin:status': defineCall<AdminStatus>()(
    'visitor',
    z.object({}).strict(),
    'Whether PINs are set, the lockout, and the sent session (if valid): what the PIN pad shows.',
  ),
  'admin:sign-in': defineCall<SignedIn>()(
    'visitor',
    z.object({ pin: Pin }).strict(),
    'Opens a staff or admin session for the role whose PIN this is; 5 wrong PINs lock sign-in for 5 minutes.',
  ),
  'admin:sign-out': defineCall<{ signedOut: boolean }>()(
    'visitor',
    z.object({}).strict(),
    'Ends the session whose token came with the call, if any.',
  ),
  'admin:touch': defineCall<{ expiresAt: string }>()(
    'staff',
    z.object({}).strict(),
    'Keeps the session open: it ends 5 minutes after the last privileged call or touch.',
  ),
  'admin:change-pin': defineCall<{ changed: true }>()(
    'admin',
    z.object({ role: Role, pin: Pin }).strict(),
    "Sets the PIN of a role; refused when it equals the other role's PIN.",
  ),
  'audit:list': defineCall<{ rows: readonly AuditRow[] }>()(
    'admin',
    z
      .object({
        /** Rows to return, newest first (default 100). */
        limit: z.number().int().min(1).max(500).default(100),
        /** Only rows with a smaller id (the next page). */
        before: z.number().int().positive().optional(),
      })
      .strict(),
    'The audit log, newest first, paged by row id.',
  ),
} as const;

export const adminEvents = {} as const;
