/**
 * Composites each chapter's layers into an HTML page and screenshots it with
 * headless Chromium, landscape at two pan offsets and portrait, so the art can
 * be checked the way the kiosk shows it (layers scaled by height, parallax offset).
 * Run: npx tsx build/panoramas/preview.ts [chapterId...]
 * Output: /tmp/panorama-previews/<chapter>-{full,landscape-left,landscape-right,portrait}.png
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { depthFactor, layerShift, referenceDepth } from '../../renderer/panorama/pan-math';

type Layer = { name: string; file: string; depth: number };
type Entry = { width: number; height: number; layers: Layer[]; hotspots: Record<string, { x: number; y: number }> };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = '/tmp/panorama-previews';
const panoramas = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'assets/default-pack-src/panoramas.json'), 'utf8'),
) as Record<string, Entry>;

/**
 * One page: every layer scaled to the viewport height and shifted exactly as
 * the kiosk's renderer does (renderer/panorama/pan-math.ts), so hotspot drift
 * between layers shows up here too. Hotspots sit on the reference (mid) plane
 * and are drawn as white rings.
 */
function page(entry: Entry, viewW: number, viewH: number, pan: number): string {
  const geometry = { fullWidth: (entry.width * viewH) / entry.height, stageWidth: viewW };
  const reference = referenceDepth(entry.layers);
  const shift = (depth: number): number => layerShift(pan, depthFactor(depth, reference), geometry);
  const imgs = entry.layers
    .map(
      (l) =>
        `<img src="file://${path.join(repoRoot, 'assets/default-pack', l.file)}" style="position:absolute;top:0;left:0;height:${viewH}px;transform:translateX(${shift(l.depth)}px)">`,
    )
    .join('');
  const spots = Object.values(entry.hotspots)
    .map(
      (h) =>
        `<div style="position:absolute;left:${h.x * geometry.fullWidth + shift(reference) - 18}px;top:${h.y * viewH - 18}px;width:32px;height:32px;border:3px solid #fff;border-radius:50%;box-shadow:0 0 8px #000"></div>`,
    )
    .join('');
  return `<!doctype html><html><body style="margin:0;overflow:hidden;background:#000;width:${viewW}px;height:${viewH}px;position:relative">${imgs}${spots}</body></html>`;
}

function shoot(name: string, html: string, viewW: number, viewH: number): void {
  const htmlPath = path.join(outDir, `${name}.html`);
  const pngPath = path.join(outDir, `${name}.png`);
  fs.writeFileSync(htmlPath, html);
  execFileSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      '--allow-file-access-from-files',
      `--screenshot=${pngPath}`,
      `--window-size=${viewW},${viewH}`,
      `file://${htmlPath}`,
    ],
    { stdio: 'ignore' },
  );
  console.log(pngPath);
}

fs.mkdirSync(outDir, { recursive: true });
const wanted = process.argv.slice(2);
for (const [id, entry] of Object.entries(panoramas)) {
  if (wanted.length > 0 && !wanted.includes(id)) continue;
  // The whole canvas with every layer lined up, for the overall composition.
  shoot(`${id}-full`, page(entry, 3840, 1080, 0.5), 3840, 1080);
  shoot(`${id}-landscape-left`, page(entry, 1920, 1080, 0.1), 1920, 1080);
  shoot(`${id}-landscape-right`, page(entry, 1920, 1080, 0.9), 1920, 1080);
  shoot(`${id}-portrait`, page(entry, 1080, 1920, 0.5), 1080, 1920);
}
