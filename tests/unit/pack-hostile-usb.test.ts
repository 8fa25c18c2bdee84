import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../electron/core/handlers';
import { PackRefusal } from '../../electron/core/packs/pack-problems';
import { REPORT_FILE } from '../../electron/core/removable/report-file';
import { PACK_CASES } from '../fixtures/packs/hostile-pack-cases';
import { ZIP_CASES } from '../fixtures/packs/hostile-zip-cases';
import { hashTree } from '../fixtures/packs/make-pack';
import { hostileWorld, type HostileWorld } from '../fixtures/packs/hostile-world';
import { usbHarness } from '../fixtures/packs/usb-harness';

/**
 * The hostile corpus (pack-hostile.test.ts) through the USB path staff use:
 * the stick is scanned, the pack is pre-flighted and staged. Every case is
 * refused there (or never listed), the report file on the stick names the
 * problem, and the active pack stays byte-identical.
 */
const CASES = [...ZIP_CASES, ...PACK_CASES];
const staff: CallContext = { transport: 'http', session: { id: 's', role: 'staff' } };
/** Set up once: see hostileWorld. */
let w: HostileWorld;

beforeAll(async () => {
  w = await hostileWorld('kiosk-hostile-usb-', (data, bundledDir, dir) => usbHarness(data, bundledDir, path.join(dir, 'none')));
});
afterAll(() => fs.rmSync(w.root, { recursive: true, force: true }));

describe('hostile pack corpus through the USB path', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: refused by preflight and stage, reported on the stick', async (name, hostile) => {
    const mnt = path.join(w.root, 'mnt', name);
    const usb = path.join(mnt, 'STICK');
    fs.mkdirSync(usb, { recursive: true });
    await hostile.make({ dir: usb, base: w.base, keys: w.keys });
    const kiosk = usbHarness(w.dataDir, w.bundled, mnt, hostile.settings?.(w.keys) ?? {});
    await kiosk.media.scanNow();
    const { candidates } = await kiosk.media.handlers['packs:candidates']({}, staff);
    for (const candidate of candidates) {
      const report = await kiosk.handlers['packs:preflight']({ candidateId: candidate.id }, staff);
      if (name === 'downgrade') {
        // Not refused: shown as a downgrade, which only an administrator may confirm at activation.
        expect(report).toMatchObject({ ok: true, changes: { downgrade: true } });
        const { stagedKey } = await kiosk.handlers['packs:stage']({ candidateId: candidate.id }, staff);
        await expect(Promise.resolve(kiosk.handlers['packs:activate']({ stagedKey }, staff))).rejects.toMatchObject({ code: 'forbidden' });
        await kiosk.handlers['packs:discard']({}, staff);
        continue;
      }
      expect(report.ok, `${hostile.attack} passed preflight`).toBe(false);
      const failed = report.checks.filter((c) => !c.ok && !c.message.startsWith('not run')).map((c) => c.message).join('; ');
      expect(failed).toMatch(hostile.expect);
      const refusal = await Promise.resolve(kiosk.handlers['packs:stage']({ candidateId: candidate.id }, staff)).then(() => null, (e: unknown) => e);
      expect(refusal, `${hostile.attack} was staged`).toBeInstanceOf(PackRefusal);
      expect(fs.readFileSync(path.join(usb, REPORT_FILE), 'utf8')).toMatch(/result: refused/);
    }
    expect(hashTree(path.join(w.dataDir, 'packs'))).toEqual(w.before);
    expect(kiosk.store.activeKey()).toBe('test-pack@1.0.0');
  });
});
