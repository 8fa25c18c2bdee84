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
 * Waits, frame by frame, until the camera has arrived at a hotspot: its marker is in view and
 * glows, and the scene has stopped moving (no animation left on the hotspot plane). Returns the
 * narration's audio position then (ms), or null after `timeoutMs`. Also says whether any panorama
 * layer was ever seen animating meanwhile (a glide, not a jump).
 */
export const waitForCamera = (page: Page, hotspotId: string, timeoutMs: number) =>
  page.evaluate(
    ({ id, timeoutMs }) =>
      new Promise<{ audioMs: number | null; animated: boolean; cuedAtMs: number | null }>((resolve) => {
        const started = performance.now();
        let animated = false;
        let cuedAtMs: number | null = null;
        const frame = () => {
          const marker = document.querySelector<HTMLElement>(`[data-testid="hotspot-${id}"]`);
          const stage = document.querySelector('[data-testid="panorama"]');
          const plane = document.querySelector<HTMLElement>('.panorama__plane');
          const audio = document.querySelector<HTMLAudioElement>('[data-testid="narration-audio"]');
          const layers = [...document.querySelectorAll<HTMLElement>('[data-testid="panorama-layer"]')];
          if (layers.some((layer) => layer.getAnimations().length > 0)) animated = true;
          if (marker && stage && plane && audio) {
            if (cuedAtMs === null && marker.dataset.cued === 'true') cuedAtMs = audio.currentTime * 1000;
            const box = marker.getBoundingClientRect();
            const area = stage.getBoundingClientRect();
            const x = box.left + box.width / 2;
            const inView = x > area.left && x < area.right && getComputedStyle(marker).opacity !== '0';
            if (inView && marker.dataset.cued === 'true' && plane.getAnimations().length === 0)
              return resolve({ audioMs: audio.currentTime * 1000, animated, cuedAtMs });
          }
          if (performance.now() - started > timeoutMs) return resolve({ audioMs: null, animated, cuedAtMs });
          requestAnimationFrame(frame);
        };
        frame();
      }),
    { id: hotspotId, timeoutMs },
  );

/** Names of the running CSS animations on a marker's glow (empty when it does not pulse or is absent). */
export const glowAnimations = (page: Page, hotspotId: string) =>
  page.evaluate(
    (id) =>
      [...(document.querySelector(`[data-testid="hotspot-${id}"] .hotspot__glow`)?.getAnimations() ?? [])]
        .filter((a) => a.playState === 'running')
        .map((a) => (a as CSSAnimation).animationName),
    hotspotId,
  );
