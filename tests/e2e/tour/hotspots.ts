import type { Page } from '@playwright/test';
import { dragPanorama } from './helpers';

/** A screen rectangle in CSS px. */
export type Area = Readonly<{ left: number; top: number; right: number; bottom: number }>;

/** Room (px) a marker's centre keeps from the edges of the tap area: its 80 px button whole, clear of the edge arrow (renderer/panorama/marker-place.ts). */
const MARGIN = 168;

/**
 * Where a visitor can see and tap the panorama: the stage's box inside the
 * viewport, below the top bar and above the controls (both drawn over the stage).
 */
export const tapArea = (page: Page): Promise<Area> =>
  page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const stage = box('[data-testid="panorama"]');
    if (!stage) throw new Error('no panorama');
    const bar = box('.chapter .top-bar');
    const controls = box('.chapter__controls');
    const overlaps = (r: DOMRect | undefined) => r && r.right > stage.left && r.left < stage.right;
    return {
      left: Math.max(0, stage.left),
      right: Math.min(window.innerWidth, stage.right),
      top: Math.max(0, stage.top, overlaps(bar) ? (bar?.bottom ?? 0) : 0),
      bottom: Math.min(window.innerHeight, stage.bottom, overlaps(controls) ? (controls?.top ?? Infinity) : Infinity),
    };
  });

/** Centre of an element in CSS px. */
export const centreOf = async (page: Page, testId: string): Promise<{ x: number; y: number }> => {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`no ${testId}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/**
 * Drags the panorama as a visitor would (mouse down / move / up on the stage)
 * until the marker's centre is well inside the tap area; returns its centre and
 * how many drags it took. A drag leaves the scene resting (no drift for a while).
 */
export const bringMarkerIntoView = async (
  page: Page,
  testId: string,
): Promise<{ x: number; y: number; drags: number }> => {
  const area = await tapArea(page);
  const lane = area.bottom - 24; // below every marker, above the controls
  for (let drags = 0; drags <= 10; drags++) {
    const centre = await centreOf(page, testId);
    if (centre.y < area.top + MARGIN || centre.y > area.bottom - MARGIN)
      throw new Error(`${testId} at y=${centre.y} can never be dragged into ${JSON.stringify(area)}`);
    if (centre.x >= area.left + MARGIN && centre.x <= area.right - MARGIN) return { ...centre, drags };
    const width = area.right - area.left;
    const wanted = (area.left + area.right) / 2 - centre.x;
    // At least 60 px (past the 10 px tap threshold), at most most of the stage per stroke.
    const dx = Math.sign(wanted) * Math.min(width * 0.8, Math.max(60, Math.abs(wanted)));
    const from = dx > 0 ? area.left + 40 : area.right - 40;
    await dragPanorama(page, from, from + dx, lane);
    // A finger takes a moment to go from the end of a drag to a marker. A click within a few ms
    // of the release is taken as the drag's own and swallowed (suppressClick in
    // renderer/hooks/panorama-motion/stage-input.ts).
    await page.waitForTimeout(250);
  }
  throw new Error(`${testId} not in view after 10 drags`);
};

/**
 * Points of the marker (centre, and 30 px left/right/up/down: its dot and ring)
 * where something else would receive a tap or is painted over it. Overlays that
 * ignore pointers (the captions) are made hit-testable for the check, so
 * `elementFromPoint` answers what the visitor sees. Empty = fully visible.
 */
export const coveredPoints = (page: Page, testId: string): Promise<string[]> =>
  page.evaluate((id) => {
    const marker = document.querySelector(`[data-testid="${id}"]`);
    if (!marker) throw new Error(`no ${id}`);
    // Inline styles through the CSSOM (the page's CSP refuses an injected <style>).
    const overlays = [...document.querySelectorAll<HTMLElement>('.captions, .captions *')];
    const saved = overlays.map((el) => el.style.pointerEvents);
    for (const el of overlays) el.style.pointerEvents = 'auto';
    try {
      const r = marker.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const points: Array<[number, number]> = [
        [0, 0],
        [-30, 0],
        [30, 0],
        [0, -30],
        [0, 30],
      ];
      return points.flatMap(([dx, dy]) => {
        const hit = document.elementFromPoint(cx + dx, cy + dy);
        if (hit && marker.contains(hit)) return [];
        const what = hit ? `${hit.tagName.toLowerCase()}.${String(hit.className)}` : 'nothing';
        return [`${id} (${Math.round(cx + dx)},${Math.round(cy + dy)}) is under ${what}`];
      });
    } finally {
      overlays.forEach((el, i) => (el.style.pointerEvents = saved[i] ?? ''));
    }
  }, testId);
