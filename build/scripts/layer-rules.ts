import fs from 'node:fs';
import path from 'node:path';

/** The layers of STYLE.md, one per source folder. */
export type Layer = 'shared' | 'core' | 'db' | 'main' | 'preload' | 'web' | 'cli' | 'renderer';

type Rule = Readonly<{
  /** Layers whose values (code) this layer may import. */
  valueLayers: readonly Layer[];
  /** Layers this layer may import types from (`import type`). */
  typeLayers: readonly Layer[];
  /** Which npm packages / node: builtins it may use. */
  allowPackage: (name: string) => boolean;
  /**
   * Modules (root-relative, no extension) whose code this layer may import although
   * their layer is only in `typeLayers`: pure rules both sides must apply alike.
   */
  sharedValueModules?: readonly string[];
}>;

const nodeOrNpm = (name: string) => name !== 'electron' && !name.startsWith('react');
const NODE_LAYERS: readonly Layer[] = ['shared', 'core', 'db'];

/** Who may import whom. Arrows point down: shell → core → db → shared. */
export const LAYER_RULES: Readonly<Record<Layer, Rule>> = {
  shared: { valueLayers: ['shared'], typeLayers: ['shared'], allowPackage: (name) => name === 'zod' },
  db: { valueLayers: ['db', 'shared'], typeLayers: ['db', 'shared'], allowPackage: nodeOrNpm },
  core: { valueLayers: NODE_LAYERS, typeLayers: NODE_LAYERS, allowPackage: nodeOrNpm },
  web: { valueLayers: [...NODE_LAYERS, 'web'], typeLayers: [...NODE_LAYERS, 'web'], allowPackage: nodeOrNpm },
  // `kiosk fleet serve` runs the web layer's HTTP host, as serve.ts does for the kiosk.
  cli: {
    valueLayers: [...NODE_LAYERS, 'web', 'cli'],
    typeLayers: [...NODE_LAYERS, 'web', 'cli'],
    allowPackage: nodeOrNpm,
  },
  main: {
    valueLayers: [...NODE_LAYERS, 'main'],
    typeLayers: [...NODE_LAYERS, 'main'],
    allowPackage: (name) => !name.startsWith('react'),
  },
  preload: {
    valueLayers: ['preload', 'shared'],
    typeLayers: ['preload', 'shared'],
    allowPackage: (name) => name === 'electron',
  },
  renderer: {
    valueLayers: ['renderer'],
    typeLayers: ['renderer', 'shared'],
    allowPackage: (name) => !name.startsWith('node:') && name !== 'electron' && name !== 'better-sqlite3',
    // The SVG allow-list: the sanitiser and the pack validator must drop exactly the same things.
    // The opening-hours rules: the closed card and the core refusing visits must agree on "open".
    // The UI string keys and language matching: the pack validator and the tour must agree on which strings a language uses.
    // The visit labels: the dashboard and the printed report must name the same figures alike.
    sharedValueModules: [
      'electron/shared/svg-allow-list',
      'electron/shared/opening-hours-rule',
      'electron/shared/ui-string-keys',
      'electron/shared/language-match',
      'electron/shared/visit-labels',
    ],
  },
};

const FOLDERS: ReadonlyArray<[string, Layer]> = [
  ['electron/shared', 'shared'],
  ['electron/core', 'core'],
  ['electron/main', 'main'],
  ['electron/preload', 'preload'],
  ['electron/web', 'web'],
  ['electron/cli', 'cli'],
  ['db', 'db'],
  ['renderer', 'renderer'],
];

/** The layer a file belongs to, or null for files outside the layered folders. */
export const layerOf = (file: string, root: string): Layer | null => {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return FOLDERS.find(([folder]) => rel === folder || rel.startsWith(`${folder}/`))?.[1] ?? null;
};

/** The import specifiers of a source text, with whether each is type-only. */
export const importsOf = (source: string): Array<{ specifier: string; typeOnly: boolean }> => {
  const found: Array<{ specifier: string; typeOnly: boolean }> = [];
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statement))
    found.push({ specifier: match[3] ?? '', typeOnly: Boolean(match[2]) });
  const dynamic = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(dynamic)) found.push({ specifier: match[1] ?? '', typeOnly: false });
  return found;
};

const sourceFiles = (dir: string): string[] =>
  !fs.existsSync(dir)
    ? []
    : fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
        return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
      });

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);

/** Every import that crosses a layer the wrong way, as "file: imports X (reason)". */
export const violations = (root: string): string[] => {
  const problems: string[] = [];
  for (const [folder, layer] of FOLDERS) {
    const rule = LAYER_RULES[layer];
    for (const file of sourceFiles(path.join(root, folder))) {
      const rel = path.relative(root, file);
      for (const { specifier, typeOnly } of importsOf(fs.readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) {
          const resolved = path.resolve(path.dirname(file), specifier);
          const target = layerOf(resolved, root);
          const moduleId = path
            .relative(root, resolved)
            .split(path.sep)
            .join('/')
            .replace(/\.tsx?$/, '');
          const shared = rule.sharedValueModules?.includes(moduleId) ?? false;
          const allowed = typeOnly || shared ? rule.typeLayers : rule.valueLayers;
          if (target === null) problems.push(`${rel}: imports ${specifier}, outside the layered folders`);
          else if (!allowed.includes(target)) {
            problems.push(
              `${rel}: ${layer} may not import ${typeOnly ? 'types' : 'code'} from ${target} (${specifier})`,
            );
          }
        } else if (!rule.allowPackage(packageName(specifier)) && !specifier.startsWith('virtual:')) {
          problems.push(`${rel}: ${layer} may not import package "${specifier}"`);
        }
      }
    }
  }
  return problems;
};
