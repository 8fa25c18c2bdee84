import { MIGRATIONS, openDatabase } from '../../../db';
import { CHAPTER_IDS } from '../../../electron/shared/content-pack';
import { uuidV7 } from '../../../renderer/tour/uuid-v7';

/** Event types and payloads cycled through by the generated data (every type appears). */
const SHAPES: ReadonlyArray<[string, string]> = [
  ['chapter-opened', '{}'],
  ['narration-started', '{"positionMs":0}'],
  ['hotspot-opened', '{"hotspotId":"江北嘴-ifc","via":"panorama"}'],
  ['panorama-dragged', '{"distancePx":412.5,"durationMs":640}'],
  ['narration-paused', '{"positionMs":12000}'],
  ['narration-completed', '{"positionMs":60000}'],
  ['captions-toggled', '{"on":true}'],
  ['chapter-closed', '{"dwellMs":73000}'],
];

/**
 * Builds a visit database with `events` events (40 per visit) quickly: raw
 * prepared inserts in transactions of 50,000 rows with synchronous=OFF (a
 * fixture, not a kiosk: durability is not the point here). Events go in
 * with the schema of version 30; re-opening runs migration 0040, which builds
 * the statistics roll-ups from them (and so is exercised at 1M events too).
 */
export const buildDatabase = (file: string, events: number, fromMs: number, toMs: number): { visits: number; events: number } => {
  const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 30) });
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const insertVisit = db.prepare(`INSERT INTO visits VALUES (?, 'kiosk-bench', ?, ?, ?, ?, 'default', '1.0.0')`);
  const insertEvent = db.prepare(`INSERT INTO visit_events (visit_id, seq, id, at, type, chapter, payload) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const perVisit = 40;
  const visits = Math.ceil(events / perVisit);
  const span = (toMs - fromMs) / visits;
  let written = 0;
  const chunk = db.transaction((first: number, last: number) => {
    for (let v = first; v < last; v++) {
      const start = Math.floor(fromMs + v * span);
      // The ids the kiosk makes: version 7, from the visit's and the event's time.
      const id = uuidV7(start);
      insertVisit.run(id, start, start + perVisit * 3000, v % 3 ? 'idle' : 'finish', v % 4 ? 'zh-CN' : 'en');
      for (let s = 1; s <= perVisit && written < events; s++, written++) {
        const [type, payload] = SHAPES[s % SHAPES.length]!;
        const chapter = type === 'captions-toggled' ? null : CHAPTER_IDS[Math.floor(s / 8) % 5]!;
        insertEvent.run(id, s, uuidV7(start + s * 3000), start + s * 3000, type, chapter, payload);
      }
    }
  });
  for (let v = 0; v < visits; v += 1250) chunk(v, Math.min(visits, v + 1250));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  openDatabase(file).close();
  return { visits, events: written };
};
