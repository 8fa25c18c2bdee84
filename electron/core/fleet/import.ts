import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type pg from 'pg';
import type { ExportManifest } from '../../shared/contract/visits';
import { prepareSession, stageRows } from './push';
import type { SyncEvent, SyncVisit } from './sync-source';

/** What one bundle brought: rows read, rows new to the server, open visits left for later. */
export type ImportedBundle = Readonly<{ manifest: string; kioskId: string; visits: number; events: number; newVisits: number; newEvents: number; openVisits: number }>;

/** Thrown when a bundle does not match its manifest: names the file. Nothing was imported. */
export class BundleRefused extends Error {}

/** Visits per merge call: bounds the memory of one staged chunk (~500 × 30 events). */
const CHUNK_VISITS = 500;
const MERGE = `SELECT visits, events FROM fleet.merge_rows(
  ARRAY(SELECT ROW(s.*)::fleet.visit_row FROM pg_temp.fleet_stage_visits s),
  ARRAY(SELECT ROW(s.*)::fleet.event_row FROM pg_temp.fleet_stage_events s))`;

/** Manifest files named by the arguments: a `*_manifest.json` itself, or every one in a folder. */
export const findManifests = (paths: readonly string[]): string[] =>
  paths.flatMap((p) => {
    if (!fs.statSync(p).isDirectory()) return [path.resolve(p)];
    const found = fs.readdirSync(p).filter((n) => n.endsWith('_manifest.json')).sort();
    if (found.length === 0) throw new BundleRefused(`${p}: no *_manifest.json in this folder`);
    return found.map((n) => path.resolve(p, n));
  });

const readManifest = (file: string): ExportManifest & { dir: string } => {
  let m: ExportManifest;
  try {
    m = JSON.parse(fs.readFileSync(file, 'utf8')) as ExportManifest;
  } catch (error) {
    throw new BundleRefused(`${path.basename(file)}: not a readable manifest (${(error as Error).message})`);
  }
  if (m.kind !== 'changjiahui-visit-log-export') throw new BundleRefused(`${path.basename(file)}: not a visit-log export manifest`);
  if (m.format !== 'jsonl') throw new BundleRefused(`${path.basename(file)}: format ${m.format}; only JSON Lines bundles can be imported`);
  const dir = path.dirname(file);
  for (const f of m.files) {
    // Names only: a manifest must not point outside its own folder.
    if (f.name !== path.basename(f.name)) throw new BundleRefused(`${path.basename(file)}: file name "${f.name}" is not a plain name`);
    const full = path.join(dir, f.name);
    const size = fs.existsSync(full) ? fs.statSync(full).size : -1;
    if (size < 0) throw new BundleRefused(`${f.name}: missing`);
    if (size !== f.bytes) throw new BundleRefused(`${f.name}: ${size} bytes, manifest says ${f.bytes} (truncated or altered)`);
  }
  return { ...m, dir };
};

/** Lines of a file, hashing every byte read; `check()` compares with the manifest's entry afterwards. */
const hashedLines = (dir: string, entry: ExportManifest['files'][number]) => {
  const hash = createHash('sha256');
  const stream = fs.createReadStream(path.join(dir, entry.name));
  stream.on('data', (chunk) => hash.update(chunk));
  let rows = 0;
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  return {
    async *[Symbol.asyncIterator]() {
      for await (const line of lines) {
        if (line === '') continue;
        rows++;
        try {
          yield JSON.parse(line) as Record<string, unknown>;
        } catch {
          throw new BundleRefused(`${entry.name}: line ${rows} is not JSON (damaged)`);
        }
      }
    },
    check() {
      const sha = hash.digest('hex');
      if (sha !== entry.sha256) throw new BundleRefused(`${entry.name}: SHA-256 does not match the manifest (tampered or damaged)`);
      if (rows !== entry.rows) throw new BundleRefused(`${entry.name}: ${rows} rows, manifest says ${entry.rows}`);
    },
  };
};

/** SHA-256 of a whole file, streamed. */
const sha256Of = async (file: string): Promise<string> => {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
};

/** Checks every file of every manifest (size, then SHA-256) before the database is touched. */
const verifyAll = async (manifests: readonly string[]): Promise<void> => {
  for (const file of manifests) {
    const m = readManifest(file);
    for (const f of m.files) {
      if ((await sha256Of(path.join(m.dir, f.name))) !== f.sha256) throw new BundleRefused(`${f.name}: SHA-256 does not match the manifest (tampered or damaged)`);
    }
  }
};

const ms = (iso: unknown, where: string): number => {
  const t = typeof iso === 'string' ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) throw new BundleRefused(`${where}: "${String(iso)}" is not a time`);
  return t;
};

/**
 * Merges one bundle inside the caller's transaction: visits file first (open
 * visits are left out — a later bundle or the sync brings them closed), then
 * the events file, staged in chunks of whole visits and merged through
 * fleet.merge_rows (the same path as sync: duplicates are ignored, each
 * visit rolled up once). Both files are hashed as they are read; a mismatch
 * throws, and the caller's ROLLBACK discards everything.
 */
const importBundle = async (client: pg.ClientBase, file: string): Promise<ImportedBundle> => {
  const m = readManifest(file);
  const visitsEntry = m.files.find((f) => f.name.endsWith('_visits.jsonl'));
  const eventsEntry = m.files.find((f) => f.name.endsWith('_events.jsonl'));
  if (!visitsEntry || !eventsEntry) throw new BundleRefused(`${path.basename(file)}: lists no visits/events JSON Lines files`);

  const visits: SyncVisit[] = [];
  let openVisits = 0;
  const vFile = hashedLines(m.dir, visitsEntry);
  for await (const r of vFile) {
    if (r.kiosk_id !== m.kioskId) throw new BundleRefused(`${visitsEntry.name}: visit ${String(r.visit_id)} is of kiosk ${String(r.kiosk_id)}, manifest says ${m.kioskId}`);
    if (r.ended_at === null) {
      openVisits++;
      continue;
    }
    visits.push({
      id: String(r.visit_id), kiosk_id: m.kioskId, started_at: ms(r.started_at, visitsEntry.name), ended_at: ms(r.ended_at, visitsEntry.name),
      end_reason: String(r.end_reason), language: String(r.language), pack_id: String(r.pack_id), pack_version: String(r.pack_version),
      last_interaction_at: null,
    });
  }
  vFile.check();

  const totals = { visits: 0, events: 0 };
  let chunkVisits: SyncVisit[] = [];
  let chunkEvents: SyncEvent[] = [];
  const flush = async () => {
    if (chunkVisits.length === 0) return;
    await stageRows(client, { visits: chunkVisits, events: chunkEvents }, 'copy');
    const { rows } = await client.query<{ visits: number; events: number }>(MERGE);
    await client.query('TRUNCATE pg_temp.fleet_stage_visits, pg_temp.fleet_stage_events');
    totals.visits += rows[0]?.visits ?? 0;
    totals.events += rows[0]?.events ?? 0;
    chunkVisits = [];
    chunkEvents = [];
  };
  // Both files are in (visit start, visit id) order: walk the visits alongside the events.
  const byId = new Map(visits.map((v, i) => [v.id, i]));
  let next = 0;
  let events = 0;
  const eFile = hashedLines(m.dir, eventsEntry);
  for await (const r of eFile) {
    events++;
    const at = byId.get(String(r.visit_id));
    if (at === undefined) continue; // an event of an open visit: it comes with its visit later
    if (at < next - 1) throw new BundleRefused(`${eventsEntry.name}: events are not in visit order`);
    while (next <= at) {
      if (chunkVisits.length >= CHUNK_VISITS) await flush();
      chunkVisits.push(visits[next++]!);
    }
    chunkEvents.push({
      id: String(r.event_id), visit_id: String(r.visit_id), seq: Number(r.seq), at: ms(r.at, eventsEntry.name),
      type: String(r.type), chapter: r.chapter === null ? null : String(r.chapter), payload: JSON.stringify(r.payload),
    });
  }
  eFile.check();
  while (next < visits.length) chunkVisits.push(visits[next++]!);
  await flush();
  return { manifest: path.basename(file), kioskId: m.kioskId, visits: visits.length, events, newVisits: totals.visits, newEvents: totals.events, openVisits };
};

/**
 * `kiosk fleet import`: verifies and merges every bundle in ONE transaction —
 * a refused file (named in the error) or any failure leaves the central
 * database exactly as it was. Importing a bundle again, or one overlapping
 * what sync already sent, adds nothing twice.
 */
export const importBundles = async (client: pg.ClientBase, paths: readonly string[]): Promise<ImportedBundle[]> => {
  const manifests = findManifests(paths);
  // Refuse a missing, truncated or altered file before touching the database;
  // the files are hashed again as they are imported, in case one changes meanwhile.
  await verifyAll(manifests);
  await prepareSession(client);
  await client.query('BEGIN');
  try {
    const results: ImportedBundle[] = [];
    for (const file of manifests) results.push(await importBundle(client, file));
    await client.query('COMMIT');
    return results;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
};
