import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseItem } from '../../electron/core/visit-log';
import { calls } from '../../electron/shared/contract';
import { KioskFailure } from '../../electron/shared/result';

const good = () => ({
  id: randomUUID(),
  visitId: randomUUID(),
  seq: 1,
  at: Date.UTC(2026, 0, 5),
  type: 'chapter-closed',
  chapter: 'hard-core',
  payload: { dwellMs: 1000 },
});

const refused = (raw: unknown, kind: 'start' | 'event' | 'end' = 'event'): KioskFailure => {
  try {
    parseItem(kind, raw, 'k');
  } catch (error) {
    expect(error).toBeInstanceOf(KioskFailure);
    return error as KioskFailure;
  }
  throw new Error('accepted');
};

describe('visit input validation', () => {
  it('accepts a well-formed event', () => {
    expect(parseItem('event', good(), 'k')).toMatchObject({ kind: 'event' });
  });

  it.each([
    ['unknown type', { ...good(), type: 'chapter-exploded' }, 'type'],
    ['payload of another type', { ...good(), payload: { positionMs: 3 } }, 'payload.dwellMs'],
    ['negative dwell', { ...good(), payload: { dwellMs: -1 } }, 'payload.dwellMs'],
    ['extra payload field (personal data has no place to hide)', { ...good(), payload: { dwellMs: 1, name: 'Li' } }, 'payload'],
    ['chapter event without chapter', { ...good(), chapter: null }, 'chapter'],
    ['toggle without its value', { ...good(), type: 'low-reach-toggled', chapter: null, payload: {} }, 'payload.on'],
    ['unknown chapter', { ...good(), chapter: 'moon' }, 'chapter'],
    ['bad uuid', { ...good(), id: 'x' }, 'id'],
    ['seq 0', { ...good(), seq: 0 }, 'seq'],
    ['time in seconds', { ...good(), at: 1_767_000_000 }, 'at'],
  ])('refuses %s with a message naming the field', (_name, raw, field) => {
    const failure = refused(raw);
    expect(failure.code).toBe('invalid-input');
    expect(failure.field).toBe(field);
    expect(failure.message).toMatch(/^visit event: /);
  });

  it('refuses malformed starts and ends', () => {
    expect(refused({ visitId: randomUUID(), at: Date.UTC(2026, 0, 5), language: 'en_US', packId: 'p', packVersion: '1' }, 'start').field).toBe('language');
    expect(refused({ visitId: randomUUID(), at: Date.UTC(2026, 0, 5), reason: 'bored' }, 'end').field).toBe('reason');
  });

  it('the contract refuses the same inputs before any handler runs', () => {
    expect(calls['visit:event'].input.safeParse({ ...good(), type: 'nope' }).success).toBe(false);
    expect(calls['visit:event'].input.safeParse(good()).success).toBe(true);
    expect(calls['stats:summary'].input.safeParse({ from: '2026-01-01', to: 'tomorrow' }).success).toBe(false);
    expect(calls['export:visits'].input.safeParse({ from: '2026-01-01', to: '2026-01-02', format: 'xls', volumeId: 'v-0123456789abcdef' }).success).toBe(false);
    // A caller names a detected volume, never a path (issue 15 #2).
    expect(calls['export:visits'].input.safeParse({ from: '2026-01-01', to: '2026-01-02', format: 'csv', outDir: '/tmp' }).success).toBe(false);
    expect(calls['export:visits'].input.safeParse({ from: '2026-01-01', to: '2026-01-02', format: 'csv', volumeId: '/etc' }).success).toBe(false);
    expect(calls['export:visits'].input.safeParse({ from: '2026-01-01', to: '2026-01-02', format: 'csv', volumeId: 'v-0123456789abcdef' }).success).toBe(true);
  });
});
