import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackRefusal } from '../../electron/core/packs/pack-problems';
import { generatePackKeys } from '../../electron/core/packs/signature';
import { packHarness, tempDir, type Harness } from '../fixtures/packs/harness';
import { signFolder } from '../fixtures/packs/hostile-kit';
import { hashTree, writeTestPack } from '../fixtures/packs/make-pack';
import { generateMutations, type Mutation } from '../fixtures/packs/mutations';

const COUNT = 1_050;
const BATCH = 75;
let root: string;
let bundled: string;
let base: string;
let signedBase: string;
let dataDir: string;
let publicKey: string;
let before: Record<string, string>;
let mutations: Mutation[] = [];
let kiosks: { plain: Harness; signed: Harness };

beforeAll(async () => {
  root = tempDir('kiosk-mutations-');
  bundled = path.join(root, 'bundled');
  base = path.join(root, 'base');
  signedBase = path.join(root, 'signed');
  dataDir = path.join(root, 'data');
  await writeTestPack(bundled, { id: 'bundled-pack', version: '0.1.0', variant: 'bundled' });
  await writeTestPack(base, { version: '2.0.0', variant: 'mutated' });
  const keys = generatePackKeys();
  publicKey = keys.publicKey;
  fs.cpSync(base, signedBase, { recursive: true });
  signFolder(signedBase, keys.privatePem);
  const active = path.join(root, 'active');
  await writeTestPack(active, { version: '1.0.0', variant: 'active' });
  await packHarness(dataDir, bundled).installer.install({ source: active });
  before = hashTree(dataDir);
  // One kiosk per setting, reused: each refusal must leave it ready for the next install.
  kiosks = {
    plain: packHarness(dataDir, bundled),
    signed: packHarness(dataDir, bundled, { trustedPackKey: publicKey }),
  };
  mutations = generateMutations(base, COUNT);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const run = async (mutation: Mutation): Promise<string | null> => {
  const work = path.join(root, 'work', String(mutation.id));
  fs.mkdirSync(work, { recursive: true });
  const source = mutation.make(work, mutation.signed ? signedBase : base);
  const kiosk = mutation.signed ? kiosks.signed : kiosks.plain;
  const error = await kiosk.installer.install({ source }).then(
    () => null,
    (e: unknown) => e,
  );
  fs.rmSync(work, { recursive: true, force: true });
  const problem = !(error instanceof PackRefusal)
    ? `accepted or failed oddly: ${String(error)}`
    : !mutation.expect.test(error.message)
      ? `message "${error.message}" does not match ${mutation.expect}`
      : null;
  return problem && `#${mutation.id} ${mutation.kind} (${mutation.detail}): ${problem}`;
};

describe('generated mutations of a valid pack', () => {
  it(`generates ${COUNT} mutations of every kind`, () => {
    expect(mutations).toHaveLength(COUNT);
    const kinds = new Set(mutations.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(
      [
        'add',
        'append',
        'byte-flip',
        'manifest-field',
        'remove',
        'rename',
        'signed-manifest-flip',
        'truncate',
        'zip-flip',
        'zip-truncate',
      ].sort(),
    );
  });

  for (let start = 0; start < COUNT; start += BATCH) {
    it(`refuses mutations ${start}–${Math.min(start + BATCH, COUNT) - 1} with a specific message, active data byte-identical`, async () => {
      const failures: string[] = [];
      for (const mutation of mutations.slice(start, start + BATCH)) {
        const failure = await run(mutation);
        if (failure) failures.push(failure);
      }
      expect(failures, failures.slice(0, 10).join('\n')).toEqual([]);
      // Nothing written outside the (removed) staging folder, the active pack byte for byte the same.
      expect(hashTree(dataDir)).toEqual(before);
    }, 300_000);
  }
});
