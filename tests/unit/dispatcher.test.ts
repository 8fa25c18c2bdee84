import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { AllHandlers } from '../../electron/core/handlers';
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
