/**
 * UI benchmark in Chromium at 1× and 4× CPU throttling:
 *   npm run bench:ui            (BENCH_VISITS=500 by default)
 * Prints tap → next paint (Event Timing), long animation frames during a chapter
 * transition, camera glides with the narration's cues, main-thread frames while a cued marker glows, a 5 s panorama drag, tap → narration "playing" latency, JS heap
 * growth over scripted visits, and the initial JS size — each with its goal and PASS/MISS.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { startKiosk } from '../e2e/web-host-process';
import { glideThroughCues } from './ui/camera-cues';
import { mainThreadFramesPerSecond } from './ui/main-frames';
import { INSTALL_PROBES, READ_PROBES, RESET_PROBES, scriptedVisits } from './ui/page-probes';

type Probes = {
  events: Array<{ id: number; name: string; duration: number }>;
  loafs: Array<{ start: number; duration: number }>;
  playing: number[];
};
type Row = { metric: string; value: string; goal: string; pass: boolean | null };

const VISITS = Number(process.env.BENCH_VISITS ?? 500);
/**
 * Walks through the tour per CPU rate. One walk is 18 taps, and the 95th
 * percentile of 18 values is their maximum; three walks (54 taps) give a p95
 * that is one, and the maximum is printed beside it.
 */
const WALKS = Number(process.env.BENCH_WALKS ?? 3);
/** The chapter transitions watched for long animation frames, per CPU rate: 1 → 5 and back. */
const TRANSITIONS = ['next', 'next', 'next', 'next', 'previous', 'previous', 'previous', 'previous'] as const;
const BASELINE_VISITS = Math.min(50, VISITS);
/** How long the glowing marker is watched for main-thread frames (a caption or two changes meanwhile). */
const GLOW_WATCH_MS = 3_000;
/** A visitor's dwell on the hub or in a chapter before the next tap, longer than Chromium's 15 s idle-media timeout. */
const DWELL_MS = 20_000;
/** Every narration of the default pack (five chapters, two languages): the kiosk keeps them buffered. */
const NARRATIONS = 10;
/** Empties the buffered narrations but the narrating one (as before the pool has loaded). */
const FORGET_BUFFERED = `(() => {
  for (const el of document.querySelectorAll('audio')) {
    if (el.dataset.testid) continue;
    el.removeAttribute('src');
    el.load();
  }
})()`;
const rows: Row[] = [];
const record = (metric: string, value: string, goal: string, pass: boolean | null) => {
  rows.push({ metric, value, goal, pass });
  console.log(
    `${metric.padEnd(52)} ${value.padEnd(26)} goal ${goal.padEnd(12)} ${pass === null ? 'INFO' : pass ? 'PASS' : 'MISS'}`,
  );
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
};
const recordPlaying = (metric: string, playing: number[]) =>
  record(
    `${metric} (${playing.length} taps)`,
    `${percentile(playing, 50).toFixed(0)} / ${Math.max(0, ...playing).toFixed(0)} ms`,
    '≤ 150 ms',
    playing.length > 0 && Math.max(...playing) <= 150,
  );
const read = async (page: Page) => (await page.evaluate(READ_PROBES)) as Probes;
const reset = (page: Page) => page.evaluate(RESET_PROBES);
/**
 * A press at the control's centre, sent as raw input. Not locator.click():
 * Playwright then checks its hit target with a pointerdown listener of its own
 * inside the page, and that listener's time (5 ms at 1×, 20 ms at 4×) counted
 * as the kiosk's event processing.
 */
const tap = async (page: Page, testId: string) => {
  const control = page.getByTestId(testId).first();
  await control.waitFor({ state: 'visible', timeout: 30_000 });
  const box = await control.boundingBox();
  if (!box) throw new Error(`${testId}: not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
};
const visible = (page: Page, testId: string) =>
  page.getByTestId(testId).first().waitFor({ state: 'visible', timeout: 30_000 });

/** Per tap, the longest Event Timing duration of its interaction; taps under the 16 ms threshold report nothing and count as 16. */
const tapLatencies = (probes: Probes, taps: number) => {
  const byInteraction = new Map<number, number>();
  for (const e of probes.events) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  const values = [...byInteraction.values()];
  while (values.length < taps) values.push(16);
  return values;
};

const runAt = async (rate: number, url: string) => {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await page.addInitScript(INSTALL_PROBES);
  await page.goto(url);
  await visible(page, 'attract-screen');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // The kiosk as a visitor finds it: on its attract loop, its narrations buffered (2–3 s after it opens).
  await page.waitForFunction(
    (count) => [...document.querySelectorAll('audio')].filter((el) => el.readyState === 4).length >= count,
    NARRATIONS,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(1000);
  const tag = `[${rate}×]`;

  // Tap → next paint, over a walk through the tour.
  await reset(page);
  const walk = [
    'attract-begin',
    'hub-tile-hard-core',
    'next',
    'next',
    'previous',
    'captions-toggle',
    'captions-toggle',
    'narration-toggle',
    'narration-toggle',
    'facts-list-button',
    'dialog-close',
    'large-text-toggle',
    'large-text-toggle',
    'next',
    'next',
    'next',
    'next',
    'finish',
  ];
  const perTap: Array<{ testId: string; ms: number }> = [];
  for (let round = 0; round < WALKS; round++) {
    for (const testId of walk) {
      await reset(page);
      await tap(page, testId);
      await page.waitForTimeout(900);
      perTap.push({ testId, ms: Math.max(...tapLatencies(await read(page), 1)) });
    }
  }
  const latencies = perTap.map((t) => t.ms);
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const goal = rate === 1 ? 50 : 100;
  record(
    `${tag} tap → next paint p50 / p95 (${perTap.length} taps)`,
    `${p50.toFixed(0)} / ${p95.toFixed(0)} ms (max ${Math.max(...latencies).toFixed(0)})`,
    `p95 ≤ ${goal} ms`,
    p95 <= goal,
  );
  const slowest = [...perTap].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`    slowest taps: ${slowest.map((t) => `${t.testId} ${t.ms.toFixed(0)} ms`).join(', ')}`);

  // Long animation frames during chapter transitions (1 → 5 → 1).
  await visible(page, 'attract-screen');
  await tap(page, 'attract-begin');
  await tap(page, 'hub-tile-hard-core');
  await visible(page, 'panorama');
  const transitionLoafs: Probes['loafs'] = [];
  for (const control of TRANSITIONS) {
    await page.waitForTimeout(1500);
    await reset(page);
    await tap(page, control);
    await page.waitForTimeout(2000);
    transitionLoafs.push(...(await read(page)).loafs.filter((l) => l.duration > 50));
  }
  record(
    `${tag} long animation frames > 50 ms, ${TRANSITIONS.length} chapter transitions`,
    `${transitionLoafs.length} (max ${Math.max(0, ...transitionLoafs.map((l) => l.duration)).toFixed(0)} ms)`,
    rate === 1 ? '0' : 'info',
    rate === 1 ? transitionLoafs.length === 0 : null,
  );

  // Long animation frames while the camera glides to each place the narration names (issue 19).
  const narrating = await page.getByTestId('narration-audio').evaluate((audio: HTMLAudioElement) => audio.src);
  const [, language = '', chapterId = ''] = /narration\/([^/]+)\/([^/.]+)\./.exec(narrating) ?? [];
  await reset(page);
  const glided = await glideThroughCues(page, chapterId, language);
  const cueLoafs = (await read(page)).loafs.filter((l) => l.duration > 50);
  record(
    `${tag} camera glides during narration with cues: long animation frames > 50 ms`,
    `${cueLoafs.length} (max ${Math.max(0, ...cueLoafs.map((l) => l.duration)).toFixed(0)} ms, ${glided.reached}/${glided.cues} cues)`,
    rate === 1 ? '0' : 'info',
    rate === 1 ? cueLoafs.length === 0 && glided.cues > 0 && glided.reached === glided.cues : null,
  );

  // The last cued marker glows while the narration plays on: the compositor runs it all.
  const framesPerSecond = await mainThreadFramesPerSecond(browser, page, GLOW_WATCH_MS);
  record(
    `${tag} main-thread frames a second while a cued marker glows`,
    `${framesPerSecond.toFixed(1)} /s over ${GLOW_WATCH_MS / 1000} s`,
    rate === 1 ? '≤ 10 /s' : 'info',
    rate === 1 ? framesPerSecond <= 10 : null,
  );

  // Long animation frames during a 5 s panorama drag.
  const stage = await page.getByTestId('panorama').boundingBox();
  if (!stage) throw new Error('no panorama');
  await reset(page);
  const y = stage.y + stage.height * 0.8;
  await page.mouse.move(stage.x + stage.width * 0.85, y);
  await page.mouse.down();
  const started = Date.now();
  for (let i = 0; Date.now() - started < 5000; i++) {
    const phase = ((Date.now() - started) / 5000) * Math.PI * 2;
    await page.mouse.move(stage.x + stage.width * (0.5 + 0.35 * Math.cos(phase)), y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const dragLoafs = (await read(page)).loafs.filter((l) => l.duration > 50);
  record(
    `${tag} long animation frames > 50 ms, 5 s panorama drag`,
    `${dragLoafs.length} (max ${Math.max(0, ...dragLoafs.map((l) => l.duration)).toFixed(0)} ms)`,
    rate === 1 ? '0' : 'info',
    rate === 1 ? dragLoafs.length === 0 : null,
  );

  // Tap → narration "playing". Quick taps: from the hub into chapter 1, then next ×3, previous, replay.
  await tap(page, 'hub-button');
  await page.waitForTimeout(1500);
  await reset(page);
  await tap(page, 'hub-tile-hard-core');
  await page.waitForTimeout(1500);
  for (let i = 0; i < 3; i++) {
    await tap(page, 'next');
    await page.waitForTimeout(1500);
  }
  await tap(page, 'previous');
  await page.waitForTimeout(1500);
  await tap(page, 'narration-replay');
  await page.waitForTimeout(800);
  recordPlaying(`${tag} tap → narration playing p50 / max, quick taps`, (await read(page)).playing);

  // Chapters 5 and 2 from the hub, and a language switch there and back.
  const reached: number[] = [];
  for (const chapter of ['radiation', 'vitality']) {
    await tap(page, 'hub-button');
    await page.waitForTimeout(1500);
    await reset(page);
    await tap(page, `hub-tile-${chapter}`);
    await page.waitForTimeout(1500);
    reached.push(...(await read(page)).playing);
  }
  for (const language of ['en', 'zh-CN']) {
    await reset(page);
    await tap(page, `language-${language}`);
    await page.waitForTimeout(1500);
    reached.push(...(await read(page)).playing);
  }
  recordPlaying(`${tag} tap → narration playing p50 / max, other chapters, language`, reached);

  // After a visitor's dwell: idle media pipelines are suspended by Chromium after 15 s.
  const dwelt: number[] = [];
  await tap(page, 'hub-button');
  await page.waitForTimeout(DWELL_MS);
  await reset(page);
  await tap(page, 'hub-tile-quality');
  await page.waitForTimeout(DWELL_MS);
  dwelt.push(...(await read(page)).playing);
  await reset(page);
  await tap(page, 'next');
  await page.waitForTimeout(1500);
  dwelt.push(...(await read(page)).playing);
  recordPlaying(`${tag} tap → narration playing p50 / max, after ${DWELL_MS / 1000} s dwell`, dwelt);

  // Not buffered, as in the first seconds after the kiosk opens or a pack is installed (the pool still loading).
  const cold: number[] = [];
  for (const chapter of ['momentum', 'hard-core']) {
    await tap(page, 'hub-button');
    await page.waitForTimeout(1500);
    await page.evaluate(FORGET_BUFFERED);
    await reset(page);
    await tap(page, `hub-tile-${chapter}`);
    await page.waitForTimeout(1500);
    cold.push(...(await read(page)).playing);
  }
  record(
    `${tag} tap → narration playing p50 / max, not buffered (${cold.length} taps)`,
    `${percentile(cold, 50).toFixed(0)} / ${Math.max(0, ...cold).toFixed(0)} ms`,
    'info',
    null,
  );
  await browser.close();
};

const heapGrowth = async (url: string) => {
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
    args: [...chromiumLaunchOptions().args, '--enable-precise-memory-info'],
  });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await visible(page, 'attract-screen');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(300);
    await cdp.send('HeapProfiler.collectGarbage');
    return (await page.evaluate('performance.memory.usedJSHeapSize')) as number;
  };
  const t0 = Date.now();
  await page.evaluate(scriptedVisits(BASELINE_VISITS));
  const after50 = await heap();
  await page.evaluate(scriptedVisits(VISITS - BASELINE_VISITS));
  const afterAll = await heap();
  const growthMb = (afterAll - after50) / 1024 ** 2;
  record(
    `[1×] JS heap after ${VISITS} visits vs after ${BASELINE_VISITS}`,
    `${(after50 / 1024 ** 2).toFixed(1)} → ${(afterAll / 1024 ** 2).toFixed(1)} MB (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(2)})`,
    '≤ +5 MB',
    growthMb <= 5,
  );
  console.log(`    (${VISITS} visits took ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  await browser.close();
};

const initialJs = () => {
  const dir = path.resolve(import.meta.dirname, '../../dist/renderer');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const bytes = scripts.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, file))).length, 0);
  record('initial JS (gzipped)', `${(bytes / 1024).toFixed(1)} KB`, '≤ 150 KB', bytes <= 150 * 1024);
};

const main = async () => {
  const kiosk = await startKiosk({});
  try {
    console.log(`UI benchmark · Chromium · ${new Date().toISOString()}`);
    initialJs();
    await runAt(1, kiosk.url);
    await runAt(4, kiosk.url);
    await heapGrowth(kiosk.url);
  } finally {
    await kiosk.stop();
  }
  const missed = rows.filter((r) => r.pass === false).length;
  console.log(`\n${rows.length} figures, ${missed} missed goal${missed === 1 ? '' : 's'}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
