import type { Page } from '@playwright/test';

/** Every kind of element a visitor can touch or focus: found generically, so controls added later are measured too. */
const INTERACTIVE = 'button, a, [role="button"], input, select, textarea, [tabindex]';

/**
 * The interactive targets on screen that a seated visitor cannot reach or hit
 * (empty = the screen passes): a target whose centre lies above `reachLine` ×
 * viewport height, or whose smaller side is under `minSize` px. On screen
 * means: some of it inside the viewport and inside every box that clips it
 * (a scrolled list, the panorama stage), drawn (not hidden, not transparent).
 * While a modal dialog is open only the topmost one counts: its scrim covers
 * and blocks everything else.
 */
export const lowReachFaults = (page: Page, reachLine = 0.45, minSize = 64): Promise<string[]> =>
  page.evaluate(
    ([selector, line, min]) => {
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      const modals = [...document.querySelectorAll<HTMLElement>('[aria-modal="true"]')];
      const scope: ParentNode = modals[modals.length - 1] ?? document;
      const drawn = (el: HTMLElement) => {
        for (let node: HTMLElement | null = el; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
        }
        return true;
      };
      /** The part of `el` not clipped by the viewport or an ancestor that clips overflow. */
      const shownArea = (el: HTMLElement) => {
        const r = el.getBoundingClientRect();
        let [left, top, right, bottom] = [
          Math.max(0, r.left),
          Math.max(0, r.top),
          Math.min(vw, r.right),
          Math.min(vh, r.bottom),
        ];
        for (let node = el.parentElement; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const c = node.getBoundingClientRect();
          [left, top, right, bottom] = [
            Math.max(left, c.left),
            Math.max(top, c.top),
            Math.min(right, c.right),
            Math.min(bottom, c.bottom),
          ];
        }
        return Math.max(0, right - left) * Math.max(0, bottom - top);
      };
      const faults: string[] = [];
      for (const el of scope.querySelectorAll<HTMLElement>(selector)) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || !drawn(el) || shownArea(el) === 0) continue;
        const name = (el.dataset.testid ?? el.getAttribute('aria-label') ?? el.textContent ?? el.tagName)
          .trim()
          .slice(0, 32);
        const y = r.top + r.height / 2;
        if (y < line * vh) faults.push(`${name}: centre y ${Math.round(y)} above ${Math.round(line * vh)}`);
        if (Math.min(r.width, r.height) < min)
          faults.push(`${name}: ${Math.round(r.width)}×${Math.round(r.height)} px`);
      }
      return faults;
    },
    [INTERACTIVE, reachLine, minSize] as const,
  );

/** How many interactive targets the probe sees on screen (so a test can tell it measured something). */
export const countTargets = (page: Page): Promise<number> =>
  page.evaluate((selector) => document.querySelectorAll(selector).length, INTERACTIVE);
