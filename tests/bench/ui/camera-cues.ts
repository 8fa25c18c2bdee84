import type { Page } from '@playwright/test';
import { chapterCues, seekNarration, waitForCamera } from '../../e2e/tour/camera-probe';

/** Room after a seek for the camera to set off (up to 1 s before the cue) and glide (0.6 s). */
const BEFORE_CUE_MS = 2_000;

/**
 * The camera gliding with the narration (issue 19, item 1): in the open chapter, the narration
 * is moved to just before each of its cues in turn and the glide to the named place is awaited.
 * The caller resets and reads its long-animation-frame probe around this. Returns how many of
 * the cues the camera reached (a figure of 0 long frames means nothing if it never glided).
 */
export const glideThroughCues = async (page: Page, chapterId: string, language: string) => {
  const cues = await chapterCues(page, chapterId, language);
  let reached = 0;
  for (const cue of cues) {
    await seekNarration(page, cue.atMs - BEFORE_CUE_MS);
    const arrived = await waitForCamera(page, cue.hotspot, BEFORE_CUE_MS + 3_000);
    if (arrived.audioMs !== null) reached += 1;
    await page.waitForTimeout(500);
  }
  return { cues: cues.length, reached };
};
