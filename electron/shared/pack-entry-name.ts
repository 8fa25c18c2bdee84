/**
 * Rules for the names of files inside a pack (zip entries or folder files),
 * checked before anything is read: the first line of defence against zip-slip.
 */

/** Why a name is refused, or null when it is safe. */
export const unsafeNameReason = (name: string): string | null => {
  if (name.length === 0) return 'empty file name';
  if (name.includes('\0')) return 'file name contains a NUL byte';
  if (name.includes('\\')) return 'file name contains a backslash (Windows path separator)';
  if (/^[A-Za-z]:/.test(name)) return 'file name is a drive path (e.g. "C:")';
  if (name.startsWith('/')) return 'file name is an absolute path';
  if (name.split('/').some((segment) => segment === '..')) return 'file name contains a ".." segment (zip-slip)';
  if (name.split('/').some((segment) => segment === '.')) return 'file name contains a "." segment';
  if (/\/\//.test(name)) return 'file name contains an empty segment ("//")';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'file name contains a control character';
  if (name.length > 240) return 'file name is longer than 240 characters';
  return null;
};

/**
 * The form two names are compared in to find duplicates: Unicode-normalised (NFKC)
 * and case-folded, so "A.svg" / "a.svg" and composed / decomposed "é" collide here
 * exactly as they would on a case-insensitive or normalising file system.
 */
export const foldName = (name: string): string => name.normalize('NFKC').toLowerCase().normalize('NFKC');

/** Names a pack may carry besides the files its manifest lists. */
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';

/** File types a pack may contain; anything else (archives, executables, ...) is refused by name. */
export const ALLOWED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.svg',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.avif',
  '.opus',
  '.ogg',
  '.oga',
  '.mp3',
  '.wav',
  '.m4a',
  '.vtt',
  '.json',
  '.txt',
  '.woff2',
]);

/** Lower-case extension including the dot, or '' when there is none. */
export const extensionOf = (name: string): string => {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
};

/** Files an operating system leaves in any folder it shows (Finder, Explorer), compared in lower case. */
const OS_JUNK_FILES: ReadonlySet<string> = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

/**
 * True for files the pack's author never put there: macOS `.DS_Store`, AppleDouble
 * `._*` companions and the `__MACOSX/` folder of a Finder zip, Windows `Thumbs.db`
 * and `desktop.ini`. Build leaves them out and install skips them, so a pack copied
 * from a Mac or opened in Explorer still installs. Only checked on safe names.
 */
export const isOsJunk = (name: string): boolean => {
  const segments = name.replace(/\/$/, '').split('/');
  if (segments[0] === '__MACOSX') return true;
  const base = segments[segments.length - 1] ?? '';
  return base.startsWith('._') || OS_JUNK_FILES.has(base.toLowerCase());
};
