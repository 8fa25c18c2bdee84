import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../../shared/contract/admin';

/** A session ends this long after its last privileged call or touch. */
export const SESSION_IDLE_MS = 5 * 60_000;
/** Open sessions kept at most; signing in beyond it ends the oldest (memory stays bounded). */
const MAX_SESSIONS = 4;
/** A token is 32 random bytes, base64url: 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** An open session as the core sees it. `id` names it in logs and the audit; the token never leaves the sign-in answer. */
export type Session = { readonly id: string; readonly role: Role; expiresAt: number };

/** Sessions held in memory only: a restart ends them all. */
export type Sessions = Readonly<{
  /** Opens a session for `role`; returns its token (given out once). */
  open(role: Role): { token: string; session: Session };
  /** The live session of `token`, or null (missing, malformed, unknown, ended or expired). Does not touch it. */
  find(token: string | undefined): Session | null;
  /** Pushes the expiry of a live session to now + 5 min; returns the new expiry. */
  touch(session: Session): number;
  /** Ends the session of `token`; returns it when there was one. */
  end(token: string | undefined): Session | null;
  /** Ends every session of `role` but `keepId`'s (after that role's PIN changed). */
  endRole(role: Role, keepId?: string): void;
  /** Ends every session (shutdown); returns them. */
  endAll(): Session[];
  /** True while any session is open: visit logging pauses. */
  anyOpen(): boolean;
  /** Ends the sessions whose time is up, reporting each. */
  sweep(): void;
}>;

/**
 * Creates the session table. Keys are SHA-256 of the tokens, so a lookup's
 * timing says nothing about a valid token and a heap dump holds no usable one.
 */
export const createSessions = (options: Readonly<{ now: () => number; onExpired(session: Session): void }>): Sessions => {
  const byKey = new Map<string, Session>();
  const keyOf = (token: string) => createHash('sha256').update(token).digest('base64url');
  const sweep = () => {
    const now = options.now();
    for (const [key, session] of byKey) {
      if (session.expiresAt > now) continue;
      byKey.delete(key);
      options.onExpired(session);
    }
  };
  const find = (token: string | undefined): Session | null => {
    if (token === undefined || !TOKEN_SHAPE.test(token)) return null;
    sweep();
    return byKey.get(keyOf(token)) ?? null;
  };
  return {
    open(role) {
      sweep();
      const token = randomBytes(32).toString('base64url');
      const session: Session = { id: randomUUID(), role, expiresAt: options.now() + SESSION_IDLE_MS };
      byKey.set(keyOf(token), session);
      // Maps iterate in insertion order: the first key is the oldest session.
      while (byKey.size > MAX_SESSIONS) byKey.delete(byKey.keys().next().value as string);
      return { token, session };
    },
    find,
    touch(session) {
      session.expiresAt = options.now() + SESSION_IDLE_MS;
      return session.expiresAt;
    },
    end(token) {
      const session = find(token);
      if (session && token !== undefined) byKey.delete(keyOf(token));
      return session;
    },
    endRole(role, keepId) {
      for (const [key, session] of byKey) if (session.role === role && session.id !== keepId) byKey.delete(key);
    },
    endAll() {
      const all = [...byKey.values()];
      byKey.clear();
      return all;
    },
    anyOpen() {
      if (byKey.size === 0) return false;
      sweep();
      return byKey.size > 0;
    },
    sweep,
  };
};
