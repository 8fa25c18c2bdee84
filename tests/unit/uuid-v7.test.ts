import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuidV7 } from '../../renderer/tour/uuid-v7';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const timeOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('uuidV7', () => {
  it('is an RFC 9562 version 7 UUID carrying its millisecond time', () => {
    const at = Date.UTC(2026, 0, 17, 7, 46, 3, 888);
    const id = uuidV7(at);
    expect(id).toMatch(V7);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(timeOf(id)).toBe(at);
  });

  it('sorts by time, as text, whatever its random bits', () => {
    const times = Array.from({ length: 500 }, (_, i) => Date.UTC(2026, 0, 1) + i * 7919);
    const ids = times.map((t, i) => uuidV7(t, new Uint8Array(10).fill(255 - (i % 256))));
    expect([...ids].sort()).toEqual(ids);
  });

  it('keeps the random bits apart from version and variant', () => {
    expect(uuidV7(0, new Uint8Array(10).fill(0xff))).toBe('00000000-0000-7fff-bfff-ffffffffffff');
    expect(uuidV7(0, new Uint8Array(10))).toBe('00000000-0000-7000-8000-000000000000');
  });

  it('is unique within one millisecond', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => uuidV7(1_800_000_000_000)));
    expect(ids.size).toBe(10_000);
  });

  it('stays a valid UUID when the clock is nonsense, and refuses too few random bytes', () => {
    for (const t of [-5, Number.NaN, 2 ** 60, 1.5]) expect(uuidV7(t)).toMatch(V7);
    expect(timeOf(uuidV7(-5))).toBe(0);
    expect(timeOf(uuidV7(2 ** 60))).toBe(2 ** 48 - 1);
    expect(() => uuidV7(0, new Uint8Array(9))).toThrow(/10 random bytes, got 9/);
  });
});
