import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskCore } from '../../electron/core/kiosk-core';
import { loadSettings } from '../../electron/core/settings';
import { setPins, TEST_PINS } from '../fixtures/admin';
import { baseEntries } from '../fixtures/packs/hostile-kit';
import { writeTestPack } from '../fixtures/packs/make-pack';
import { rawZip } from '../fixtures/packs/raw-zip';
import { tempDir } from '../fixtures/visit-log/temp';

const ROOT = path.resolve(import.meta.dirname, '../..');
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('staged-discard-');
  process.env.KIOSK_QUIET = '1';
});
afterEach(() => tmp.cleanup());

describe('leaving admin mode', () => {
  it('discards a pack that was staged but never activated, and audits it', async () => {
    const dataDir = path.join(tmp.dir, 'data');
    const usb = path.join(tmp.dir, 'mnt', 'USB');
    fs.mkdirSync(usb, { recursive: true });
    await writeTestPack(path.join(tmp.dir, 'src'), { id: 'left-behind', version: '9.0.0', variant: 'usb' });
    fs.writeFileSync(path.join(usb, 'left-behind.zip'), rawZip(baseEntries(path.join(tmp.dir, 'src'))));
    await setPins(dataDir, TEST_PINS);
    const settings = loadSettings({ overrides: { dataDir, kioskId: 'k', removableMediaRoots: [path.join(tmp.dir, 'mnt')] } });
    const core = createKioskCore({ settings, appVersion: '0.1.0', mediaBase: '/pack/', defaultPackDir: path.join(ROOT, 'assets', 'default-pack'), mediaPollMs: 100 });
    try {
      const signedIn = await core.dispatch('admin:sign-in', { pin: TEST_PINS.staff }, { transport: 'http' });
      const staff = { transport: 'http', sessionToken: signedIn.ok ? (signedIn.value as { token: string }).token : '' } as const;
      let candidateId: string | undefined;
      for (let i = 0; i < 50 && !candidateId; i++) {
        const found = await core.dispatch('packs:candidates', {}, staff);
        candidateId = found.ok ? (found.value as { candidates: { id: string }[] }).candidates[0]?.id : undefined;
        if (!candidateId) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await core.dispatch('packs:stage', { candidateId }, staff)).toMatchObject({ ok: true });
      expect((await core.dispatch('content:preview', {}, staff)).ok).toBe(true);

      await core.dispatch('admin:sign-out', {}, staff);
      await expect.poll(() => fs.readdirSync(path.join(dataDir, 'packs')).filter((name) => name.includes('left-behind'))).toEqual([]);

      const admin = await core.dispatch('admin:sign-in', { pin: TEST_PINS.admin }, { transport: 'http' });
      const token = admin.ok ? (admin.value as { token: string }).token : '';
      expect(await core.dispatch('content:preview', {}, { transport: 'http', sessionToken: token })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      const audit = await core.dispatch('audit:list', { limit: 20 }, { transport: 'http', sessionToken: token });
      expect(JSON.stringify(audit)).toContain('admin mode left without activating');
    } finally {
      await core.close();
    }
  });
});
