import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Width and height of an image, or why it cannot be decoded. */
export type ImageInfo = { ok: true; width: number; height: number } | { ok: false; error: string };

const svgSize = (text: string): ImageInfo => {
  if (!/<svg[\s>]/.test(text) || !/<\/svg>|\/>\s*$/.test(text.trim()))
    return { ok: false, error: 'not an SVG document' };
  const tag = /<svg[^>]*>/.exec(text)?.[0] ?? '';
  const attr = (name: string) => Number.parseFloat(new RegExp(`\\s${name}="([\\d.]+)`).exec(tag)?.[1] ?? '');
  const box = /viewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(tag);
  const width = attr('width') || Number(box?.[1]);
  const height = attr('height') || Number(box?.[2]);
  return width > 0 && height > 0
    ? { ok: true, width, height }
    : { ok: false, error: 'SVG has no width/height or viewBox' };
};

/**
 * Decodes an image enough to trust it: SVG by its root element, raster formats with
 * ImageMagick's `identify` (which reads the whole file, so truncation shows).
 */
export const probeImage = async (file: string): Promise<ImageInfo> => {
  if (file.toLowerCase().endsWith('.svg')) return svgSize(fs.readFileSync(file, 'utf8'));
  try {
    const { stdout } = await run('identify', ['-regard-warnings', '-format', '%w %h\n', file], { timeout: 30_000 });
    const [w = 0, h = 0] = (stdout.split('\n')[0] ?? '').split(' ').map(Number);
    return w > 0 && h > 0 ? { ok: true, width: w, height: h } : { ok: false, error: 'no dimensions' };
  } catch (error) {
    const message = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    return { ok: false, error: `cannot be decoded (${message.split('\n')[0]})` };
  }
};

/** Duration of an audio file in ms via ffprobe; 'unavailable' when ffprobe is not installed. */
export const probeAudioMs = async (file: string): Promise<number | 'unavailable' | { error: string }> => {
  try {
    const { stdout } = await run(
      'ffprobe',
      ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file],
      { timeout: 30_000 },
    );
    const seconds = Number.parseFloat(stdout.trim());
    return Number.isFinite(seconds) ? Math.round(seconds * 1000) : { error: 'ffprobe found no duration' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'unavailable';
    return {
      error: `cannot be decoded (${((error as { stderr?: string }).stderr ?? '').trim().split('\n')[0] || 'ffprobe failed'})`,
    };
  }
};
