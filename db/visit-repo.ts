import type Database from 'better-sqlite3';
import type { VisitEndReason, VisitEvent } from '../electron/shared/visit-events';
import { ENGAGED_DWELL, ESTIMATED_LAST_INTERACTION } from './migrations/0080-engaged-duration';

/** One thing the logger writes: a visit start, an event, or a visit end, in arrival order. */
export type LogItem =
  | Readonly<{
      kind: 'start';
      visitId: string;
      kioskId: string;
      at: number;
      language: string;
      packId: string;
      packVersion: string;
      /** false: leave other open visits alone (they belong to other pages); default true. */
      interruptOthers?: boolean;
    }>
  | Readonly<{ kind: 'event'; event: VisitEvent }>
  | Readonly<{ kind: 'end'; visitId: string; at: number; reason: VisitEndReason; lastInteractionAt?: number }>;

/** What a batch write did. Items not counted as stored were duplicates or refused. */
export type WriteOutcome = {
  /** Rows inserted or updated. */
  stored: number;
  /** Events already stored (same id), visits already started, ends of visits already closed. */
  ignored: number;
  /** Events whose visit is unknown (its start was never stored). */
  orphans: number;
};

/** The repository of the visit log: every statement prepared once. */
export type VisitRepo = Readonly<{
  /** Writes a batch in one transaction: all of it or none of it. */
  writeBatch(items: readonly LogItem[]): WriteOutcome;
  /**
   * Writes item by item, each in its own savepoint inside one transaction, and
   * returns the items that failed: used once a batch failed on bad data, so
   * one poison row cannot block the rest forever.
   */
  writeEach(items: readonly LogItem[]): { outcome: WriteOutcome; failed: Array<{ item: LogItem; error: unknown }> };
  /** Closes every open visit as `interrupted` at its last event (crash recovery). Returns how many. */
  closeOpenVisits(): number;
  /** Deletes up to `limit` visits (and their events) started before `cutoffMs`. Returns how many visits. */
  purgeVisitsBefore(cutoffMs: number, limit: number): number;
  /** Truncates the WAL after a large delete, so it stays bounded. */
  checkpoint(): void;
  /** Counts for health reports and tests. */
  counts(): { visits: number; events: number; openVisits: number };
}>;

/** Creates the visit repository over an open, migrated database. */
export const createVisitRepo = (db: Database.Database): VisitRepo => {
  const insertVisit = db.prepare(
    `INSERT OR IGNORE INTO visits (id, kiosk_id, started_at, language, pack_id, pack_version)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  // A new visit means the previous one is over even if its end never arrived
  // (renderer reload): close it as interrupted at its last event. INDEXED BY:
  // left to itself the planner walks visits_by_start over every earlier
  // visit — quadratic over a kiosk's lifetime; open visits are one or two.
  // An interrupted visit ends at its last event, which is also its last interaction (no idle tail).
  const LAST_EVENT = `COALESCE((SELECT MAX(e.at) FROM visit_events e WHERE e.visit_id = visits.id), started_at)`;
  const closeOthers = db.prepare(
    `UPDATE visits INDEXED BY visits_open SET end_reason = 'interrupted', ended_at = ${LAST_EVENT}, last_interaction_at = ${LAST_EVENT}
     WHERE ended_at IS NULL AND id <> ? AND started_at <= ?`,
  );
  const closeAll = db.prepare(
    `UPDATE visits INDEXED BY visits_open SET end_reason = 'interrupted', ended_at = ${LAST_EVENT}, last_interaction_at = ${LAST_EVENT}
     WHERE ended_at IS NULL`,
  );
  const endVisit = db.prepare(`UPDATE visits SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL`);
  // Second step (SET sees the row before the update, so ended_at must be stored first):
  // the renderer's last interaction, clamped into the visit, or the estimate from its events.
  const setLastInteraction = db.prepare(
    `UPDATE visits SET last_interaction_at = MIN(ended_at, MAX(started_at, COALESCE(?, ${ESTIMATED_LAST_INTERACTION}))) WHERE id = ?`,
  );
  const setEngagedDwell = db.prepare(`UPDATE chapter_dwells SET engaged_ms = ${ENGAGED_DWELL} WHERE visit_id = ?`);
  // Its start, which every roll-up row carries (migration 0090); undefined = no such visit.
  const visitStart = db.prepare(`SELECT started_at FROM visits WHERE id = ?`).pluck();
  const insertEvent = db.prepare(
    `INSERT OR IGNORE INTO visit_events (visit_id, seq, id, at, type, chapter, payload) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // Roll-ups for statistics (migration 0040): MAX keeps "did it at least once" flags idempotent.
  const markChapter = db.prepare(
    `INSERT INTO visit_chapters (visit_id, chapter, opened, narration_started, narration_completed, visit_started_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (visit_id, chapter) DO UPDATE SET
       opened = MAX(opened, excluded.opened),
       narration_started = MAX(narration_started, excluded.narration_started),
       narration_completed = MAX(narration_completed, excluded.narration_completed)`,
  );
  // Engaged = dwell until the visit's end says otherwise (setEngagedDwell).
  const insertDwell = db.prepare(
    `INSERT OR IGNORE INTO chapter_dwells (visit_id, seq, event_id, chapter, dwell_ms, engaged_ms, visit_started_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // Narration per chapter and language (migration 0080): the language the visit is in at the event.
  const markNarration = db.prepare(
    `INSERT INTO visit_narrations (visit_id, chapter, language, started, completed, visit_started_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (visit_id, chapter, language) DO UPDATE SET
       started = MAX(started, excluded.started), completed = MAX(completed, excluded.completed)`,
  );
  // How many chapters the visit opened, on the visit itself (migration 0090): the dashboard's reach needs no join.
  const countOpened = db.prepare(
    `UPDATE visits SET chapters_opened = (SELECT COUNT(*) FROM visit_chapters c WHERE c.visit_id = ? AND c.opened = 1) WHERE id = ?`,
  );
  const languageNow = db
    .prepare(
      `SELECT COALESCE((SELECT json_extract(payload, '$.to') FROM visit_events
         WHERE visit_id = ? AND type = 'language-changed' ORDER BY seq DESC LIMIT 1), (SELECT language FROM visits WHERE id = ?))`,
    )
    .pluck();
  const purge = db.prepare(
    `DELETE FROM visits WHERE id IN (SELECT id FROM visits WHERE started_at < ? ORDER BY started_at LIMIT ?)`,
  );
  const countVisits = db.prepare(`SELECT COUNT(*) FROM visits`).pluck();
  const countEvents = db.prepare(`SELECT COUNT(*) FROM visit_events`).pluck();
  const countOpen = db.prepare(`SELECT COUNT(*) FROM visits WHERE ended_at IS NULL`).pluck();

  // The last visit seen to exist: events arrive in runs of the same visit, so
  // this saves a lookup per event on the hot path.
  let knownVisit = '';
  let knownStart = 0;
  // The language of the visit the last event belonged to: events come in runs
  // of one visit, in seq order, so this is one lookup per visit, not per event.
  let language: { visitId: string; code: string } | null = null;
  const languageOf = (visitId: string): string => {
    if (language?.visitId !== visitId) language = { visitId, code: String(languageNow.get(visitId, visitId)) };
    return language.code;
  };

  const writeOne = (item: LogItem, out: WriteOutcome): void => {
    if (item.kind === 'event') {
      const e = item.event;
      if (e.visitId !== knownVisit) {
        const start = visitStart.get(e.visitId) as number | undefined;
        if (start === undefined) {
          out.orphans++;
          return;
        }
        knownVisit = e.visitId;
        knownStart = start;
      }
      const changes = insertEvent.run(e.visitId, e.seq, e.id, e.at, e.type, e.chapter, JSON.stringify(e.payload)).changes;
      if (!changes) {
        out.ignored++;
        return;
      }
      out.stored++;
      if (e.type === 'language-changed') language = { visitId: e.visitId, code: e.payload.to };
      if (e.chapter === null) return;
      if (e.type === 'narration-started' || e.type === 'narration-completed') {
        const [started, completed] = [e.type === 'narration-started' ? 1 : 0, e.type === 'narration-completed' ? 1 : 0];
        markNarration.run(e.visitId, e.chapter, languageOf(e.visitId), started, completed, knownStart);
      }
      if (e.type === 'chapter-opened') {
        markChapter.run(e.visitId, e.chapter, 1, 0, 0, knownStart);
        countOpened.run(e.visitId, e.visitId);
      } else if (e.type === 'narration-started') markChapter.run(e.visitId, e.chapter, 0, 1, 0, knownStart);
      else if (e.type === 'narration-completed') markChapter.run(e.visitId, e.chapter, 0, 0, 1, knownStart);
      else if (e.type === 'chapter-closed') insertDwell.run(e.visitId, e.seq, e.id, e.chapter, e.payload.dwellMs, e.payload.dwellMs, knownStart);
    } else if (item.kind === 'start') {
      const changes = insertVisit.run(item.visitId, item.kioskId, item.at, item.language, item.packId, item.packVersion).changes;
      if (changes) {
        out.stored++;
        if (item.interruptOthers !== false) closeOthers.run(item.visitId, item.at);
      } else out.ignored++;
    } else {
      const changes = endVisit.run(item.at, item.reason, item.visitId).changes;
      if (changes) {
        out.stored++;
        setLastInteraction.run(item.lastInteractionAt ?? null, item.visitId);
        setEngagedDwell.run(item.visitId);
      } else out.ignored++;
    }
  };

  const fresh = (): WriteOutcome => ({ stored: 0, ignored: 0, orphans: 0 });

  const batch = db.transaction((items: readonly LogItem[]) => {
    const out = fresh();
    for (const item of items) writeOne(item, out);
    return out;
  });

  const each = db.transaction((items: readonly LogItem[]) => {
    const out = fresh();
    const failed: Array<{ item: LogItem; error: unknown }> = [];
    for (const item of items) {
      try {
        // A nested better-sqlite3 transaction is a savepoint: a failing item rolls back alone.
        db.transaction(() => writeOne(item, out))();
      } catch (error) {
        failed.push({ item, error });
      }
    }
    return { outcome: out, failed };
  });

  // A rolled-back transaction may have undone the visit the cache vouches for.
  const uncached = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      knownVisit = '';
      language = null;
      throw error;
    }
  };

  return {
    writeBatch: (items) => uncached(() => batch.immediate(items)),
    writeEach: (items) => {
      knownVisit = '';
      language = null;
      return uncached(() => each.immediate(items));
    },
    closeOpenVisits: () => closeAll.run().changes,
    purgeVisitsBefore: (cutoffMs, limit) => {
      knownVisit = '';
      language = null;
      return purge.run(cutoffMs, limit).changes;
    },
    checkpoint: () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    counts: () => ({
      visits: countVisits.get() as number,
      events: countEvents.get() as number,
      openVisits: countOpen.get() as number,
    }),
  };
};
