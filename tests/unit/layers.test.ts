import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, layerOf, LAYER_RULES, violations } from '../../build/scripts/layer-rules';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('layer rules', () => {
  it('every source file respects the import arrows of STYLE.md', () => {
    const found = violations(ROOT);
    expect(found, found.join('\n')).toEqual([]);
  });

  it('catches a core module importing electron', () => {
    const source = "import { app } from 'electron';\nimport type { X } from '../shared/contract';\n";
    const imports = importsOf(source);
    expect(imports).toEqual([
      { specifier: 'electron', typeOnly: false },
      { specifier: '../shared/contract', typeOnly: true },
    ]);
    const rule = LAYER_RULES.core;
    expect(rule.allowPackage('electron')).toBe(false);
  });

  it('catches a renderer value import from electron/shared but allows type imports', () => {
    expect(LAYER_RULES.renderer.valueLayers).not.toContain('shared');
    expect(LAYER_RULES.renderer.typeLayers).toContain('shared');
  });

  it('knows the layer of every top-level source folder', () => {
    expect(layerOf(path.join(ROOT, 'electron/core/x.ts'), ROOT)).toBe('core');
    expect(layerOf(path.join(ROOT, 'renderer/App.tsx'), ROOT)).toBe('renderer');
    expect(layerOf(path.join(ROOT, 'db/open.ts'), ROOT)).toBe('db');
    expect(layerOf(path.join(ROOT, 'db'), ROOT)).toBe('db');
    expect(fs.existsSync(path.join(ROOT, 'electron/shared'))).toBe(true);
  });
});

describe('layer check on a tree with violations', () => {
  it('reports each wrong-way import with file and reason', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write('electron/core/bad.ts', "import { app } from 'electron';\n");
    write('electron/shared/bad.ts', "import fs from 'node:fs';\n");
    write('renderer/bad.tsx', "import { ok } from '../electron/shared/result';\nimport type { Ok } from '../electron/shared/result';\n");
    write('db/bad.ts', "import { x } from '../electron/core/x';\n");
    write('electron/shared/result.ts', 'export const ok = 1;\n');
    // The renderer reads pack data from the loaded pack, never from the default pack's source folder.
    write('renderer/terms.ts', "import table from '../assets/default-pack-src/terminology.json';\n");
    const found = violations(root);
    expect(found).toHaveLength(5);
    expect(found.join('\n')).toContain('electron/core/bad.ts: core may not import package "electron"');
    expect(found.join('\n')).toContain('renderer/bad.tsx: renderer may not import code from shared');
    expect(found.join('\n')).toContain('renderer/terms.ts: imports ../assets/default-pack-src/terminology.json, outside');
  });
});
