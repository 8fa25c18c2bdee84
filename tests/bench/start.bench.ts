import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { startKiosk } from '../e2e/web-host-process';
import { median, report } from './bench-report';

/**
 * bench:start — web-host cold start to first contentful paint of the renderer,
 * against a blank page served the same way (same host process, same browser),
 * and the gzipped size of the initial JS and CSS.
 */
const RUNS = 7;
const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER = path.join(ROOT, 'dist/renderer');

/** Spawns a fresh web host, loads its page in a fresh context, returns ms from spawn to FCP. */
const coldStartToPaint = async (browser: Browser, rendererDir: string): Promise<number> => {
  process.env.KIOSK_RENDERER_DIR = rendererDir;
  const spawnedAt = Date.now();
  const kiosk = await startKiosk();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(kiosk.url, { waitUntil: 'commit' });
    const paintedAt = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const fcp = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
            if (fcp) resolve(performance.timeOrigin + fcp.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    return paintedAt - spawnedAt;
  } finally {
    await context.close();
    await kiosk.stop();
    delete process.env.KIOSK_RENDERER_DIR;
  }
};

const blankRenderer = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blank-renderer-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><body><p>blank</p></body></html>\n');
  return dir;
};

/** Gzipped bytes of the scripts and stylesheets index.html loads up front. */
const initialAssetSizes = (): { js: number; css: number } => {
  const html = fs.readFileSync(path.join(RENDERER, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(js|css))"/g)];
  const sizes = { js: 0, css: 0 };
  for (const [, file = '', kind] of refs) {
    const gz = zlib.gzipSync(fs.readFileSync(path.join(RENDERER, file)), { level: 9 }).length;
    if (kind === 'js') sizes.js += gz;
    else sizes.css += gz;
  }
  return sizes;
};

const main = async () => {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const blank = blankRenderer();
  const app: number[] = [];
  const baseline: number[] = [];
  try {
    await coldStartToPaint(browser, RENDERER); // warm the OS file cache once
    for (let run = 0; run < RUNS; run++) {
      baseline.push(await coldStartToPaint(browser, blank));
      app.push(await coldStartToPaint(browser, RENDERER));
    }
  } finally {
    await browser.close();
    fs.rmSync(blank, { recursive: true, force: true });
  }
  const ratio = median(app) / median(baseline);
  process.stdout.write(`bench:start — ${RUNS} runs each, medians (${os.cpus().length} cores)\n`);
  report('cold start → FCP, kiosk renderer (ms)', median(app).toFixed(0));
  report('cold start → FCP, blank page, same host (ms)', median(baseline).toFixed(0));
  report('ratio renderer / blank', ratio.toFixed(2), { ok: ratio <= 1.5, text: '≤ 1.50' });
  const sizes = initialAssetSizes();
  report('initial JS gzipped (KB)', (sizes.js / 1024).toFixed(1), { ok: sizes.js <= 150 * 1024, text: '≤ 150' });
  report('initial CSS gzipped (KB)', (sizes.css / 1024).toFixed(1));
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
