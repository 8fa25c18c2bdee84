import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSvg } from '../../electron/cli/pack/svg-check';
import { probeAudioMs, probeImage } from '../../electron/cli/pack/media-probe';
import { generatePackKeys, keyId, parsePublicKey, signatureProblem, signManifest } from '../../electron/core/packs/signature';
import { parseJsonText } from '../../electron/shared/json-text';
import { isOsJunk } from '../../electron/shared/pack-entry-name';
import { tempDir } from '../fixtures/packs/harness';

/**
 * The validator's own readers on real files: images decoded by sharp (no
 * ImageMagick), SVG read through the kiosk's allow-list, JSON errors with line and
 * column, OS junk names, and signatures that name their key.
 */
let root: string;
beforeAll(() => {
  root = tempDir('kiosk-validator-');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const SVG_OPEN = `<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'`;

describe('SVG layers are read with the kiosk sanitiser’s allow-list', () => {
  it('reads single-quoted width/height, and a viewBox alone', () => {
    expect(checkSvg(`${SVG_OPEN} width='3840' height='1080'><rect width='1' height='1'/></svg>`)).toEqual({
      ok: true,
      width: 3840,
      height: 1080,
      dropped: [],
      droppedUnseen: [],
    });
    expect(checkSvg(`<svg xmlns="http://www.w3.org/2000/svg" viewBox='0 0 384 108'/>`)).toMatchObject({ ok: true, width: 384, height: 108 });
  });

  it('names every element and attribute the kiosk drops', () => {
    const art = `${SVG_OPEN} width='400' height='100'>
      <style>.sky { fill: blue }</style>
      <g class='sky' style='opacity: .5'>
        <text x='10' y='50'>长嘉汇</text><text>Hard core</text>
        <image xlink:href='photo.png' width='10' height='10'/>
        <rect width='10' height='10' fill='url(other.svg#glow)'/>
        <rect width='10' height='10' fill='url(#glow)' onclick='alert(1)'/>
        <foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>x</div></foreignObject>
      </g>
    </svg>`;
    const result = checkSvg(art);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dropped).toEqual([
      '<style>',
      'class=',
      'style=',
      '<text> ×2',
      '<image>',
      'fill="url(…)" pointing outside the file',
      'onclick=',
      '<foreignObject>',
    ]);
  });

  it('reads an Illustrator export (DOCTYPE entities) and sets its bookkeeping apart', () => {
    const art = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
  <!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">
]>
<svg version="1.1" xmlns:i="&ns_ai;" xmlns="http://www.w3.org/2000/svg" width="400px" height="100px" xml:space="preserve">
  <metadata>editor data</metadata><rect width="400" height="100" fill="#123456"/>
</svg>`;
    expect(checkSvg(art)).toEqual({
      ok: true,
      width: 400,
      height: 100,
      dropped: [],
      droppedUnseen: ['version=', 'xml:space=', '<metadata>'],
    });
  });

  it('refuses what the kiosk would not draw at all: no SVG namespace, broken XML, no size', () => {
    expect(checkSvg('<svg width="10" height="10"/>')).toMatchObject({ ok: false, error: expect.stringMatching(/lacks xmlns=/) });
    expect(checkSvg(`${SVG_OPEN} width='1' height='1'>\n  <g></svg>`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not well-formed XML at line 2, column \d+/),
    });
    expect(checkSvg(`${SVG_OPEN}/>`)).toMatchObject({ ok: false, error: 'SVG has no width/height or viewBox' });
    expect(checkSvg('not an image')).toMatchObject({ ok: false, error: expect.stringMatching(/^not an SVG document/) });
  });

  it('the renderer sanitiser takes its lists from the same shared module', () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../renderer/panorama/inline-svg.ts'), 'utf8');
    expect(source).toMatch(/from '\.\.\/\.\.\/electron\/shared\/svg-allow-list'/);
    expect(source).not.toMatch(/new Set\(\[/); // no second copy of the lists
  });
});

describe('raster images are decoded by sharp', () => {
  const png = async (name: string, width: number, height: number, format: 'png' | 'jpeg' = 'png') => {
    const file = path.join(root, name);
    const image = sharp({ create: { width, height, channels: 3, background: '#336699' } });
    await (format === 'png' ? image.png() : image.jpeg()).toFile(file);
    return file;
  };

  it('reads size and decodes fully with no ImageMagick on the PATH', async () => {
    const file = await png('ok.png', 640, 160);
    const saved = process.env.PATH;
    process.env.PATH = '';
    try {
      expect(await probeImage(file)).toEqual({ ok: true, width: 640, height: 160, kind: 'raster', warnings: [] });
    } finally {
      process.env.PATH = saved;
    }
  });

  it('fails a truncated PNG and a truncated JPEG', async () => {
    for (const [name, format] of [['cut.png', 'png'], ['cut.jpg', 'jpeg']] as const) {
      const file = await png(name, 800, 600, format);
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      expect(await probeImage(file), name).toMatchObject({ ok: false, error: expect.stringMatching(/^cannot be decoded/) });
    }
  });

  it('warns when the data is not the format its name says', async () => {
    const file = await png('really-png.jpg', 20, 10);
    expect(await probeImage(file)).toMatchObject({ ok: true, warnings: ['holds png data under a .jpg name'] });
  });

  it('reports a missing ffprobe as unavailable instead of failing the audio', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '';
    try {
      expect(await probeAudioMs(path.join(root, 'none.wav'))).toBe('unavailable');
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('JSON errors give line and column', () => {
  it('points at the typo, not at a byte position', () => {
    const text = '{\n  "id": "pack",\n  "version": "1.0.0"\n  "title": {}\n}\n';
    expect(parseJsonText(text)).toMatchObject({ ok: false, line: 4, column: 3 });
    expect(parseJsonText('{\n  "a": [1, 2,]\n}')).toMatchObject({ ok: false, line: 2, column: 14 });
    expect(parseJsonText('{\n "a": tru }')).toMatchObject({ ok: false, line: 2, column: 7 });
    expect(parseJsonText('{"a": 1')).toMatchObject({ ok: false, line: 1, column: 8 });
    const failed = parseJsonText('{"a": 1}}');
    expect(failed.ok || failed.message).not.toMatch(/position/);
  });

  it('accepts a byte-order mark (Windows editors) and valid JSON', () => {
    expect(parseJsonText('\uFEFF{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });
});

describe('OS junk files', () => {
  it('knows the files Finder and Explorer leave, and nothing else', () => {
    for (const name of ['.DS_Store', 'panoramas/.DS_Store', 'Thumbs.db', 'narration/thumbs.db', 'desktop.ini', 'Desktop.ini', '._manifest.json', 'panoramas/._sky.svg', '__MACOSX/', '__MACOSX/panoramas/._sky.svg'])
      expect(isOsJunk(name), name).toBe(true);
    for (const name of ['manifest.json', 'panoramas/sky.svg', 'a._b.svg', 'x/__MACOSX/a.svg', 'DS_Store.txt'])
      expect(isOsJunk(name), name).toBe(false);
  });
});

describe('signatures name their key', () => {
  const manifest = Buffer.from('{"id":"pack"}\n');
  const good = generatePackKeys();
  const other = generatePackKeys();
  const trusted = parsePublicKey(good.publicKey);
  if (!trusted) throw new Error('test key does not parse');

  it('writes the key id and verifies with the trusted key', () => {
    const text = signManifest(manifest, good.privatePem);
    expect(text).toContain(`key-id ${keyId(trusted)}`);
    expect(signatureProblem(manifest, text, trusted)).toBeNull();
  });

  it('tells "signed by another key" from "manifest changed"', () => {
    const otherId = keyId(crypto.createPrivateKey(other.privatePem));
    expect(signatureProblem(manifest, signManifest(manifest, other.privatePem), trusted)).toBe(
      `was signed with key ${otherId}, but this kiosk trusts key ${keyId(trusted)} (sign with the kiosk's key, or set trustedPackKey to the signer's public key)`,
    );
    const changed = Buffer.from('{"id":"pack2"}\n');
    expect(signatureProblem(changed, signManifest(manifest, good.privatePem), trusted)).toMatch(
      /^does not match manifest\.json: the manifest changed after key [0-9a-f]{16} signed it/,
    );
  });

  it('still reads an old one-line signature (no key id)', () => {
    const old = `${crypto.sign(null, manifest, crypto.createPrivateKey(good.privatePem)).toString('base64')}\n`;
    expect(signatureProblem(manifest, old, trusted)).toBeNull();
    expect(signatureProblem(Buffer.from('x'), old, trusted)).toMatch(/an old signature that names no key/);
  });
});
