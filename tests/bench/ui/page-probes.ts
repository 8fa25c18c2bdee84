/**
 * Browser-side probes for the UI benchmark, as plain script strings (evaluated in
 * the page, so no bundler helpers leak in). They collect Event Timing entries,
 * long animation frames, and tap → narration "playing" latencies on window.__bench.
 */

/** Installed before the app loads (page.addInitScript). */
export const INSTALL_PROBES = `
(() => {
  const bench = { events: [], loafs: [], lastTap: 0, playing: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) bench.events.push({ id: e.interactionId, name: e.name, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.loafs.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (error) {
    bench.loafUnsupported = String(error);
  }
  document.addEventListener('pointerdown', (e) => { bench.lastTap = e.timeStamp; }, true);
  document.addEventListener('playing', (e) => { if (bench.lastTap) bench.playing.push(e.timeStamp - bench.lastTap); bench.lastTap = 0; }, true);
})();
`;

/** Clears the collected entries. */
export const RESET_PROBES = `(() => { const b = window.__bench; b.events = []; b.loafs = []; b.playing = []; b.lastTap = 0; })()`;

/** Reads the collected entries. */
export const READ_PROBES = `(() => JSON.parse(JSON.stringify(window.__bench)))()`;

/** Runs `count` scripted visits in the page (attract → chapter 5 → end card → finish), resolving when done. */
export const scriptedVisits = (count: number) => `
(async () => {
  const until = async (selector) => {
    for (let i = 0; i < 400; i++) {
      const el = document.querySelector(selector);
      if (el) return el;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('timeout waiting for ' + selector);
  };
  for (let i = 0; i < ${count}; i++) {
    (await until('[data-testid="attract-begin"]')).click();
    (await until('[data-testid="hub-tile-radiation"]')).click();
    await until('[data-testid="chapter-screen"][data-chapter="radiation"]');
    (await until('[data-testid="next"]')).click();
    (await until('[data-testid="finish"]')).click();
    await until('[data-testid="attract-screen"]');
  }
})()
`;
