import type { Browser, Page } from '@playwright/test';

type TraceEvent = { name: string; ph: string; pid: number; tid: number; args?: { name?: string } };

/**
 * Frames the page's main thread produced (Blink "Commit" events) over `ms`, per second. A
 * panorama whose motion and glow all run on the compositor needs a main-thread frame only
 * when something on screen changes (a caption, the progress bar); one animation the compositor
 * cannot take (two animations of one property on one element) makes it 60 a second.
 */
export const mainThreadFramesPerSecond = async (browser: Browser, page: Page, ms: number) => {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.waitForTimeout(ms);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(
    trace.traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const commits = trace.traceEvents.filter(
    (e) => e.name === 'Commit' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`),
  ).length;
  return commits / (ms / 1000);
};
