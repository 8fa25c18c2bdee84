import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../electron/core/handlers';
import { createMediaService, type MediaService } from '../../electron/core/removable/media-service';
import type { AuditEntry } from '../../electron/core/removable/audit';
import { createReportService } from '../../electron/core/report/report-service';
import { count } from '../../electron/core/report/report-format';
import { loadSettings } from '../../electron/core/settings';
import type { VisitLog } from '../../electron/core/visit-log';
import { createChromiumPdfPrinter, findChromium, printUserOf } from '../../electron/web/chromium-pdf-printer';
import { KioskFailure } from '../../electron/shared/result';
import { memoryLog } from '../fixtures/packs/harness';
import { defaultPackWords, FONT_SOURCE, REPORT_RANGE, reportVisitLog } from '../fixtures/report';
import { poppler } from '../fixtures/poppler';
import { tempDir } from '../fixtures/visit-log/temp';

const admin: CallContext = { transport: 'http', session: { id: 'a', role: 'admin' } };
const SHOTS = '/tmp/kiosk-screenshots';
const chromium = findChromium(process.env)!;
// As root the printer runs Chromium as an unprivileged user with its sandbox (the web host uses SUDO_USER).
const who = process.getuid?.() === 0 ? { ...printUserOf({}, 0), user: 'nobody' } : printUserOf(process.env, process.getuid?.() ?? null);

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let stick: string;
let log: VisitLog;
let media: MediaService;
const audits: AuditEntry[] = [];
let service: ReturnType<typeof createReportService>;

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const pdfText = (file: string) => poppler('pdftotext', ['-layout', file, '-']);
const volumeId = () => media.volumes().find((v) => v.label === 'STICK')!.id;
const report = async (language: 'zh-CN' | 'en') => service.handlers['report:pdf']({ ...REPORT_RANGE, language, volumeId: volumeId() }, admin);
const finalName = (language: string, n = '') => `changjiahui-report_kiosk-test_${REPORT_RANGE.from}_${REPORT_RANGE.to}_${language}${n}.pdf`;

beforeAll(async () => {
  tmp = tempDir('kiosk-report-pdf-');
  fs.chmodSync(tmp.dir, 0o755);
  dataDir = path.join(tmp.dir, 'data');
  stick = path.join(tmp.dir, 'mnt', 'STICK');
  fs.mkdirSync(stick, { recursive: true });
  log = reportVisitLog(dataDir);
  const settings = loadSettings({ overrides: { dataDir, removableMediaRoots: [path.dirname(stick)] } });
  media = createMediaService({ settings, log: memoryLog() });
  await media.scanNow();
  service = createReportService({
    visitLog: log,
    media,
    dataDir,
    kioskId: 'kiosk-test',
    clock: () => new Date('2026-12-03T09:04:00Z'),
    log: memoryLog(),
    packWords: defaultPackWords,
    printer: createChromiumPdfPrinter(chromium, who),
    fonts: FONT_SOURCE,
    audit: (entry) => audits.push(entry),
  });
}, 120_000);
afterAll(() => {
  log.close();
  tmp.cleanup();
});

describe('report:pdf through the web host printer (real headless Chromium)', { timeout: 120_000 }, () => {
  it.each(['zh-CN', 'en'] as const)('writes a one-page A4 PDF in %s with the key figures and chapter titles, 0600, beside the exports', async (language) => {
    const result = await report(language);
    const file = path.join(result.folder, result.name);
    expect(result.folder).toBe(fs.realpathSync(stick));
    expect(result.name).toBe(finalName(language));
    expect(sha(file)).toBe(result.sha256);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)$/m);
    const words = pdfText(file);
    const { current } = log.dashboard(REPORT_RANGE.from, REPORT_RANGE.to);
    expect(words).toContain(count(current.visits));
    expect(words).toContain(count(current.funnel.pastHub));
    expect(words).toContain('kiosk-test');
    if (language === 'zh-CN') {
      for (const title of ['硬核', '“长嘉汇”的硬核就是金融', '“长嘉汇”的辐射就是成渝地区双城经济圈', '展厅参观报告']) expect(words).toContain(title);
    } else expect(words).toContain('Finance is the hard core of Changjiahui');
    expect(audits.at(-1)).toMatchObject({ role: 'admin', action: 'report:pdf', outcome: 'ok' });
    // Nothing of the print stays in the data dir.
    expect(fs.readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);
    // For people to look at (docs/admin.md): the page as a picture.
    fs.mkdirSync(SHOTS, { recursive: true });
    poppler('pdftoppm', ['-png', '-r', '80', '-singlefile', file, path.join(SHOTS, `report-${language}`)]);
  });

  it('never replaces a file: the same report again gets a numbered name, the first keeps its bytes', async () => {
    const first = path.join(fs.realpathSync(stick), finalName('en'));
    const before = sha(first);
    const again = await report('en');
    expect(again.name).toBe(finalName('en', '_2'));
    expect(sha(first)).toBe(before);
  });

  it('does not follow a link planted at the final name: a numbered name instead, the target untouched', async () => {
    const target = path.join(dataDir, 'visits.sqlite');
    const before = sha(target);
    fs.symlinkSync(target, path.join(stick, finalName('en', '_3')));
    const result = await report('en');
    expect(result.name).toBe(finalName('en', '_4'));
    expect(sha(target)).toBe(before);
    expect(fs.lstatSync(path.join(stick, finalName('en', '_3'))).isSymbolicLink()).toBe(true);
  });

  it('does not follow a link planted at the temp name: the report fails, the target untouched, audited', async () => {
    const target = path.join(dataDir, 'visits.sqlite');
    const before = sha(target);
    fs.symlinkSync(target, path.join(stick, `.${finalName('zh-CN', '_2')}.partial`));
    const error = await report('zh-CN').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(KioskFailure);
    expect(sha(target)).toBe(before);
    expect(fs.existsSync(path.join(stick, finalName('zh-CN', '_2')))).toBe(false);
    expect(audits.at(-1)).toMatchObject({ action: 'report:pdf', outcome: 'failed' });
  });

  it('removes the temp folder of a print killed midway when it starts, and nothing else', () => {
    const tmpRoot = path.join(dataDir, 'tmp');
    fs.mkdirSync(path.join(tmpRoot, 'report-killed'), { recursive: true });
    fs.writeFileSync(path.join(tmpRoot, 'report-killed', 'report.html'), '<p>half</p>');
    fs.writeFileSync(path.join(tmpRoot, 'keep-me'), 'not ours');
    createReportService({ visitLog: log, media, dataDir, kioskId: 'k', clock: () => new Date(), log: memoryLog(), packWords: defaultPackWords, printer: null, fonts: null });
    expect(fs.readdirSync(tmpRoot)).toEqual(['keep-me']);
    fs.rmSync(path.join(tmpRoot, 'keep-me'));
  });

  it('refuses a destination that is not a detected volume, and as root never prints with the sandbox off', async () => {
    const gone = Promise.resolve().then(() => service.handlers['report:pdf']({ ...REPORT_RANGE, language: 'en', volumeId: 'v-0000000000000000' }, admin));
    await expect(gone).rejects.toMatchObject({ code: 'not-found' });
    const rootWithoutUser = createChromiumPdfPrinter(chromium, { uid: 0, user: null, runuserPath: '/usr/sbin/runuser' });
    await expect(rootWithoutUser.print('/nonexistent.html')).rejects.toThrow(/will not print with Chromium's sandbox off/);
  });
});
