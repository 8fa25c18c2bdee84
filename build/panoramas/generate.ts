/**
 * Regenerates the default pack's panorama art and assets/default-pack-src/panoramas.json.
 * Run: npx tsx build/panoramas/generate.ts
 * Output is deterministic (seeded PRNG), so re-running changes nothing unless the code changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHAPTERS } from './chapters/index';
import { LAYER_DEPTHS, type ChapterArt } from './layers';
import { HEIGHT, WIDTH } from './svg';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packDir = path.join(repoRoot, 'assets/default-pack');
const manifestPath = path.join(repoRoot, 'assets/default-pack-src/panoramas.json');

/** The panoramas.json entry for one chapter: layer files, alt text, hotspots and labels as fractions. */
function panoramaEntry(chapterId: string, art: ChapterArt): object {
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  return {
    width: WIDTH,
    height: HEIGHT,
    layers: art.layers.map(({ name }) => ({
      name,
      file: `panoramas/${chapterId}/${name}.svg`,
      depth: LAYER_DEPTHS[name],
    })),
    alt: art.alt,
    hotspots: Object.fromEntries(
      Object.entries(art.hotspots).map(([id, p]) => [id, { x: round(p.x / WIDTH), y: round(p.y / HEIGHT) }]),
    ),
    ...(art.labels && {
      labels: Object.entries(art.labels).map(([id, { at, text }]) => ({
        id,
        x: round(at.x / WIDTH),
        y: round(at.y / HEIGHT),
        text,
      })),
    }),
  };
}

function main(): void {
  const manifest: Record<string, object> = {};
  for (const [chapterId, build] of Object.entries(CHAPTERS)) {
    const art = build();
    const dir = path.join(packDir, 'panoramas', chapterId);
    fs.mkdirSync(dir, { recursive: true });
    for (const layer of art.layers) {
      const file = path.join(dir, `${layer.name}.svg`);
      fs.writeFileSync(file, layer.svg);
      console.log(`${path.relative(repoRoot, file)}  ${(Buffer.byteLength(layer.svg) / 1024).toFixed(1)} KB`);
    }
    manifest[chapterId] = panoramaEntry(chapterId, art);
  }
  fs.mkdirSync(path.dirname(manifestPath), { recursive: true });
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  console.log(path.relative(repoRoot, manifestPath));
}

main();
