import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackRefusal } from '../../electron/core/packs/pack-problems';
import { packHarness } from '../fixtures/packs/harness';
import { signFolder } from '../fixtures/packs/hostile-kit';
import { PACK_CASES } from '../fixtures/packs/hostile-pack-cases';
import { ZIP_CASES } from '../fixtures/packs/hostile-zip-cases';
import { hashTree } from '../fixtures/packs/make-pack';
import { hostileWorld, type HostileWorld } from '../fixtures/packs/hostile-world';

const CASES = [...ZIP_CASES, ...PACK_CASES];
/** Set up once: see hostileWorld. */
let w: HostileWorld;

beforeAll(async () => {
  w = await hostileWorld('kiosk-hostile-', (data, bundledDir) => packHarness(data, bundledDir));
});
afterAll(() => fs.rmSync(w.root, { recursive: true, force: true }));

describe('hostile pack corpus', () => {
  it('has at least 30 distinct hand-made attacks', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    'refuses %s, naming the file or field, and leaves the active pack untouched',
    async (name, hostile) => {
      const dir = path.join(w.root, 'cases', name);
      fs.mkdirSync(dir, { recursive: true });
      const source = await hostile.make({ dir, base: w.base, keys: w.keys });
      const kiosk = packHarness(w.dataDir, w.bundled, hostile.settings?.(w.keys) ?? {});
      const refusal = await kiosk.installer.install({ source }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal, `${hostile.attack} was accepted`).toBeInstanceOf(PackRefusal);
      expect((refusal as PackRefusal).message).toMatch(hostile.expect);
      expect((refusal as PackRefusal).code).toBe('invalid-input');
      expect(hashTree(path.join(w.dataDir, 'packs'))).toEqual(w.before);
      expect(kiosk.store.activeKey()).toBe('test-pack@1.0.0');
      const failed = kiosk.events.filter((e) => e.name === 'packs:progress' && e.payload.phase === 'failed');
      expect(failed).toHaveLength(1);
    },
  );

  it('accepts the same base pack when it is intact (the corpus is not refused for another reason)', async () => {
    const signed = path.join(w.root, 'signed');
    fs.cpSync(w.base, signed, { recursive: true });
    signFolder(signed, w.keys.good.privatePem);
    const kiosk = packHarness(fs.mkdtempSync(path.join(w.root, 'data-')), w.bundled, {
      trustedPackKey: w.keys.good.publicKey,
    });
    const outcome = await kiosk.installer.install({ source: signed });
    expect(outcome.active).toMatchObject({ key: 'test-pack@2.0.0', signed: true });
  });
});
