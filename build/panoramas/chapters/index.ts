import type { ChapterArt } from '../layers';
import { hardCore } from './hard-core';
import { momentum } from './momentum';
import { quality } from './quality';
import { radiation } from './radiation';
import { vitality } from './vitality';

/** Chapter id -> art builder, in the seed's chapter order. */
export const CHAPTERS: Readonly<Record<string, () => ChapterArt>> = {
  'hard-core': hardCore,
  vitality,
  momentum,
  quality,
  radiation,
};
