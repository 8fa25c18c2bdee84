import fs from 'node:fs';
import path from 'node:path';

/** Folders the kiosk reads its bundled files from. */
export type AppPaths = Readonly<{
  root: string;
  rendererDir: string;
  defaultPackDir: string;
  appVersion: string;
}>;

const PACKAGE_NAME = 'changjiahui-kiosk';

/**
 * Finds the project root by walking up from `start` to our package.json, so the
 * same code works from sources (tsx), from dist/ bundles and from an asar archive.
 */
export const findAppPaths = (start: string): AppPaths => {
  let dir = path.resolve(start);
  for (;;) {
    const pkgFile = path.join(dir, 'package.json');
    if (fs.existsSync(pkgFile)) {
      const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME) {
        return {
          root: dir,
          rendererDir: path.join(dir, 'dist', 'renderer'),
          defaultPackDir: path.join(dir, 'assets', 'default-pack'),
          appVersion: pkg.version ?? '0.0.0',
        };
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${PACKAGE_NAME}/package.json above ${start}`);
    dir = parent;
  }
};
