import { describe, expect, it } from 'vitest';
import { createAccessGuard, SESSION_IDLE_MS, type AuditEntry } from '../../electron/core/admin';
import { createSessions } from '../../electron/core/admin/sessions';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { AllHandlers, CallContext } from '../../electron/core/handlers';
import { KioskFailure } from '../../electron/shared/result';

const errors: unknown[] = [];
const handlers = {
  'app:echo': ({ text }: { text: string }) => {
    if (text === 'boom') throw new Error('exploded');
    if (text === 'refuse') throw new KioskFailure('forbidden', 'not allowed here', 'text');
    return { text, receivedAt: '2026-01-01T00:00:00.000Z' };
  },
} as unknown as AllHandlers;
const dispatch = createDispatcher(handlers, (_message, error) => errors.push(error));
const ctx = { transport: 'http' } as const;

describe('dispatcher', () => {
  it('answers a valid call with an ok envelope', async () => {
    expect(await dispatch('app:echo', { text: 'hi' }, ctx)).toEqual({
      ok: true,
      value: { text: 'hi', receivedAt: '2026-01-01T00:00:00.000Z' },
    });
  });

  it('refuses an unknown call by name', async () => {
    expect(await dispatch('app:format-disk', {}, ctx)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(await dispatch('__proto__', {}, ctx)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('names the invalid field, and refuses extra fields', async () => {
    expect(await dispatch('app:echo', { text: 5 }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'text' } });
    expect(await dispatch('app:echo', { text: 'x', extra: 1 }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('app:echo', 'not an object', ctx)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns a thrown error into an internal envelope and logs it', async () => {
    const before = errors.length;
    expect(await dispatch('app:echo', { text: 'boom' }, ctx)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(errors.length).toBe(before + 1);
  });

  it('keeps the code and field of a deliberate failure', async () => {
    expect(await dispatch('app:echo', { text: 'refuse' }, ctx)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'not allowed here', field: 'text' },
    });
  });
});

describe('dispatcher access check', () => {
  const setup = () => {
    let now = 1_000_000;
    const ran: Array<{ name: string; ctx: CallContext }> = [];
    const audited: AuditEntry[] = [];
    const sessions = createSessions({ now: () => now, onExpired: () => undefined });
    const spy = (name: string) => (_input: unknown, ctx: CallContext) => {
      ran.push({ name, ctx });
      return { ok: name };
    };
    const guarded = {
      'app:echo': spy('app:echo'),
      'packs:rollback': spy('packs:rollback'),
      'export:cancel': spy('export:cancel'),
      'packs:status': spy('packs:status'),
      'stats:summary': spy('stats:summary'),
    } as unknown as AllHandlers;
    const d = createDispatcher(guarded, () => undefined, createAccessGuard(sessions, { record: (e) => audited.push(e) }));
    return { d, ran, audited, sessions, advance: (ms: number) => (now += ms) };
  };

  it('fails closed without a guard: privileged calls are refused, visitor calls run', async () => {
    const bare = createDispatcher(handlers, () => undefined);
    expect(await bare('packs:status', {}, ctx)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await bare('app:echo', { text: 'x' }, ctx)).toMatchObject({ ok: true });
  });

  it('refuses a missing, forged or ended token with unauthorized, before parsing or running anything', async () => {
    const { d, ran, sessions } = setup();
    expect(await d('packs:rollback', { junk: true }, ctx)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const forged = 'A'.repeat(43);
    expect(await d('packs:rollback', {}, { ...ctx, sessionToken: forged })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await d('packs:rollback', {}, { ...ctx, sessionToken: '../../etc' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const { token } = sessions.open('admin');
    sessions.end(token);
    expect(await d('packs:rollback', {}, { ...ctx, sessionToken: token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(ran).toEqual([]);
  });

  it('refuses a staff session on an admin call with forbidden, and fills ctx.session when allowed', async () => {
    const { d, ran, sessions } = setup();
    const staff = sessions.open('staff').token;
    expect(await d('stats:summary', { from: '2026-01-01', to: '2026-01-01' }, { ...ctx, sessionToken: staff })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(ran).toEqual([]);
    expect(await d('packs:status', {}, { ...ctx, sessionToken: staff })).toMatchObject({ ok: true });
    const admin = sessions.open('admin');
    expect(await d('stats:summary', { from: '2026-01-01', to: '2026-01-01' }, { ...ctx, sessionToken: admin.token })).toMatchObject({ ok: true });
    expect(ran.map((r) => [r.name, r.ctx.session?.role])).toEqual([
      ['packs:status', 'staff'],
      ['stats:summary', 'admin'],
    ]);
    expect(ran[1]?.ctx.session?.id).toBe(admin.session.id);
  });

  it('touches the session on every allowed call; 5 minutes without one ends it', async () => {
    const { d, sessions, advance } = setup();
    const { token } = sessions.open('staff');
    advance(SESSION_IDLE_MS - 1000);
    expect(await d('packs:status', {}, { ...ctx, sessionToken: token })).toMatchObject({ ok: true });
    advance(SESSION_IDLE_MS - 1000);
    expect(await d('packs:status', {}, { ...ctx, sessionToken: token })).toMatchObject({ ok: true });
    advance(SESSION_IDLE_MS);
    expect(await d('packs:status', {}, { ...ctx, sessionToken: token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('never hands a visitor call a session, whatever the transport put in ctx', async () => {
    const { d, ran, sessions } = setup();
    const { token } = sessions.open('admin');
    const smuggled = { ...ctx, sessionToken: token, session: { id: 'x', role: 'admin' } } as CallContext;
    expect(await d('app:echo', { text: 'hi' }, smuggled)).toMatchObject({ ok: true });
    expect(ran[0]?.ctx.session).toBeUndefined();
  });

  it('audits privileged calls that change something, refusals included, and not the ones that only read', async () => {
    const { d, audited, sessions } = setup();
    await d('export:cancel', {}, ctx);
    const { token } = sessions.open('admin');
    await d('export:cancel', {}, { ...ctx, sessionToken: token });
    await d('packs:status', {}, { ...ctx, sessionToken: token });
    // Calls whose service audits its own outcome (packs:rollback, export:visits, ...) get no second row here.
    await d('packs:rollback', {}, { ...ctx, sessionToken: token });
    expect(audited).toEqual([
      expect.objectContaining({ role: null, action: 'export:cancel', outcome: 'refused' }),
      expect.objectContaining({ role: 'admin', action: 'export:cancel', outcome: 'ok' }),
    ]);
  });
});
