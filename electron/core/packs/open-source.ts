import fs from 'node:fs';
import path from 'node:path';
import { openDirSource } from './dir-source';
import { refuse } from './pack-problems';
import type { PackLimits, PackSource } from './pack-source';
import { looksLikeZip, openZipSource } from './zip-source';

/** Opens a pack folder or zip by path; refuses anything else with a message staff can act on. */
export const openPackSource = async (location: string, limits: PackLimits): Promise<PackSource> => {
  if (!path.isAbsolute(location)) refuse(location, 'give the absolute path of the pack folder or .zip');
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(location);
  } catch {
    return refuse(location, 'no such file or folder (is the USB stick plugged in?)');
  }
  if (stat.isDirectory()) return openDirSource(location, limits);
  if (!stat.isFile()) return refuse(location, 'is neither a folder nor a file');
  if (!(await looksLikeZip(location))) return refuse(location, 'is not a zip archive');
  return openZipSource(location, limits);
};
