/** Needs the auth backend and stats:dashboard: the dashboard through admin mode, against the API and independent SQL. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { openDatabase } from '../../db';
import { visitDatabaseFile } from '../../electron/core/visit-log';
import type { StatsDashboard } from '../../electron/shared/contract/stats';
import { formatDuration } from '../../renderer/admin/dashboard/format';
import { dashboardStrings } from '../../renderer/admin/dashboard/strings';
import { setPins } from '../fixtures/admin';
import { writeVisits } from '../fixtures/visit-log/bulk';
import { generateVisits } from '../fixtures/visit-log/generate';
import { ADMIN_PIN, STAFF_PIN, callWith, expect, signIn, test as adminTest } from './admin-helpers';
import { seriousViolations } from './tour/helpers';
import { startKiosk } from './web-host-process';

const DAY = 86_400_000;
// The web host, Chromium and this runner share the box's time zone.
const OFFSET_MS = -new Date().getTimezoneOffset() * 60_000;
const localDate = (ms: number) => new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
const localMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`) - OFFSET_MS;

/** A kiosk whose visit log already holds 40 days of generated visits (written before it starts). */
const test = adminTest.extend<{ dataDir: string }>({
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-dash-'));
    const now = Date.now();
    const db = openDatabase(visitDatabaseFile(dir));
    writeVisits(db, generateVisits({ seed: 17, visits: 6_000, fromMs: now - 40 * DAY, toMs: now - 60_000, timeIds: true, idleTails: true }));
    db.close();
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  kiosk: async ({ kioskSettings, pins, usb, dataDir }, use) => {
    await setPins(dataDir, pins);
    const kiosk = await startKiosk({ removableMediaRoots: [usb.root], ...kioskSettings }, dataDir);
    await use(kiosk);
    await kiosk.stop();
  },
});

test.describe.configure({ timeout: 240_000 });

/** Independent figures straight from the SQLite file: the visits table and the chapter rows, no roll-up columns. */
const fromSql = (dataDir: string, from: string, to: string) => {
  const db = new Database(visitDatabaseFile(dataDir), { readonly: true });
  try {
    const w = [localMidnight(from), localMidnight(to) + DAY];
    const visits = db.prepare('SELECT COUNT(*) FROM visits WHERE started_at >= ? AND started_at < ?').pluck().get(...w) as number;
    const hubOnly = db
      .prepare(
        `SELECT COUNT(*) FROM visits v WHERE v.started_at >= ? AND v.started_at < ? AND v.ended_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM visit_chapters c WHERE c.visit_id = v.id AND c.opened = 1)`,
      )
      .pluck()
      .get(...w) as number;
    const engaged = (db.prepare('SELECT last_interaction_at - started_at FROM visits WHERE started_at >= ? AND started_at < ? AND ended_at IS NOT NULL').pluck().all(...w) as number[]).sort((a, b) => a - b);
    const n = engaged.length;
    const median = n === 0 ? null : n % 2 ? engaged[(n - 1) / 2]! : (engaged[n / 2 - 1]! + engaged[n / 2]!) / 2;
    return { visits, hubOnly, median };
  } finally {
    db.close();
  }
};

const range = async (page: Page) => {
  const text = (await page.getByTestId('dash-range-dates').textContent()) ?? '';
  const [from, to] = text.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  return { from: from!, to: to ?? from! };
};
const number = async (page: Page, id: string) => Number(((await page.getByTestId(id).textContent()) ?? '').match(/\d+/)![0]);

/** The figures on screen for the range shown equal the API's answer and the SQL's. */
const expectFiguresMatch = async (page: Page, url: string, token: string, dataDir: string) => {
  await expect(page.getByTestId('dash-kpi-visits')).toBeVisible({ timeout: 30_000 });
  const r = await range(page);
  const api = (await callWith(page, url, 'stats:dashboard', r, token)).value as StatsDashboard;
  const sql = fromSql(dataDir, r.from, r.to);
  const days = api.current.days;
  const before = fromSql(dataDir, localDate(localMidnight(r.from) - days * DAY), localDate(localMidnight(r.from) - DAY));
  expect(await number(page, 'dash-kpi-visits-value')).toBe(api.current.visits);
  expect(api.current.visits).toBe(sql.visits);
  expect(await number(page, 'dash-kpi-visits-before')).toBe(before.visits);
  expect(api.previous.visits).toBe(before.visits);
  expect(await number(page, 'dash-kpi-hub-only-value')).toBe(sql.hubOnly);
  expect(api.current.hubOnly).toBe(sql.hubOnly);
  expect(api.current.engaged.medianMs).toBe(sql.median);
  await expect(page.getByTestId('dash-kpi-engaged-value')).toHaveText(formatDuration(sql.median, dashboardStrings('zh-CN')));
  return { r, api };
};

test('the dashboard shows the figures the API and independent SQL give, for each range', async ({ page, kiosk, dataDir }) => {
  const token = await signIn(page, kiosk.url, ADMIN_PIN);
  await page.getByTestId('admin-tile-dashboard').click();
  await expect(page.getByTestId('admin-screen-dashboard')).toBeVisible();

  const week = await expectFiguresMatch(page, kiosk.url, token, dataDir);
  expect(week.api.current.days).toBe(7);
  expect(week.r.to).toBe(localDate(Date.now()));
  // Charts drawn (SVG), once per answer: no animation frames left running.
  await expect(page.locator('.dash-chart svg')).toHaveCount(7, { timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('dash-preset-30d').click();
  expect((await expectFiguresMatch(page, kiosk.url, token, dataDir)).api.current.days).toBe(30);
  await page.getByTestId('dash-preset-month').click();
  expect((await expectFiguresMatch(page, kiosk.url, token, dataDir)).r.from.endsWith('-01')).toBe(true);
  await page.getByTestId('dash-preset-today').click();
  expect((await expectFiguresMatch(page, kiosk.url, token, dataDir)).api.current.days).toBe(1);

  // A custom range by touch only: two weeks back from the 7-day range.
  await page.getByTestId('dash-preset-custom').click();
  for (let i = 0; i < 14; i++) await page.getByTestId('dash-from-day-back').click();
  for (let i = 0; i < 3; i++) await page.getByTestId('dash-to-day-back').click();
  await page.getByTestId('dash-apply').click();
  const custom = await expectFiguresMatch(page, kiosk.url, token, dataDir);
  expect(custom.api.current.days).toBe(7 + 14 - 3);
  expect(custom.r.to).toBe(localDate(Date.now() - 3 * DAY));
  expect(await seriousViolations(page)).toEqual([]);
});

test('staff get no dashboard tile, and the call is refused to them', async ({ page, kiosk }) => {
  const token = await signIn(page, kiosk.url, STAFF_PIN);
  await expect(page.getByTestId('admin-tile-dashboard')).toHaveCount(0);
  expect((await callWith(page, kiosk.url, 'stats:dashboard', { from: '2026-01-01', to: '2026-01-02' }, token)).error?.code).toBe('forbidden');
});
