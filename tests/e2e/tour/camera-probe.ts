import type { Page } from '@playwright/test';

/** The narration's camera cues of a chapter in a language, as the renderer reads the active pack. */
export const chapterCues = (page: Page, chapterId: string, language: string) =>
  page.evaluate(
    async ({ chapterId, language }) => {
      const response = await fetch('/api/call/content:active', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      type Chapter = { id: string; narration: Record<string, { cues?: Array<{ atMs: number; hotspot: string }> }> };
      const answer = (await response.json()) as { value: { manifest: { chapters: Chapter[] } } };
      return answer.value.manifest.chapters.find((c) => c.id === chapterId)?.narration[language]?.cues ?? [];
    },
    { chapterId, language },
  );

/** Moves the narration (the real audio element howler plays) to `ms`. */
export const seekNarration = (page: Page, ms: number) =>
  page.getByTestId('narration-audio').evaluate((audio: HTMLAudioElement, at) => {
    audio.currentTime = at / 1000;
  }, ms);

/** Whether a marker's centre lies inside the panorama stage, drawn (not hidden under an edge arrow). */
export const markerInView = (page: Page, hotspotId: string) =>
  page.evaluate((id) => {
    const marker = document.querySelector<HTMLElement>(`[data-testid="hotspot-${id}"]`);
    const stage = document.querySelector('[data-testid="panorama"]')?.getBoundingClientRect();
    if (!marker || !stage) return false;
    const box = marker.getBoundingClientRect();
    const x = box.left + box.width / 2;
    return x > stage.left && x < stage.right && getComputedStyle(marker).opacity !== '0';
  }, hotspotId);

/**
 * Waits, frame by frame, until the camera has brought a hotspot in: its marker glows and stands
 * in the middle of the stage (as drawn, mid-animation included). Returns the
 * narration's audio position then (ms), or null after `timeoutMs`. Also says whether any panorama
 * layer was ever seen animating meanwhile (a glide, not a jump).
 */
export const waitForCamera = (page: Page, hotspotId: string, timeoutMs: number) =>
  // A loop awaiting frames, no named inner function: bench:ui runs this through tsx, whose
  // keepNames wrapper (__name) does not exist inside the page.
  page.evaluate(
    async ({ id, timeoutMs }): Promise<{ audioMs: number | null; animated: boolean; cuedAtMs: number | null }> => {
      const started = performance.now();
      let animated = false;
      let cuedAtMs: number | null = null;
      while (performance.now() - started <= timeoutMs) {
        const marker = document.querySelector<HTMLElement>(`[data-testid="hotspot-${id}"]`);
        const stage = document.querySelector('[data-testid="panorama"]');
        const audio = document.querySelector<HTMLAudioElement>('[data-testid="narration-audio"]');
        const layers = [...document.querySelectorAll<HTMLElement>('[data-testid="panorama-layer"]')];
        if (layers.some((layer) => layer.getAnimations().length > 0)) animated = true;
        if (marker && stage && audio) {
          if (cuedAtMs === null && marker.dataset.cued === 'true') cuedAtMs = audio.currentTime * 1000;
          const box = marker.getBoundingClientRect();
          const area = stage.getBoundingClientRect();
          const x = box.left + box.width / 2;
          // In the middle 60 % of the stage: where the glide brings it (the edges only clamp it there).
          const middle = Math.abs(x - (area.left + area.right) / 2) < area.width * 0.3;
          const drawn = getComputedStyle(marker).opacity !== '0';
          if (middle && drawn && marker.dataset.cued === 'true')
            return { audioMs: audio.currentTime * 1000, animated, cuedAtMs };
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return { audioMs: null, animated, cuedAtMs };
    },
    { id: hotspotId, timeoutMs },
  );

/** Names of the running CSS animations on a marker's glow and its halo (empty when it does not pulse or is absent). */
export const glowAnimations = (page: Page, hotspotId: string) =>
  page.evaluate(
    (id) =>
      [...(document.querySelector(`[data-testid="hotspot-${id}"] .hotspot__glow`)?.getAnimations({ subtree: true }) ?? [])]
        .filter((a) => a.playState === 'running')
        .map((a) => (a as CSSAnimation).animationName),
    hotspotId,
  );
