import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** A small tmpfs mounted on `dir`: a file system that really fills (ENOSPC), unlike /tmp on a big disk. */
export type Mounted = { mounted: true; unmount(): void } | { mounted: false; why: string };

/** Mounts a `sizeMiB` tmpfs on `dir` (root only; CI runs as root). Says why when it cannot. */
export const mountTmpfs = (dir: string, sizeMiB: number): Mounted => {
  if (process.getuid?.() !== 0)
    return { mounted: false, why: `not root (uid ${process.getuid?.() ?? 'n/a'}): mount -t tmpfs needs root` };
  fs.mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMiB}m,mode=0700`, 'tmpfs', dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { mounted: false, why: `mount refused: ${stderr || (error as Error).message}` };
  }
  return {
    mounted: true,
    // Lazy: a process still holding a file there (a killed host's leftovers) must not keep the mount.
    unmount: () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }),
  };
};

/**
 * Writes `file` until the file system refuses (ENOSPC): 1 MiB chunks, then
 * 4 KiB ones for the last pages. Returns the bytes written; deleting the file frees them.
 */
export const fillWithBallast = (file: string): number => {
  const fd = fs.openSync(file, 'w', 0o600);
  let bytes = 0;
  try {
    for (const chunk of [Buffer.alloc(1 << 20, 0x61), Buffer.alloc(4096, 0x61)]) {
      for (;;) {
        try {
          bytes += fs.writeSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
};
