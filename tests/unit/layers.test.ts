import fs from 'node:fs';
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
    expect(fs.existsSync(path.join(ROOT, 'electron/shared'))).toBe(true);
  });
});
