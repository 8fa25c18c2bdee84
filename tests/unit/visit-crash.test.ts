import { describe, expect, it } from 'vitest';
import { crashRound, prepareChild, type RoundResult } from '../fixtures/visit-log/crash-driver';
import { prng } from '../fixtures/visit-log/generate';
import { tempDir } from '../fixtures/visit-log/temp';

const ROUNDS = 20;

describe('visit log under kill -9', () => {
  it(`keeps every acknowledged event, never a partial batch, over ${ROUNDS} SIGKILLs`, async () => {
    const tmp = tempDir('visit-crash-');
    const rand = prng(20260126);
    const results: RoundResult[] = [];
    const child = prepareChild();
    try {
      for (let round = 1; round <= ROUNDS; round++) results.push(await crashRound(child, tmp.dir, round, 400, rand));
    } finally {
      tmp.cleanup();
    }
    const problems = results.flatMap((r) => r.problems.map((p) => `round ${r.round}: ${p}`));
    expect(problems).toEqual([]);
    // The rounds really logged: batches acknowledged, events at ≥ 1,000/s.
    expect(results.every((r) => r.batches > 0)).toBe(true);
    expect(results.reduce((n, r) => n + r.stored, 0)).toBeGreaterThan(ROUNDS * 100);
    const startup = results.map((r) => r.startupMs).sort((a, b) => a - b);
    console.info(`crash rounds: ${ROUNDS}, child start-up median ${Math.round(startup[ROUNDS >> 1]!)} ms, events stored ${results.reduce((n, r) => n + r.stored, 0)}`);
  }, 120_000);
});
