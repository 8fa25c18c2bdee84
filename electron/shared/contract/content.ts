import { z } from 'zod';
import type { PackManifest } from '../content-pack';
import { defineCall, defineEvent } from './define';

/** The pack the renderer should show, with the URL prefix of its media. */
export type ActiveContent = Readonly<{ manifest: PackManifest; mediaBase: string }>;

/** Calls the tour uses to read content. */
export const contentCalls = {
  'content:active': defineCall<ActiveContent>()('visitor', z.object({}).strict(), 'The active content pack manifest.'),
} as const;

/** Events about content. */
export const contentEvents = {
  'content:changed': defineEvent(
    z.object({ packId: z.string(), version: z.string() }),
    'A different pack became active; the renderer picks it up at the next attract loop.',
  ),
} as const;
