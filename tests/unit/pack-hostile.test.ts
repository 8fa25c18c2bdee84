import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackRefusal } from '../../electron/core/packs/pack-problems';
import { generatePackKeys } from '../../electron/core/packs/signature';
import { packHarness, tempDir } from '../fixtures/packs/harness';
import { signFolder, type Keys } from '../fixtures/packs/hostile-kit';
import { PACK_CASES } from '../fixtures/packs/hostile-pack-cases';
import { ZIP_CASES } from '../fixtures/packs/hostile-zip-cases';
import { hashTree, writeTestPack } from '../fixtures/packs/make-pack';

const CASES = [...ZIP_CASES, ...PACK_CASES];
let root: string;
let bundled: string;
let base: string;
let dataDir: string;
let keys: Keys;
let before: Record<string, string>;

beforeAll(async () => {
  root = tempDir('kiosk-hostile-');
  bundled = path.join(root, 'bundled');
  base = path.join(root, 'base');
  dataDir = path.join(root, 'data');
  keys = { good: generatePackKeys(), other: generatePackKeys() };
  await writeTestPack(bundled, { id: 'bundled-pack', version: '0.1.0', variant: 'bundled' });
  await writeTestPack(base, { version: '2.0.0', variant: 'hostile' });
  const active = path.join(root, 'active');
  await writeTestPack(active, { version: '1.0.0', variant: 'active' });
  await packHarness(dataDir, bundled).installer.install({ source: active });
  before = hashTree(path.join(dataDir, 'packs'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('hostile pack corpus', () => {
  it('has at least 30 distinct hand-made attacks', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    'refuses %s, naming the file or field, and leaves the active pack untouched',
    async (name, hostile) => {
      const dir = path.join(root, 'cases', name);
      fs.mkdirSync(dir, { recursive: true });
      const source = await hostile.make({ dir, base, keys });
      const kiosk = packHarness(dataDir, bundled, hostile.settings?.(keys) ?? {});
      const refusal = await kiosk.installer.install({ source }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal, `${hostile.attack} was accepted`).toBeInstanceOf(PackRefusal);
      expect((refusal as PackRefusal).message).toMatch(hostile.expect);
      expect((refusal as PackRefusal).code).toBe('invalid-input');
      expect(hashTree(path.join(dataDir, 'packs'))).toEqual(before);
      expect(kiosk.store.activeKey()).toBe('test-pack@1.0.0');
      const failed = kiosk.events.filter((e) => e.name === 'packs:progress' && e.payload.phase === 'failed');
      expect(failed).toHaveLength(1);
    },
  );

  it('accepts the same base pack when it is intact (the corpus is not refused for another reason)', async () => {
    const signed = path.join(root, 'signed');
    fs.cpSync(base, signed, { recursive: true });
    signFolder(signed, keys.good.privatePem);
    const kiosk = packHarness(fs.mkdtempSync(path.join(root, 'data-')), bundled, {
      trustedPackKey: keys.good.publicKey,
    });
    const outcome = await kiosk.installer.install({ source: signed });
    expect(outcome.active).toMatchObject({ key: 'test-pack@2.0.0', signed: true });
  });
});
