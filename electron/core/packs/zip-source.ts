import fs from 'node:fs';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { isOsJunk } from '../../shared/pack-entry-name';
import { checkEntries, type RawEntry } from './entry-rules';
import { refuse, refuseIfAny, type PackProblem } from './pack-problems';
import type { PackLimits, PackSource } from './pack-source';

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const kindOf = (entry: Entry, name: string): RawEntry['kind'] => {
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (type === S_IFLNK) return 'symlink';
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return 'special';
  return name.endsWith('/') || type === S_IFDIR ? 'dir' : 'file';
};

/** Names are taken from the raw bytes, never from the Info-ZIP Unicode extra field, so the two cannot disagree. */
const decodeName = (raw: Buffer): string | null => {
  try {
    return UTF8.decode(raw);
  } catch {
    return null;
  }
};

/**
 * Checks that entries' data regions do not overlap (a classic bomb: many entries
 * pointing at the same compressed bytes) and that each local header agrees with the
 * central directory's name.
 */
const overlapProblems = async (
  zip: ZipFile,
  entries: readonly Entry[],
  names: Map<Entry, string>,
): Promise<PackProblem[]> => {
  const problems: PackProblem[] = [];
  const spans: Array<{ start: number; end: number; name: string }> = [];
  for (const entry of entries) {
    const name = names.get(entry) ?? '?';
    try {
      const header = await zip.readLocalFileHeaderPromise(entry);
      if (!header.fileName.equals(entry.fileNameRaw as unknown as Buffer)) {
        problems.push({ where: name, message: 'local header names a different file than the central directory' });
      }
      spans.push({ start: entry.relativeOffsetOfLocalHeader, end: header.fileDataStart + entry.compressedSize, name });
    } catch (error) {
      problems.push({ where: name, message: `damaged entry (${(error as Error).message})` });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const before = spans[i - 1];
    const span = spans[i];
    if (before && span && span.start < before.end) {
      problems.push({
        where: span.name,
        message: `its data overlaps entry "${before.name}" (overlapping entries, a compression bomb technique)`,
      });
    }
  }
  return problems;
};

const readCentralDirectory = async (file: string, limits: PackLimits): Promise<{ zip: ZipFile; entries: Entry[] }> => {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(file, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: false,
    });
  } catch (error) {
    return refuse(file, `not a valid zip archive (${(error as Error).message})`);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    refuse('pack', `has ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`);
  }
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch (error) {
    zip.close();
    refuse(file, `damaged zip central directory (${(error as Error).message})`);
  }
  return { zip, entries };
};

/** Opens a zip pack and runs every structural check before any entry is inflated. */
export const openZipSource = async (file: string, limits: PackLimits): Promise<PackSource> => {
  const { zip, entries } = await readCentralDirectory(file, limits);
  try {
    const problems: PackProblem[] = [];
    const raws: RawEntry[] = [];
    const names = new Map<Entry, string>();
    const byName = new Map<string, Entry>();
    for (const entry of entries) {
      const name = decodeName(entry.fileNameRaw as unknown as Buffer);
      if (name === null) {
        problems.push({ where: `entry #${raws.length + 1}`, message: 'file name is not valid UTF-8' });
        continue;
      }
      names.set(entry, name);
      const kind = kindOf(entry, name);
      // OS junk (a Finder zip's __MACOSX/ companions) is never inflated: only its name is checked, in checkEntries.
      const inflated = kind === 'file' && !isOsJunk(name);
      if (inflated && entry.isEncrypted()) problems.push({ where: name, message: 'is encrypted' });
      if (inflated && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        problems.push({ where: name, message: `uses unsupported compression method ${entry.compressionMethod}` });
      }
      if (inflated && entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) {
        problems.push({
          where: name,
          message: `declared sizes disagree (stored ${entry.compressedSize} bytes, says ${entry.uncompressedSize})`,
        });
      }
      raws.push({ name, kind, size: entry.uncompressedSize, compressedSize: entry.compressedSize });
      if (kind === 'file') byName.set(name, entry);
    }
    const checked = checkEntries(raws, limits);
    refuseIfAny([...problems, ...checked.problems]);
    refuseIfAny(await overlapProblems(zip, entries, names));
    return {
      kind: 'zip',
      location: file,
      entries: checked.files,
      ignored: checked.ignored,
      open: async (name) => {
        const entry = byName.get(name);
        if (!entry) throw new Error(`${name}: not in the archive`);
        return zip.openReadStreamPromise(entry);
      },
      close: async () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
};

/** True when `file` starts like a zip archive (local header or empty-archive signature). */
export const looksLikeZip = async (file: string): Promise<boolean> => {
  const handle = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.readUInt32LE(0) === 0x04034b50 || head.readUInt32LE(0) === 0x06054b50;
  } finally {
    await handle.close();
  }
};
