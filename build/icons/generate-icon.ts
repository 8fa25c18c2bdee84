import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Draws the app icon (build/icons/icon.png, 512×512) without any image tool: two
 * rivers, the Jialing (jade) flowing into the Yangtze (gold) — 长嘉汇 is their
 * confluence — on the night blue of the attract loop. electron-builder derives the
 * Linux sizes and the Windows .ico from this one PNG. Run: `tsx build/icons/generate-icon.ts`.
 */
const SIZE = 512;
const SAMPLES = 4;
type Rgb = readonly [number, number, number];
const NIGHT: Rgb = [11, 16, 32];
const GOLD: Rgb = [232, 178, 74];
const JADE: Rgb = [72, 190, 170];

/** Colour of one point (0..1 coordinates): background, then the two rivers on top. */
const shade = (x: number, y: number): Rgb => {
  const corner = 0.16;
  const dx = Math.max(corner - x, x - (1 - corner), 0);
  const dy = Math.max(corner - y, y - (1 - corner), 0);
  if (Math.hypot(dx, dy) > corner) return [0, 0, 0];
  const yangtze = 0.62 + 0.08 * Math.sin(x * Math.PI * 1.6 + 0.4);
  if (Math.abs(y - yangtze) < 0.07) return GOLD;
  // The Jialing comes down from the upper left and meets the Yangtze near the centre.
  if (x < 0.58) {
    const jialing = 0.18 + (yangtze - 0.18) * Math.pow(x / 0.58, 1.4);
    if (Math.abs(y - jialing) < 0.045) return JADE;
  }
  return NIGHT;
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** Encodes RGBA pixels as a PNG (filter 0 on every row). */
const encodePng = (rgba: Buffer, size: number): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
};

const render = (): Buffer => {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / SIZE;
          const y = (py + (sy + 0.5) / SAMPLES) / SIZE;
          const [r, g, b] = shade(x, y);
          const inside = r + g + b > 0 ? 1 : 0;
          sum[0] = (sum[0] ?? 0) + r * inside;
          sum[1] = (sum[1] ?? 0) + g * inside;
          sum[2] = (sum[2] ?? 0) + b * inside;
          sum[3] = (sum[3] ?? 0) + inside;
        }
      }
      const covered = sum[3] ?? 0;
      const at = (py * SIZE + px) * 4;
      for (let c = 0; c < 3; c++) rgba[at + c] = covered ? Math.round((sum[c] ?? 0) / covered) : 0;
      rgba[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return encodePng(rgba, SIZE);
};

const out = path.join(import.meta.dirname, 'icon.png');
fs.writeFileSync(out, render());
process.stdout.write(`wrote ${out}\n`);
