import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../electron/core/event-bus';
import type { CallContext } from '../../electron/core/handlers';
import { createMediaService, type MediaService } from '../../electron/core/removable/media-service';
import { loadSettings } from '../../electron/core/settings';
import { createExportService, type ExportService } from '../../electron/core/visit-log/export-service';
import { openFileWriter } from '../../electron/core/visit-log/export-writer';
import type { VisitLog } from '../../electron/core/visit-log';
import type { HealthAlert } from '../../electron/shared/contract/visits';
import { KioskFailure } from '../../electron/shared/result';
import { memoryLog } from '../fixtures/packs/harness';
import { generateVisits } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const admin: CallContext = { transport: 'http', session: { id: 'a', role: 'admin' } };
const RANGE = { from: '2026-01-01', to: '2026-01-31', format: 'csv' as const };
const NOBODY = 65534;
let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let mnt: string;
let exportRoot: string;
let log: VisitLog;
let alerts: HealthAlert[];
let media: MediaService;
let service: ExportService;
const events: KioskEvent['payload'][] = [];
let tmpfs: string | null = null;

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const dbFile = () => path.join(dataDir, 'visits.sqlite');

/** Runs `ln -s` as the unprivileged user `nobody` (the attacker of issue 15 #1); false when the machine cannot. */
const plantAsNobody = (target: string, link: string): boolean => {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'ln', '-s', target, link]);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  tmp = tempDir('kiosk-export-confined-');
  // Traversable by `nobody`, as a venue PC's /media is.
  fs.chmodSync(tmp.dir, 0o755);
  dataDir = path.join(tmp.dir, 'data');
  mnt = path.join(tmp.dir, 'mnt');
  exportRoot = path.join(tmp.dir, 'exports');
  fs.mkdirSync(path.join(mnt, 'STICK'), { recursive: true });
  fs.mkdirSync(exportRoot);
  ({ log, alerts } = testVisitLog(dataDir));
  ingestAll(log, generateVisits({ seed: 7, visits: 400, fromMs: Date.UTC(2026, 0, 2), toMs: Date.UTC(2026, 0, 25), randomIds: true }));
  const settings = loadSettings({ overrides: { dataDir, removableMediaRoots: [mnt], exportRoots: [exportRoot] } });
  media = createMediaService({ settings, log: memoryLog() });
  await media.scanNow();
  service = createExportService({ visitLog: log, media, dataDir, kioskId: 'kiosk-test', log: memoryLog(), emit: (p) => events.push(p) });
});
afterAll(() => {
  log.close();
  if (tmpfs) execFileSync('umount', [tmpfs]);
  tmp.cleanup();
});

const volumeId = (label: string) => media.volumes().find((v) => v.label === label)?.id ?? 'v-0000000000000000';
const exportTo = (label: string) => Promise.resolve().then(() => service.handlers['export:visits']({ ...RANGE, volumeId: volumeId(label) }, admin));

describe('exports are confined and exclusive (issue 15 #1, #2)', () => {
  it('writes a new folder on the stick: files 0600 under a 0700 folder, a numbered name next time, never replacing', async () => {
    const first = await exportTo('STICK');
    expect(path.dirname(first.folder)).toBe(fs.realpathSync(path.join(mnt, 'STICK')));
    expect(path.basename(first.folder)).toBe('changjiahui-export_kiosk-test_2026-01-01_2026-01-31');
    expect(fs.statSync(first.folder).mode & 0o777).toBe(0o700);
    const names = fs.readdirSync(first.folder).sort();
    expect(names).toEqual(['kiosk-test_2026-01-01_2026-01-31_audit.csv', 'kiosk-test_2026-01-01_2026-01-31_daily.csv', 'kiosk-test_2026-01-01_2026-01-31_events.csv', 'kiosk-test_2026-01-01_2026-01-31_manifest.json', 'kiosk-test_2026-01-01_2026-01-31_visits.csv']);
    for (const name of names) expect(fs.statSync(path.join(first.folder, name)).mode & 0o777, name).toBe(0o600);
    for (const f of first.files) expect(sha(path.join(first.folder, f.name))).toBe(f.sha256);
    expect(first.files.find((f) => f.name.endsWith('_visits.csv'))?.rows).toBe(400);
    const manifestBefore = sha(path.join(first.folder, names[1] ?? ''));
    const second = await exportTo('STICK');
    expect(path.basename(second.folder)).toBe('changjiahui-export_kiosk-test_2026-01-01_2026-01-31_2');
    expect(sha(path.join(first.folder, names[1] ?? ''))).toBe(manifestBefore);
    expect(events.map((e) => (e as { phase: string }).phase)).toContain('done');
  });

  it('a symlink planted (by nobody) at the temp name is never followed: the database stays byte-identical', async () => {
    const drop = path.join(tmp.dir, 'attacker-owned');
    fs.mkdirSync(drop);
    fs.chownSync(drop, NOBODY, NOBODY);
    const before = sha(dbFile());
    const name = 'kiosk-test_2026-01-01_2026-01-31_visits.csv';
    const asNobody = plantAsNobody(dbFile(), path.join(drop, `.${name}.partial`));
    if (!asNobody) fs.symlinkSync(dbFile(), path.join(drop, `.${name}.partial`));
    expect(fs.lstatSync(path.join(drop, `.${name}.partial`)).uid).toBe(asNobody ? NOBODY : process.getuid?.());
    expect(() => openFileWriter(drop, name)).toThrow(/EEXIST/);
    expect(sha(dbFile())).toBe(before);
    expect(log.health().writing).toBe(true);
  });

  it('a symlink planted (by nobody) at the export folder name is skipped for a numbered name; nothing written through it', async () => {
    const stick = path.join(mnt, 'SHARED');
    fs.mkdirSync(stick);
    fs.chownSync(stick, NOBODY, NOBODY);
    await media.scanNow();
    const before = sha(dbFile());
    const dataBefore = fs.readdirSync(dataDir).sort();
    const link = path.join(stick, 'changjiahui-export_kiosk-test_2026-01-01_2026-01-31');
    if (!plantAsNobody(dataDir, link)) fs.symlinkSync(dataDir, link);
    const result = await exportTo('SHARED');
    expect(path.basename(result.folder)).toBe('changjiahui-export_kiosk-test_2026-01-01_2026-01-31_2');
    expect(sha(dbFile())).toBe(before);
    expect(fs.readdirSync(dataDir).sort()).toEqual(dataBefore);
  });

  it('refuses every destination outside the sticks and exportRoots, the data dir included, creating nothing', async () => {
    fs.symlinkSync(dataDir, path.join(exportRoot, 'data-link'));
    fs.symlinkSync('/etc', path.join(exportRoot, 'etc-link'));
    const targets = ['/etc', '/root', '/dev/shm', '/', 'relative/out', '.', dataDir, path.join(dataDir, 'logs'), path.join(exportRoot, 'data-link'), path.join(exportRoot, 'etc-link'), path.join(exportRoot, '..'), path.join(exportRoot, 'missing')];
    const before = sha(dbFile());
    for (const outDir of targets) {
      const error = await service.exportToPath({ ...RANGE, outDir }).then(() => null, (e: unknown) => e);
      expect(error, outDir).toBeInstanceOf(KioskFailure);
      expect((error as KioskFailure).message, outDir).toBe('the destination is not inside removable media or an export folder (exportRoots)');
    }
    expect(fs.readdirSync('/etc').some((n) => n.startsWith('changjiahui-export'))).toBe(false);
    expect(fs.existsSync(path.resolve('relative'))).toBe(false);
    expect(fs.readdirSync(dataDir).some((n) => n.startsWith('changjiahui-export'))).toBe(false);
    expect(sha(dbFile())).toBe(before);
    // By volume id: an unknown id is refused; an export root works.
    await expect(service.handlers['export:visits']({ ...RANGE, volumeId: 'v-0123456789abcdef' }, admin)).rejects.toMatchObject({ code: 'not-found' });
    expect(path.dirname((await exportTo('exports')).folder)).toBe(fs.realpathSync(exportRoot));
  });

  it('export:cancel stops the export and leaves no folder behind', async () => {
    const stick = path.join(mnt, 'STICK');
    const before = fs.readdirSync(stick).sort();
    // Called directly: the export has started (and holds the cancel switch) when the call returns its promise.
    const running = Promise.resolve(service.handlers['export:visits']({ ...RANGE, volumeId: volumeId('STICK') }, admin)).then(() => null, (e: unknown) => e);
    expect(service.handlers['export:cancel']({}, admin)).toEqual({ cancelled: true });
    const error = await running;
    expect((error as KioskFailure).message).toMatch(/cancelled/);
    expect(fs.readdirSync(stick).sort()).toEqual(before);
    expect(events.at(-1)).toMatchObject({ phase: 'cancelled' });
    expect(service.handlers['export:cancel']({}, admin)).toEqual({ cancelled: false });
  });

  it.runIf(process.getuid?.() === 0)('a full stick fails with a clear message and leaves no file that looks complete', async () => {
    const full = path.join(mnt, 'TINY');
    fs.mkdirSync(full);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]);
    tmpfs = full;
    await media.scanNow();
    const error = await exportTo('TINY').then(() => null, (e: unknown) => e);
    expect((error as KioskFailure).message).toMatch(/is full; nothing was kept/);
    expect(fs.readdirSync(full)).toEqual([]);
    expect(events.at(-1)).toMatchObject({ phase: 'failed' });
  });
});

describe('leftovers of interrupted exports (issue 15 #9)', () => {
  it('are removed at start and reported in the log and as a health alert; complete exports stay', () => {
    const vol = path.join(mnt, 'LEFTOVER');
    fs.mkdirSync(vol);
    const broken = path.join(vol, 'changjiahui-export_kiosk-test_2026-02-01_2026-02-28');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, '.kiosk-test_2026-02-01_2026-02-28_events.csv.partial'), Buffer.alloc(4096));
    fs.writeFileSync(path.join(broken, 'kiosk-test_2026-02-01_2026-02-28_visits.csv'), 'complete on its own');
    fs.writeFileSync(path.join(vol, '.old_visits.csv.partial'), 'from an older version');
    const complete = path.join(vol, 'changjiahui-export_kiosk-test_2026-03-01_2026-03-31');
    fs.mkdirSync(complete);
    fs.writeFileSync(path.join(complete, 'kiosk-test_2026-03-01_2026-03-31_manifest.json'), '{}');
    fs.writeFileSync(path.join(complete, 'notes.txt'), 'staff notes');
    const victim = path.join(tmp.dir, 'victim.partial');
    fs.writeFileSync(victim, 'not ours');
    fs.symlinkSync(victim, path.join(complete, '.x.partial'));
    return media.scanNow().then(() => {
      service.cleanLeftovers(media.volumes());
      expect(fs.existsSync(broken)).toBe(false);
      expect(fs.existsSync(path.join(vol, '.old_visits.csv.partial'))).toBe(false);
      expect(fs.readdirSync(complete).sort()).toEqual(['kiosk-test_2026-03-01_2026-03-31_manifest.json', 'notes.txt']);
      expect(fs.readFileSync(victim, 'utf8')).toBe('not ours');
      expect(alerts.at(-1)).toMatchObject({ kind: 'export-leftovers-removed', message: expect.stringMatching(/removed 5 leftover/) });
    });
  });
});
