import type Database from 'better-sqlite3';
import type { StatsWindow } from './stats-repo';

type Window = Pick<StatsWindow, 'fromMs' | 'toMs'>;

/**
 * A visit as the workbook shows it: plain values, times as UTC epoch ms.
 * Seconds are rounded like the CSV's (`(ms + 500) / 1000`); null while the
 * visit is open (or its chapter was never entered).
 */
export type WorkbookVisit = readonly [
  id: string,
  kioskId: string,
  startedAt: number,
  endedAt: number | null,
  endReason: string | null,
  language: string,
  packId: string,
  packVersion: string,
  engagedS: number | null,
  idleTailS: number | null,
  hubOnly: 0 | 1,
  ...dwellS: Array<number | null>,
];

/** An event as the workbook shows it (the payload as its JSON text). */
export type WorkbookEvent = readonly [
  id: string,
  visitId: string,
  kioskId: string,
  seq: number,
  at: number,
  type: string,
  chapter: string | null,
  payload: string,
];

export type WorkbookRepo = Readonly<{
  /** Visits started in the window, by start time then id (the CSV's order). */
  visits(w: Window): Generator<WorkbookVisit>;
  /** Their events, by visit start, visit id, seq, event id (the CSV's order). */
  events(w: Window): Generator<WorkbookEvent>;
}>;

/** Visits per query: keyset pages, so no statement stays open between rows. */
const PAGE = 64;
const CHAPTERS = ['hard-core', 'vitality', 'momentum', 'quality', 'radiation'] as const;
const seconds = (ms: string) => `CASE WHEN v.last_interaction_at IS NULL THEN NULL ELSE (${ms} + 500) / 1000 END`;
const dwell = (chapter: string) =>
  `(SELECT (SUM(coalesce(d.engaged_ms, d.dwell_ms)) + 500) / 1000 FROM chapter_dwells d WHERE d.visit_id = v.id AND d.chapter = '${chapter}')`;
const PAGE_WHERE = 'v.started_at < @to AND (v.started_at, v.id) > (@after, @afterId) ORDER BY v.started_at, v.id';

/**
 * Reads the workbook's rows, a page at a time. Use it inside the export's
 * read transaction: every page then comes from one snapshot.
 */
export const createWorkbookRepo = (db: Database.Database): WorkbookRepo => {
  const visitPage = db
    .prepare(
      `SELECT v.id, v.kiosk_id, v.started_at, v.ended_at, v.end_reason, v.language, v.pack_id, v.pack_version,
         ${seconds('v.last_interaction_at - v.started_at')}, ${seconds('v.ended_at - v.last_interaction_at')},
         v.ended_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM visit_chapters c WHERE c.visit_id = v.id AND c.opened = 1),
         ${CHAPTERS.map(dwell).join(', ')}
       FROM visits v WHERE ${PAGE_WHERE} LIMIT ${PAGE}`,
    )
    .raw();
  const keyPage = db.prepare(`SELECT v.started_at, v.id FROM visits v WHERE ${PAGE_WHERE} LIMIT ${PAGE}`).raw();
  const eventPage = db
    .prepare(
      `SELECT e.id, v.id, v.kiosk_id, e.seq, e.at, e.type, e.chapter, e.payload
       FROM visits v JOIN visit_events e ON e.visit_id = v.id
       WHERE (v.started_at, v.id) > (@after, @afterId) AND (v.started_at, v.id) <= (@last, @lastId)
       ORDER BY v.started_at, v.id, e.seq, e.id`,
    )
    .raw();

  function* visits(w: Window): Generator<WorkbookVisit> {
    let after: [number, string] = [w.fromMs, ''];
    for (;;) {
      const rows = visitPage.all({ after: after[0], afterId: after[1], to: w.toMs }) as unknown as WorkbookVisit[];
      yield* rows;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) return;
      after = [last[2], last[0]];
    }
  }

  function* events(w: Window): Generator<WorkbookEvent> {
    let after: [number, string] = [w.fromMs, ''];
    for (;;) {
      const keys = keyPage.all({ after: after[0], afterId: after[1], to: w.toMs }) as Array<[number, string]>;
      const last = keys.at(-1);
      if (!last) return;
      yield* eventPage.all({
        after: after[0],
        afterId: after[1],
        last: last[0],
        lastId: last[1],
      }) as unknown as WorkbookEvent[];
      if (keys.length < PAGE) return;
      after = last;
    }
  }

  return { visits, events };
};
