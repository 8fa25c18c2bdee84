import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Guards the default pack's panorama art: every layer panoramas.json lists must
 * exist, be a self-contained, language-neutral SVG of the panorama canvas, and
 * stay small enough for the kiosk to decode quickly.
 */

type Entry = {
  width: number;
  height: number;
  layers: Array<{ name: string; file: string; depth: number }>;
  alt: Record<string, string>;
  hotspots: Record<string, { x: number; y: number }>;
};

const root = path.resolve(import.meta.dirname, '../..');
const panoramas = JSON.parse(
  fs.readFileSync(path.join(root, 'assets/default-pack-src/panoramas.json'), 'utf8'),
) as Record<string, Entry>;

/** The hotspot ids the content pack's facts are keyed by, per chapter. */
const HOTSPOT_IDS: Record<string, string[]> = {
  'hard-core': ['financial-institutions', 'xiaomi-consumer-finance', 'ifc-tower', 'chengdu-bank'],
  vitality: ['retail-sales', 'promotions', 'guanyinqiao', 'beibin-night'],
  momentum: ['haier-institute', 'info-services', 'ten-projects', 'zhifei-bioscience', 'poly-big-data'],
  quality: ['riverside-park', 'park-works', 'waterfront-vision', 'pearl-chain'],
  radiation: ['deyang', 'bazhong', 'showcase-centre', 'taikoo-li'],
};

describe('default pack panoramas', () => {
  it('covers exactly the five chapters', () => {
    expect(Object.keys(panoramas).sort()).toEqual(Object.keys(HOTSPOT_IDS).sort());
  });

  for (const [chapterId, entry] of Object.entries(panoramas)) {
    describe(chapterId, () => {
      it('has a 3840x1080 canvas, 4-5 layers back to front, and alt text in both languages', () => {
        expect([entry.width, entry.height]).toEqual([3840, 1080]);
        expect(entry.layers.length).toBeGreaterThanOrEqual(4);
        expect(entry.layers.length).toBeLessThanOrEqual(5);
        const depths = entry.layers.map((l) => l.depth);
        expect(depths).toEqual([...depths].sort((a, b) => a - b));
        expect(entry.alt['zh-CN']?.length).toBeGreaterThan(10);
        expect(entry.alt.en?.length).toBeGreaterThan(10);
      });

      it('has exactly the expected hotspots, spread across the width', () => {
        expect(Object.keys(entry.hotspots).sort()).toEqual([...(HOTSPOT_IDS[chapterId] ?? [])].sort());
        const xs = Object.values(entry.hotspots).map((h) => h.x);
        for (const h of Object.values(entry.hotspots)) {
          expect(h.x).toBeGreaterThanOrEqual(0);
          expect(h.x).toBeLessThanOrEqual(1);
          expect(h.y).toBeGreaterThanOrEqual(0.25);
          expect(h.y).toBeLessThanOrEqual(0.8);
        }
        // Wider than one landscape screen (half the panorama), so panning reveals more.
        expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.5);
      });

      for (const layer of entry.layers) {
        it(`layer ${layer.name} is a safe, small SVG of the panorama canvas`, () => {
          expect(layer.file).toBe(`panoramas/${chapterId}/${layer.name}.svg`);
          const file = path.join(root, 'assets/default-pack', layer.file);
          expect(fs.existsSync(file)).toBe(true);
          const svg = fs.readFileSync(file, 'utf8');
          expect(fs.statSync(file).size).toBeLessThan(150 * 1024);
          expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
          expect(svg).toContain('viewBox="0 0 3840 1080"');
          expect(svg).not.toMatch(/<script|<foreignObject|<text|<image|<style|@import/i);
          // Only in-document references: url(#id) and no href to anything outside.
          expect(svg).not.toMatch(/href=/i);
          expect(svg).not.toMatch(/url\((?!#)/i);
          expect(svg).not.toMatch(/\son[a-z]+=/i);
          // A generator slip (missing return, bad maths) shows up as these words in the markup.
          expect(svg).not.toMatch(/undefined|NaN|Infinity|\[object/);
        });
      }
    });
  }
});
