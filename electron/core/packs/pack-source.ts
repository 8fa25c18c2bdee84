import type { Readable } from 'node:stream';
import type { Settings } from '../settings';

/** The limits a pack must stay within (settings.packLimits). */
export type PackLimits = Settings['packLimits'];

/** A regular file inside a pack source, after the structural checks passed. */
export type SourceEntry = Readonly<{
  /** Pack-relative path with forward slashes, exactly as the archive or folder names it. */
  name: string;
  /** Size in bytes as the archive declares it (zip) or the file system reports it (folder). */
  size: number;
}>;

/**
 * A pack to read, either a folder or a zip. Opening one runs every structural
 * check (names, types, counts, sizes, bombs) and throws a PackRefusal on the first batch of problems.
 */
export type PackSource = Readonly<{
  kind: 'folder' | 'zip';
  /** Absolute path of the folder or zip, for messages. */
  location: string;
  /** Every regular file, sorted by name; directories are not listed. */
  entries: readonly SourceEntry[];
  /** OS junk files skipped (.DS_Store, ._*, __MACOSX/…, Thumbs.db, desktop.ini), for reports. */
  ignored?: readonly string[];
  /**
   * Streams a file's bytes. The reader must stop (and destroy the stream) once more
   * bytes arrive than expected: a zip entry may lie about its size.
   */
  open(name: string): Promise<Readable>;
  close(): Promise<void>;
}>;
