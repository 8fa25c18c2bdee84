import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitLog } from '../../electron/core/visit-log';
import { VISIT_EVENT_TYPES, type VisitEvent } from '../../electron/shared/visit-events';
import { testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const T0 = Date.UTC(2026, 0, 5, 2, 0, 0);
const SAMPLE_PAYLOADS: Record<VisitEvent['type'], unknown> = {
  'chapter-opened': {},
  'chapter-closed': { dwellMs: 42_000 },
  'narration-started': { positionMs: 0 },
  'narration-paused': { positionMs: 1234 },
  'narration-completed': { positionMs: 60_000 },
  'narration-stopped': { positionMs: 5 },
  'hotspot-opened': { hotspotId: '江北嘴, "IFC"', via: 'panorama' },
  'panorama-dragged': { distancePx: 123.5, durationMs: 800 },
  'language-changed': { from: 'zh-CN', to: 'en' },
  'captions-toggled': { on: true },
  'transcript-opened': {},
  'large-text-toggled': { on: true },
  'low-reach-toggled': { on: false },
  'less-motion-toggled': { on: true },
};
/** Preference toggles happen anywhere in a visit: these are sent outside a chapter (null), the rest inside one. */
const OUTSIDE_A_CHAPTER = new Set<VisitEvent['type']>(['captions-toggled', 'large-text-toggled', 'low-reach-toggled']);

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
beforeEach(() => {
  tmp = tempDir();
  log = testVisitLog(tmp.dir).log;
});
afterEach(() => {
  log.close();
  tmp.cleanup();
});

const rows = (sql: string) => {
  const db = new Database(log.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
};

describe('visit log round trip', () => {
  it('stores a visit and every event type exactly as sent', () => {
    const visitId = randomUUID();
    log.ingest('start', { visitId, at: T0, language: 'zh-CN', packId: 'default', packVersion: '1.2.0' });
    const sent = VISIT_EVENT_TYPES.map((type, i) => ({
      id: randomUUID(),
      visitId,
      seq: i + 1,
      at: T0 + 1000 * (i + 1),
      type,
      chapter: OUTSIDE_A_CHAPTER.has(type) ? null : 'vitality',
      payload: SAMPLE_PAYLOADS[type],
    }));
    for (const e of sent) log.ingest('event', e);
    log.ingest('end', { visitId, at: T0 + 60_000, reason: 'finish' });
    expect(log.flush()).toBe(true);

    expect(rows('SELECT * FROM visits')).toEqual([
      { id: visitId, kiosk_id: 'kiosk-test', started_at: T0, ended_at: T0 + 60_000, end_reason: 'finish', language: 'zh-CN', pack_id: 'default', pack_version: '1.2.0',
        // A finish is the visitor's own tap: engaged to the end (no sender's last interaction given).
        last_interaction_at: T0 + 60_000,
        // The chapters it opened, kept for the dashboard (migration 0090).
        chapters_opened: new Set(sent.filter((e) => e.type === 'chapter-opened').map((e) => e.chapter)).size },
    ]);
    const stored = rows('SELECT * FROM visit_events ORDER BY seq').map((r) => ({
      id: r.id,
      visitId: r.visit_id,
      seq: r.seq,
      at: r.at,
      type: r.type,
      chapter: r.chapter,
      payload: JSON.parse(r.payload as string) as unknown,
    }));
    expect(stored).toEqual(sent);
    expect(log.health()).toMatchObject({ stored: sent.length + 2, buffered: 0, dropped: 0, refused: 0, writing: true });
  });

  it('stores an event once even if it is sent twice (idempotent by event id)', () => {
    const visitId = randomUUID();
    const event = { id: randomUUID(), visitId, seq: 1, at: T0 + 1, type: 'chapter-opened', chapter: 'quality', payload: {} };
    log.ingest('start', { visitId, at: T0, language: 'en', packId: 'p', packVersion: '1' });
    log.ingest('event', event);
    log.flush();
    log.ingest('event', event);
    log.ingest('start', { visitId, at: T0, language: 'en', packId: 'p', packVersion: '1' });
    log.flush();
    expect(rows('SELECT COUNT(*) AS n FROM visit_events')).toEqual([{ n: 1 }]);
    expect(rows('SELECT COUNT(*) AS n FROM visits')).toEqual([{ n: 1 }]);
  });

  it('refuses events of an unknown visit at write time without blocking the batch', () => {
    const visitId = randomUUID();
    log.ingest('start', { visitId, at: T0, language: 'en', packId: 'p', packVersion: '1' });
    log.ingest('event', { id: randomUUID(), visitId: randomUUID(), seq: 1, at: T0 + 1, type: 'chapter-opened', chapter: 'quality', payload: {} });
    log.ingest('event', { id: randomUUID(), visitId, seq: 1, at: T0 + 1, type: 'chapter-opened', chapter: 'quality', payload: {} });
    log.flush();
    expect(rows('SELECT COUNT(*) AS n FROM visit_events')).toEqual([{ n: 1 }]);
    expect(log.health().refused).toBe(1);
  });

  it('closes a visit left open as interrupted, at its last event, when the next visit starts or at the next start', () => {
    const a = randomUUID();
    const b = randomUUID();
    log.ingest('start', { visitId: a, at: T0, language: 'en', packId: 'p', packVersion: '1' });
    log.ingest('event', { id: randomUUID(), visitId: a, seq: 1, at: T0 + 500, type: 'chapter-opened', chapter: 'quality', payload: {} });
    log.ingest('start', { visitId: b, at: T0 + 9000, language: 'en', packId: 'p', packVersion: '1' });
    log.flush();
    expect(rows('SELECT id, ended_at, end_reason FROM visits ORDER BY started_at')).toEqual([
      { id: a, ended_at: T0 + 500, end_reason: 'interrupted' },
      { id: b, ended_at: null, end_reason: null },
    ]);
    log.close();
    log = testVisitLog(tmp.dir).log;
    expect(rows('SELECT id, ended_at, end_reason FROM visits ORDER BY started_at')[1]).toEqual({ id: b, ended_at: T0 + 9000, end_reason: 'interrupted' });
  });
});
