import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportManifest } from '../../electron/shared/contract/visits';
import { generateVisits } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const ROOT = path.resolve(import.meta.dirname, '../..');
let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let config: string;

beforeAll(() => {
  tmp = tempDir('visit-cli-');
  dataDir = path.join(tmp.dir, 'data');
  const { log } = testVisitLog(dataDir);
  ingestAll(log, generateVisits({ seed: 5, visits: 300, fromMs: Date.UTC(2026, 0, 1), toMs: Date.UTC(2026, 0, 20), randomIds: true }));
  log.close();
  // --out must lie inside an exportRoots folder (or a stick): the CLI is confined like the kiosk.
  fs.mkdirSync(path.join(tmp.dir, 'exports'));
  config = path.join(tmp.dir, 'kiosk.config.json');
  fs.writeFileSync(config, JSON.stringify({ dataDir: 'data', exportRoots: ['exports'], removableMediaRoots: [path.join(tmp.dir, 'no-sticks')] }));
});
afterAll(() => tmp.cleanup());

const kiosk = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'electron/cli/kiosk.ts', ...args], { cwd: ROOT, env: { ...process.env, KIOSK_ID: 'kiosk-cli' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

describe('kiosk export CLI', () => {
  it('exports, reports progress as plain lines off a TTY, and fails clearly on bad input', async () => {
    const out = path.join(tmp.dir, 'exports');
    const base = ['export', '--config', config, '--utc-offset', '+08:00'];
    const [ok, badDate, empty, outside, usage] = await Promise.all([
      kiosk(...base, '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'jsonl', '--out', out),
      kiosk(...base, '--from', '2026-01-32', '--to', '2026-01-31', '--out', out),
      kiosk(...base, '--from', '2027-01-01', '--to', '2027-01-31', '--out', out),
      kiosk(...base, '--from', '2026-01-01', '--to', '2026-01-31', '--out', path.join(tmp.dir, 'elsewhere')),
      kiosk('export', '--from', '2026-01-01'),
    ]);
    expect(ok.stderr).toMatch(/exporting \[#{30}\] 100% \d[\d,]* rows/);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/kiosk-cli_2026-01-01_2026-01-31_visits\.jsonl\t300 rows/);
    const folder = path.join(out, 'changjiahui-export_kiosk-cli_2026-01-01_2026-01-31');
    expect(fs.readdirSync(folder).sort()).toEqual([
      'kiosk-cli_2026-01-01_2026-01-31_audit.jsonl',
      'kiosk-cli_2026-01-01_2026-01-31_events.jsonl',
      'kiosk-cli_2026-01-01_2026-01-31_manifest.json',
      'kiosk-cli_2026-01-01_2026-01-31_visits.jsonl',
    ]);
    expect(badDate).toMatchObject({ code: 1 });
    expect(badDate.stderr).toMatch(/kiosk export: from: "2026-01-32" is not a valid date/);
    expect(empty).toMatchObject({ code: 1 });
    expect(empty.stderr).toMatch(/no visits between 2027-01-01 and 2027-01-31/);
    expect(outside).toMatchObject({ code: 1 });
    expect(outside.stderr).toMatch(/the destination is not inside removable media or an export folder \(exportRoots\)/);
    expect(fs.existsSync(path.join(tmp.dir, 'elsewhere'))).toBe(false);
    expect(usage).toMatchObject({ code: 2 });
    expect(usage.stderr).toMatch(/--to is required\nusage: kiosk export/);
  }, 60_000);

  it('writes an Excel workbook with --format xlsx, its sheets and rows in the manifest', async () => {
    const out = path.join(tmp.dir, 'exports');
    const r = await kiosk('export', '--config', config, '--utc-offset', '+08:00', '--from', '2026-01-02', '--to', '2026-01-05', '--format', 'xlsx', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/kiosk-cli_2026-01-02_2026-01-05\.xlsx\t\d+ rows/);
    const folder = path.join(out, 'changjiahui-export_kiosk-cli_2026-01-02_2026-01-05');
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'kiosk-cli_2026-01-02_2026-01-05_manifest.json'), 'utf8')) as ExportManifest;
    expect(manifest.format).toBe('xlsx');
    expect(manifest.files[0]!.sheets!.map((s) => s.name)).toEqual(['每日', '参观', '事件', '汇总']);
    expect(manifest.files[0]!.sheets![0]!.rows).toBe(4);
  }, 60_000);

  it('names chapters by the active pack\'s titles: its default language, or --language', async () => {
    const out = path.join(tmp.dir, 'exports');
    const base = ['export', '--config', config, '--utc-offset', '+08:00', '--format', 'csv', '--out', out];
    const [zh, en, bad] = await Promise.all([
      kiosk(...base, '--from', '2026-01-06', '--to', '2026-01-07'),
      kiosk(...base, '--from', '2026-01-08', '--to', '2026-01-09', '--language', 'en'),
      kiosk(...base, '--from', '2026-01-10', '--to', '2026-01-11', '--language', 'fr'),
    ]);
    const header = (range: string) =>
      fs.readFileSync(path.join(out, `changjiahui-export_kiosk-cli_${range}`, `kiosk-cli_${range}_visits.csv`), 'utf8').split('\r\n')[0]!;
    expect(zh.code).toBe(0);
    // The bundled pack (nothing installed in this data folder): Chinese by default.
    expect(header('2026-01-06_2026-01-07')).toContain('dwell_s “长嘉汇”的硬核就是金融');
    expect(header('2026-01-06_2026-01-07')).not.toContain('hard-core');
    expect(en.code).toBe(0);
    expect(header('2026-01-08_2026-01-09')).toContain('dwell_s Finance is the hard core of Changjiahui');
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toMatch(/--language: "fr" \(expected zh-CN or en\)/);
  }, 60_000);
});
