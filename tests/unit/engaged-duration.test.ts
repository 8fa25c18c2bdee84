import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisitLog as CoreVisitLog } from '../../electron/core/visit-log';
import { idleReducer, initialIdleState, type IdleState } from '../../renderer/idle/idle-machine';
import { createVisitLog } from '../../renderer/tour/visit-log';
import { testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

// Defaults of kiosk.config.json: idle 90 s + warning 20 s.
const IDLE = { idleMs: 90_000, warningMs: 20_000, narrationCapMs: 300_000 };
const at = (local: string) => Date.parse(`2026-12-01T${local}+08:00`);

let tmp: ReturnType<typeof tempDir>;
let core: CoreVisitLog;
beforeEach(() => {
  vi.useFakeTimers();
  tmp = tempDir();
  core = testVisitLog(tmp.dir).log;
});
afterEach(() => {
  core.close();
  tmp.cleanup();
  vi.useRealTimers();
});

/** The renderer's visit log on the fake clock, sending straight into the real core (validated like the CLI). */
const rendererLog = () =>
  createVisitLog({
    send: (name, input) => core.ingest(name === 'visit:start' ? 'start' : name === 'visit:event' ? 'event' : 'end', input),
  });

/** Runs the pure idle machine second by second until it expires; returns when. */
const runUntilIdle = (): number => {
  let s: IdleState = initialIdleState(Date.now());
  while (s.phase !== 'expired') {
    vi.advanceTimersByTime(1000);
    s = idleReducer(s, { type: 'tick', at: Date.now() }, IDLE);
  }
  return Date.now();
};

const row = (id: string) => {
  core.flush();
  const db = new Database(core.databaseFile, { readonly: true });
  try {
    return db.prepare('SELECT started_at, ended_at, last_interaction_at FROM visits WHERE id = ?').get(id) as { started_at: number; ended_at: number; last_interaction_at: number };
  } finally {
    db.close();
  }
};

describe('engaged duration ends at the last touch', () => {
  it('a visit left at the hub at 10:00:00 is engaged 0 s, not 110 s, and counts as left at the hub', () => {
    vi.setSystemTime(at('10:00:00'));
    const log = rendererLog();
    log.start('zh-CN', 'default', '1.0.0'); // the attract tap opens the hub
    const visitId = log.visitId()!;
    const idleAt = runUntilIdle();
    expect(idleAt - at('10:00:00')).toBe(110_000);
    log.end('idle');
    expect(row(visitId)).toEqual({ started_at: at('10:00:00'), ended_at: at('10:01:50'), last_interaction_at: at('10:00:00') });
    const d = core.dashboard('2026-12-01', '2026-12-01').current;
    expect(d.engaged).toEqual({ visits: 1, totalMs: 0, medianMs: 0, p75Ms: 0, idleTailMs: 110_000 });
    expect(d.hubOnly).toBe(1);
    expect(d.funnel).toMatchObject({ started: 1, hub: 1, pastHub: 0, allFive: 0 });
  });

  it('a chapter the idle reset closes keeps only its engaged time as dwell', () => {
    vi.setSystemTime(at('10:00:00'));
    const log = rendererLog();
    log.start('en', 'default', '1.0.0');
    const visitId = log.visitId()!;
    vi.advanceTimersByTime(10_000);
    log.touch();
    log.event('chapter-opened', 'quality', {}); // 10:00:10
    log.event('narration-started', 'quality', { positionMs: 0 });
    vi.advanceTimersByTime(60_000);
    log.event('narration-completed', 'quality', { positionMs: 60_000 }); // 10:01:10: listening counts
    runUntilIdle();
    log.event('chapter-closed', 'quality', { dwellMs: Date.now() - at('10:00:10') }); // what useTour's reset logs
    log.end('idle');
    expect(row(visitId).last_interaction_at).toBe(at('10:01:10'));
    const c = core.dashboard('2026-12-01', '2026-12-01').current;
    expect(c.engaged.totalMs).toBe(70_000);
    expect(c.chapters.find((x) => x.chapter === 'quality')).toMatchObject({ dwellSamples: 1, medianEngagedMs: 60_000, p75EngagedMs: 60_000 });
    // stats:summary keeps its raw chapter-closed dwell (documented as such).
    expect(core.stats('2026-12-01', '2026-12-01').chapters.find((x) => x.chapter === 'quality')?.medianDwellMs).toBeGreaterThan(60_000);
  });

  it('touches move the last interaction; finish ends engaged at the tap; an end without it is estimated', () => {
    vi.setSystemTime(at('11:00:00'));
    const log = rendererLog();
    log.start('en', 'default', '1.0.0');
    const a = log.visitId()!;
    vi.advanceTimersByTime(42_000);
    log.touch();
    vi.advanceTimersByTime(3_000);
    log.end('finish');
    expect(row(a).last_interaction_at - row(a).started_at).toBe(45_000);

    // An older sender (CLI import) without lastInteractionAt: end − 110 s.
    const b = '0192e4a0-0000-7000-8000-000000000001';
    core.ingest('start', { visitId: b, at: at('12:00:00'), language: 'en', packId: 'p', packVersion: '1' });
    core.ingest('end', { visitId: b, at: at('12:03:00'), reason: 'idle' });
    expect(row(b).last_interaction_at).toBe(at('12:01:10'));
  });

  it('a visit interrupted by the next start ends engaged at its last event', () => {
    vi.setSystemTime(at('13:00:00'));
    const log = rendererLog();
    log.start('en', 'default', '1.0.0');
    const a = log.visitId()!;
    vi.advanceTimersByTime(5_000);
    log.event('chapter-opened', 'momentum', {});
    vi.advanceTimersByTime(60_000);
    log.start('en', 'default', '1.0.0'); // a reload lost the end
    expect(row(a)).toMatchObject({ ended_at: at('13:00:05'), last_interaction_at: at('13:00:05') });
  });
});
