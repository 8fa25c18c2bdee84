import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { checkSvg } from './svg-check';

const run = promisify(execFile);

/**
 * Width and height of an image, or why it cannot be decoded. `warnings` name what
 * the kiosk will not show as drawn (SVG features it drops, a misnamed format).
 */
export type ImageInfo =
  | { ok: true; width: number; height: number; kind: 'vector' | 'raster'; warnings: string[] }
  | { ok: false; error: string };

/** Largest panorama side Chromium can upload as one GPU texture. */
export const MAX_IMAGE_SIDE = 16_384;

/** What each raster extension must hold, as sharp names formats. */
const FORMAT_OF: Readonly<Record<string, string>> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.webp': 'webp',
  '.avif': 'heif',
};

type Sharp = (typeof import('sharp'))['default'];
let loaded: Promise<Sharp | Error> | null = null;
/** sharp (libvips, prebuilt per platform as npm packages), loaded once; an Error when it is not installed. */
const loadSharp = (): Promise<Sharp | Error> => {
  loaded ??= import('sharp').then(
    (module) => {
      const sharp = module.default;
      sharp.cache(false); // each file is read once: caching only holds memory
      return sharp;
    },
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  return loaded;
};

const firstLine = (error: unknown) => ((error as Error).message ?? String(error)).split('\n')[0] ?? '';

/**
 * Decodes a raster image completely with sharp: the header gives the size, then
 * every pixel is read (`stats`), so a truncated or corrupt file fails here instead
 * of showing a grey box on the kiosk. Oversized images are not decoded (bombs).
 */
const probeRaster = async (file: string): Promise<ImageInfo> => {
  const sharp = await loadSharp();
  if (sharp instanceof Error)
    return { ok: false, error: `cannot be decoded: the sharp module is not installed (${firstLine(sharp)})` };
  const options = { failOn: 'error', limitInputPixels: false } as const;
  let meta;
  try {
    meta = await sharp(file, options).metadata();
  } catch (error) {
    return { ok: false, error: `cannot be decoded (${firstLine(error)})` };
  }
  const { width = 0, height = 0, format } = meta;
  if (width <= 0 || height <= 0) return { ok: false, error: 'cannot be decoded (no dimensions)' };
  const warnings: string[] = [];
  const expected = FORMAT_OF[path.extname(file).toLowerCase()];
  if (expected && format !== expected) warnings.push(`holds ${format} data under a ${path.extname(file)} name`);
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) return { ok: true, width, height, kind: 'raster', warnings };
  try {
    await sharp(file, { ...options, sequentialRead: true }).stats();
  } catch (error) {
    return { ok: false, error: `cannot be decoded (${firstLine(error)})` };
  }
  return { ok: true, width, height, kind: 'raster', warnings };
};

/** Decodes an image enough to trust it: SVG through the kiosk's own allow-list, raster formats with sharp. */
export const probeImage = async (file: string): Promise<ImageInfo> => {
  if (file.toLowerCase().endsWith('.svg')) {
    const svg = checkSvg(fs.readFileSync(file, 'utf8'));
    if (!svg.ok) return svg;
    const unseen =
      svg.droppedUnseen.length > 0 ? ` (and, with no visible effect, ${svg.droppedUnseen.join(', ')})` : '';
    const warnings = svg.dropped.length > 0 ? [`the kiosk drops ${svg.dropped.join(', ')}${unseen}`] : [];
    return { ok: true, width: svg.width, height: svg.height, kind: 'vector', warnings };
  }
  return probeRaster(file);
};

let ffprobeMissing = false;

/** Duration of an audio file in ms via ffprobe; 'unavailable' when ffprobe is not installed (asked once). */
export const probeAudioMs = async (file: string): Promise<number | 'unavailable' | { error: string }> => {
  if (ffprobeMissing) return 'unavailable';
  try {
    const { stdout } = await run(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file],
      { timeout: 30_000 },
    );
    const seconds = Number.parseFloat(stdout.trim());
    return Number.isFinite(seconds) ? Math.round(seconds * 1000) : { error: 'ffprobe found no duration' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      ffprobeMissing = true;
      return 'unavailable';
    }
    return {
      error: `cannot be decoded (${((error as { stderr?: string }).stderr ?? '').trim().split('\n')[0] || 'ffprobe failed'})`,
    };
  }
};
