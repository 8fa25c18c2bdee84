import {
  ALLOWED_EXTENSIONS,
  extensionOf,
  foldName,
  isOsJunk,
  SIGNATURE_FILE,
  unsafeNameReason,
} from '../../shared/pack-entry-name';
import type { PackProblem } from './pack-problems';
import type { PackLimits, SourceEntry } from './pack-source';

/** An entry as a reader found it, before any rule was applied. */
export type RawEntry = Readonly<{
  name: string;
  kind: 'file' | 'dir' | 'symlink' | 'special';
  size: number;
  /** Zip only: bytes of compressed data, for the compression-ratio limit. */
  compressedSize?: number;
}>;

/** Below this size a high compression ratio is harmless (a short text file of spaces). */
const RATIO_FLOOR_BYTES = 64 * 1024;
const ARCHIVES = new Set(['.zip', '.gz', '.tgz', '.tar', '.7z', '.rar', '.xz', '.bz2', '.zst']);

const ratioOf = (size: number, compressed: number) => (compressed === 0 ? Number.POSITIVE_INFINITY : size / compressed);

/**
 * Applies the structural rules to every entry: safe names, regular files only,
 * no duplicates (case-folded, Unicode-normalised), known file types, size,
 * total and compression-ratio limits. Returns the files plus every problem found,
 * and the OS junk files (.DS_Store, ._*, __MACOSX/, Thumbs.db, desktop.ini) it
 * skipped: never read, never installed, never counted as extra files.
 */
export const checkEntries = (
  raw: readonly RawEntry[],
  limits: PackLimits,
): { files: SourceEntry[]; problems: PackProblem[]; ignored: string[] } => {
  const problems: PackProblem[] = [];
  const add = (where: string, message: string) => problems.push({ where, message });
  if (raw.length > limits.maxEntries) add('pack', `has ${raw.length} entries, over the limit of ${limits.maxEntries}`);
  const seen = new Map<string, string>();
  const files: SourceEntry[] = [];
  const ignored: string[] = [];
  let total = 0;
  let totalCompressed = 0;
  for (const entry of raw) {
    const name = entry.kind === 'dir' ? entry.name.replace(/\/$/, '') : entry.name;
    const unsafe = unsafeNameReason(name);
    if (unsafe) {
      add(JSON.stringify(entry.name), unsafe);
      continue;
    }
    // After the name check: "__MACOSX/../x" is still refused, not skipped.
    if (isOsJunk(name)) {
      if (entry.kind !== 'dir') ignored.push(name);
      continue;
    }
    const folded = foldName(name);
    const clash = seen.get(folded);
    if (clash !== undefined) {
      add(
        name,
        clash === name
          ? 'appears twice in the pack'
          : `duplicates "${clash}" (names differ only in case or Unicode form)`,
      );
      continue;
    }
    seen.set(folded, name);
    if (entry.kind === 'symlink') add(name, 'is a symbolic link; packs may contain regular files only');
    if (entry.kind === 'special')
      add(name, 'is a special file (device, FIFO or socket); packs may contain regular files only');
    if (entry.kind !== 'file') continue;
    if (!/^[A-Za-z0-9._\-/]+$/.test(name)) add(name, 'file name may use only A-Z a-z 0-9 . _ - and /');
    const ext = extensionOf(name);
    if (ARCHIVES.has(ext)) add(name, 'is an archive inside the pack (nested archives are refused)');
    else if (!ALLOWED_EXTENSIONS.has(ext) && name !== SIGNATURE_FILE)
      add(name, `file type "${ext || '(none)'}" is not allowed in a pack`);
    if (entry.size > limits.maxFileBytes)
      add(name, `is ${entry.size} bytes, over the per-file limit of ${limits.maxFileBytes}`);
    const compressed = entry.compressedSize;
    if (
      compressed !== undefined &&
      entry.size > RATIO_FLOOR_BYTES &&
      ratioOf(entry.size, compressed) > limits.maxCompressionRatio
    ) {
      add(
        name,
        `compression ratio ${Math.round(ratioOf(entry.size, compressed))}:1 is over the limit of ${limits.maxCompressionRatio}:1 (compression bomb)`,
      );
    }
    total += entry.size;
    totalCompressed += compressed ?? entry.size;
    files.push({ name, size: entry.size });
  }
  // "a.svg" and "a.svg/b.svg" cannot both exist on disk: refuse instead of failing mid-copy.
  const fileNames = new Set(files.map((f) => foldName(f.name)));
  for (const file of files) {
    const segments = file.name.split('/');
    for (let i = 1; i < segments.length; i++) {
      const parent = segments.slice(0, i).join('/');
      if (fileNames.has(foldName(parent))) add(file.name, `lies inside "${parent}", which is a file`);
    }
  }
  if (total > limits.maxTotalBytes) add('pack', `unpacks to ${total} bytes, over the limit of ${limits.maxTotalBytes}`);
  if (total > RATIO_FLOOR_BYTES && ratioOf(total, totalCompressed) > limits.maxCompressionRatio) {
    add('pack', `overall compression ratio is over the limit of ${limits.maxCompressionRatio}:1 (compression bomb)`);
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, problems, ignored };
};
