import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { writeDeterministicZip } from '../../electron/core/packs/pack-build';
import { setPins, signInHttp, TEST_PINS } from '../fixtures/admin';
import { writeTestPack } from '../fixtures/packs/make-pack';
import { expect, test } from './fixtures';
import { startKiosk } from './web-host-process';

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; field?: string } };
type Active = { manifest: { id: string; version: string; title: Record<string, string> }; mediaBase: string };

// Made at load time: the kiosk of each test is configured with it as an import root,
// since pack sources must come from removable media or importRoots (issue 15 #4).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-packs-'));
let folderA: string;
let zipB: string;
let broken: string;

test.beforeAll(async () => {
  folderA = path.join(root, 'pack-a');
  await writeTestPack(folderA, { id: 'e2e-pack', version: '50.0.0', variant: 'alpha' });
  const folderB = path.join(root, 'pack-b');
  await writeTestPack(folderB, { id: 'e2e-pack', version: '50.1.0', variant: 'beta' });
  zipB = path.join(root, 'pack-b.zip');
  await writeDeterministicZip(folderB, zipB);
  broken = path.join(root, 'broken');
  await writeTestPack(broken, { id: 'e2e-pack', version: '60.0.0', variant: 'broken' });
  fs.appendFileSync(path.join(broken, 'narration/en/quality.wav'), Buffer.from([1]));
});
test.afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Staff session tokens by kiosk URL: pack calls need one (X-Kiosk-Session). */
const sessions = new Map<string, string>();
const signInAsStaff = async (kiosk: { url: string; dataDir: string }) => {
  await setPins(kiosk.dataDir, { staff: TEST_PINS.staff });
  sessions.set(kiosk.url, await signInHttp(kiosk.url, TEST_PINS.staff));
};

const call = async <T>(
  request: APIRequestContext,
  url: string,
  name: string,
  input: unknown = {},
): Promise<Envelope<T>> => {
  const session = sessions.get(url);
  const response = await request.post(`${url}api/call/${name}`, {
    data: input,
    timeout: 60_000,
    ...(session ? { headers: { 'X-Kiosk-Session': session } } : {}),
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as Envelope<T>;
};

const active = async (request: APIRequestContext, url: string): Promise<Active> => {
  const answer = await call<Active>(request, url, 'content:active');
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
};

test.describe('content packs through the contract', () => {
  test.use({ kioskSettings: { importRoots: [root] } });

  test('install from a folder and a zip, see the new content, serve media with ranges, roll back', async ({
    page,
    request,
    kiosk,
  }) => {
    await signInAsStaff(kiosk);
    const fromFolder = await call<{ active: { key: string } }>(request, kiosk.url, 'packs:install', {
      source: folderA,
    });
    expect(fromFolder).toMatchObject({ ok: true, value: { active: { key: 'e2e-pack@50.0.0', origin: 'installed' } } });
    // On screen: the attract loop shows the installed pack's panoramas.
    await page.goto(kiosk.url);
    // Each layer names the file its art came from (inline SVG has no src).
    const slideImage = page.getByTestId('attract-slide').locator('[data-src]').first();
    await expect(slideImage).toHaveAttribute('data-src', /\/pack\/e2e-pack@50\.0\.0\//);
    // The renderer listens on the event stream; so does this page, to see what it sees.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const source = new EventSource('/api/events');
      for (const name of ['content:changed', 'packs:progress']) {
        source.addEventListener(name, (event) => seen.push(`${name} ${(event as MessageEvent<string>).data}`));
      }
    });
    const a = await active(request, kiosk.url);
    expect(a.manifest).toMatchObject({ id: 'e2e-pack', version: '50.0.0' });
    expect(a.manifest.title.en).toContain('alpha');

    // Media of the active pack: right MIME types, byte ranges.
    const svg = await request.get(`${kiosk.url.replace(/\/$/, '')}${a.mediaBase}panoramas/vitality.svg`);
    expect(svg.status()).toBe(200);
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    const wavUrl = `${kiosk.url.replace(/\/$/, '')}${a.mediaBase}narration/en/vitality.wav`;
    const ranged = await request.get(wavUrl, { headers: { Range: 'bytes=0-11' } });
    expect(ranged.status()).toBe(206);
    expect(ranged.headers()['content-type']).toBe('audio/wav');
    expect(ranged.headers()['content-range']).toMatch(/^bytes 0-11\/\d+$/);
    const head = await ranged.body();
    expect(head.length).toBe(12);
    expect([head.subarray(0, 4).toString('latin1'), head.subarray(8, 12).toString('latin1')]).toEqual(['RIFF', 'WAVE']);
    const vtt = await request.get(`${kiosk.url.replace(/\/$/, '')}${a.mediaBase}narration/en/vitality.vtt`);
    expect(vtt.headers()['content-type']).toBe('text/vtt; charset=utf-8');
    expect(await vtt.text()).toMatch(/^WEBVTT/);
    const escape = await request.get(`${kiosk.url.replace(/\/$/, '')}${a.mediaBase}..%2F..%2Factive.json`);
    expect([400, 404]).toContain(escape.status());

    const fromZip = await call<{ active: { key: string }; previous: { key: string } }>(
      request,
      kiosk.url,
      'packs:install',
      { source: zipB },
    );
    expect(fromZip).toMatchObject({
      ok: true,
      value: { active: { key: 'e2e-pack@50.1.0' }, previous: { key: 'e2e-pack@50.0.0' } },
    });
    const b = await active(request, kiosk.url);
    expect(b.manifest.version).toBe('50.1.0');
    expect(b.manifest.title.en).toContain('beta');
    // A visit that started on the old pack keeps getting its media until the attract loop.
    expect((await request.get(wavUrl)).status()).toBe(200);

    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { seen: string[] }).seen.filter((s) => s.startsWith('content:changed')).length,
        ),
      )
      .toBe(1);
    // The attract loop picks the new pack up (no visit is running).
    await expect(slideImage).toHaveAttribute('data-src', /\/pack\/e2e-pack@50\.1\.0\//, { timeout: 15_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toContain('content:changed {"packId":"e2e-pack","version":"50.1.0"}');
    expect(seen.some((s) => s.startsWith('packs:progress') && s.includes('"phase":"done"'))).toBe(true);

    const rolledBack = await call<{ active: { key: string } }>(request, kiosk.url, 'packs:rollback');
    expect(rolledBack).toMatchObject({
      ok: true,
      // One step back in the install history; the next step would be the bundled pack.
      value: { active: { key: 'e2e-pack@50.0.0' }, previous: { origin: 'bundled' } },
    });
    const back = await active(request, kiosk.url);
    expect(back.manifest.title.en).toContain('alpha');
    await expect(slideImage).toHaveAttribute('data-src', /\/pack\/e2e-pack@50\.0\.0\//, { timeout: 15_000 });
  });

  test('a bad pack is refused with the file named and the content untouched', async ({ request, kiosk }) => {
    await signInAsStaff(kiosk);
    await call(request, kiosk.url, 'packs:install', { source: folderA });
    const refused = await call(request, kiosk.url, 'packs:install', { source: broken });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: expect.stringMatching(/^files\[\d+\]\.size$/) },
    });
    if (!refused.ok)
      expect(refused.error.message).toMatch(/narration\/en\/quality\.wav .*is \d+ bytes, manifest\.json says \d+/);
    const downgrade = await call(request, kiosk.url, 'packs:install', { source: folderA });
    expect(downgrade).toMatchObject({ ok: false, error: { field: 'version' } });
    expect((await active(request, kiosk.url)).manifest.version).toBe('50.0.0');
    const status = await call<{ active: { key: string }; installing: boolean }>(request, kiosk.url, 'packs:status');
    expect(status).toMatchObject({ ok: true, value: { active: { key: 'e2e-pack@50.0.0' }, installing: false } });
    // Restarting the web host comes back on the installed pack.
    await kiosk.stop();
    const restarted = await startKiosk({ importRoots: [root] }, kiosk.dataDir);
    try {
      expect((await active(request, restarted.url)).manifest.version).toBe('50.0.0');
    } finally {
      await restarted.stop();
    }
  });
});
