import fs from 'node:fs';

/** Free and total bytes of the file system holding `dir`, as the kiosk user sees them; nulls when it cannot be read. */
export const diskSpace = (dir: string): Readonly<{ free: number | null; total: number | null }> => {
  try {
    const s = fs.statfsSync(dir);
    // bavail, not bfree: blocks reserved for root are not the kiosk's to fill.
    return { free: s.bavail * s.bsize, total: s.blocks * s.bsize };
  } catch {
    return { free: null, total: null };
  }
};

/** Bytes of a SQLite database on disk: the file and its write-ahead log (the WAL holds commits not yet checkpointed). */
export const databaseBytes = (file: string): number =>
  [file, `${file}-wal`].reduce((sum, f) => {
    try {
      return sum + fs.statSync(f).size;
    } catch {
      return sum;
    }
  }, 0);
