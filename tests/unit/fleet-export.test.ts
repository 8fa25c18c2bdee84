/** The merged export of `kiosk fleet serve` (CSV / JSON Lines zips, xlsx) against the kiosks' own SQLite files. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, expect, it } from 'vitest';
import { runFleetCommand } from '../../electron/cli/fleet-command';
import { localDateWindow } from '../../electron/core/visit-log/date-range';
import { FLEET_PIN, TEST_FLEET } from '../fixtures/fleet/serve';
import { useServedFleet } from '../fixtures/fleet/served-fleet';
import { describeWithPostgres } from '../fixtures/fleet/suite';
import { hasLibreOffice, sheetsViaLibreOffice } from '../fixtures/visit-log/libreoffice';
import { readZipEntries } from '../fixtures/visit-log/zip-entries';

const END = Date.UTC(2026, 10, 30, 16); // 2026-12-01 00:00 +08:00
const RANGE = { from: '2026-11-12', to: '2026-11-30' };

describeWithPostgres('kiosk fleet serve: the merged export', (server) => {
  const served = useServedFleet(server, { name: 'export', endMs: END, days: 30 });
  let token: string;

  /** What the kiosks themselves hold for the range: visit and event ids (the truth the merge must equal). */
  const kioskRows = (ids: readonly string[]) => {
    const w = localDateWindow(RANGE.from, RANGE.to, 480);
    const visits: string[] = [];
    const events: string[] = [];
    for (const id of ids) {
      const db = new Database(served.logs.get(id)!.databaseFile, { readonly: true });
      const where = 'v.started_at >= ? AND v.started_at < ?';
      visits.push(
        ...(db.prepare(`SELECT v.id FROM visits v WHERE ${where}`).pluck().all(w.fromMs, w.toMs) as string[]),
      );
      events.push(
        ...(db
          .prepare(`SELECT e.id FROM visit_events e JOIN visits v ON v.id = e.visit_id WHERE ${where}`)
          .pluck()
          .all(w.fromMs, w.toMs) as string[]),
      );
      db.close();
    }
    return { visits: visits.sort(), events: events.sort() };
  };
  const download = async (body: Record<string, unknown>) => {
    const response = await fetch(new URL('/api/download/fleet:export', served.fleet.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk-Session': token },
      body: JSON.stringify({ ...RANGE, ...body }),
    });
    expect(response.status).toBe(200);
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')![1]!;
    const file = path.join(served.dir, name);
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    return { file, name, type: response.headers.get('content-type') };
  };
  /** Role names of the kiosks: what must never leak into an export, with any URL or password. */
  const secrets = async () =>
    (await served.central.admin.query<{ role_name: string }>('SELECT role_name FROM fleet.kiosks')).rows.map(
      (r) => r.role_name,
    );

  beforeAll(async () => {
    const signIn = await fetch(new URL('/api/call/admin:sign-in', served.fleet.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ pin: FLEET_PIN }),
    });
    token = ((await signIn.json()) as { value: { token: string } }).value.token;
  });

  it("CSV: a zip of visits, events and kiosks of the chosen kiosk, row for row the kiosk's own", async () => {
    const { file, name, type } = await download({ format: 'csv', kioskIds: ['cd-tianfu-1'] });
    expect(name).toBe('fleet_2026-11-12_2026-11-30_csv.zip');
    expect(type).toBe('application/zip');
    const entries = await readZipEntries(file);
    expect(entries.map((e) => e.name)).toEqual([
      'fleet_2026-11-12_2026-11-30_visits.csv',
      'fleet_2026-11-12_2026-11-30_events.csv',
      'fleet_2026-11-12_2026-11-30_kiosks.csv',
    ]);
    const [visits, events, kiosks] = entries.map((e) =>
      e.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    );
    expect(visits![0]).toBe('visit_id,kiosk_id,started_at,ended_at,end_reason,language,pack_id,pack_version');
    expect(events![0]).toBe('event_id,visit_id,kiosk_id,seq,at,type,chapter,payload');
    const own = kioskRows(['cd-tianfu-1']);
    expect(own.visits.length).toBeGreaterThan(10);
    expect(
      visits!
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(own.visits);
    expect(
      events!
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(own.events);
    expect(kiosks).toEqual([
      'kiosk_id,venue,last_seen_at,backlog',
      expect.stringMatching(/^cd-tianfu-1,Chengdu,20\d\d-.+Z,0$/),
    ]);
  });

  it('JSON Lines: the venue filter keeps its kiosks; events carry their payload as JSON; no credentials', async () => {
    const { file } = await download({ format: 'jsonl', venue: 'Chongqing' });
    const [visits, events, kiosks] = (await readZipEntries(file)).map((e) =>
      e.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    );
    const chongqing = TEST_FLEET.filter((k) => k.venue === 'Chongqing').map((k) => k.id);
    const own = kioskRows(chongqing);
    expect(visits!.map((v) => v.visit_id).sort()).toEqual(own.visits);
    expect(events!.map((e) => e.event_id).sort()).toEqual(own.events);
    expect(typeof events![0]!.payload).toBe('object');
    expect(kiosks!.map((k) => k.kiosk_id)).toEqual([...chongqing].sort());
    const text = fs.readFileSync(file, 'latin1') + (await readZipEntries(file)).map((e) => e.text).join('');
    for (const secret of [...(await secrets()), 'postgres://', 'password']) expect(text).not.toContain(secret);
  });

  it.skipIf(!hasLibreOffice())(
    'xlsx: Visits, Events and Kiosks sheets, read back by LibreOffice, count what the kiosks hold',
    async () => {
      const { file, name } = await download({ format: 'xlsx', language: 'en' });
      expect(name).toBe('fleet_2026-11-12_2026-11-30.xlsx');
      const sheets = sheetsViaLibreOffice(file, path.join(served.dir, 'lo'));
      expect([...sheets.keys()].sort()).toEqual(['Events', 'Kiosks', 'Visits']);
      const own = kioskRows(TEST_FLEET.map((k) => k.id));
      const visits = sheets.get('Visits')!;
      expect(visits[0]!.slice(0, 3)).toEqual(['Visit', 'Started', 'Ended'].map((h) => expect.stringContaining(h)));
      expect(
        visits
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(own.visits);
      expect(
        sheets
          .get('Events')!
          .slice(1)
          .map((r) => r[6])
          .sort(),
      ).toEqual(own.events);
      // Dates as the fleet's local time: a visit's start date equals its start cell's date part.
      const first = visits[1]!;
      expect(first[1]).toContain(first[3]!.replace(/\//g, '-').slice(0, 4));
      expect(
        sheets
          .get('Kiosks')!
          .slice(1)
          .map((r) => [r[0], r[1], r[3]]),
      ).toEqual([...TEST_FLEET].sort((a, b) => (a.id < b.id ? -1 : 1)).map((k) => [k.id, k.venue, '0']));
      const all = Object.values(Object.fromEntries(sheets)).flat(2).join('\n');
      for (const secret of await secrets()) expect(all).not.toContain(secret);
    },
    180_000,
  );

  it('kiosk fleet export writes the same bytes as the download, to a new file only', async () => {
    const request = { format: 'xlsx', language: 'zh-CN', kioskIds: ['cq-jiangbei-2'] };
    const { file: downloaded } = await download(request);
    const out = path.join(served.dir, 'cli', 'fleet.xlsx');
    fs.mkdirSync(path.dirname(out));
    const args = [
      'export',
      '--postgres',
      served.central.url,
      '--from',
      RANGE.from,
      '--to',
      RANGE.to,
      '--format',
      'xlsx',
    ];
    const run = async (extra: string[]) => {
      let err = '';
      const code = await runFleetCommand(
        [...args, ...extra],
        { write: () => true },
        { write: (t: string) => (err += t) },
      );
      return { code, err };
    };
    expect((await run(['--language', 'zh-CN', '--kiosk', 'cq-jiangbei-2', '--out', out])).code).toBe(0);
    expect(fs.readFileSync(out).equals(fs.readFileSync(downloaded))).toBe(true);
    const again = await run(['--out', out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('EEXIST');
    expect(fs.readFileSync(out).equals(fs.readFileSync(downloaded))).toBe(true);
    expect((await run(['--format', 'xls', '--out', `${out}.2`])).code).toBe(2);
  });
});
