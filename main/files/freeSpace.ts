import fs from 'node:fs';

/** Free bytes for this user on the disk holding `dir`, or null when the system cannot tell. */
export type FreeSpace = (dir: string) => number | null;

export const freeSpaceOnDisk: FreeSpace = (dir) => {
  try {
    const stats = fs.statfsSync(dir);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
};

const MIB = 1024 * 1024;

/**
 * What must be free before copying a database of `bytes`: the copy, a tenth more for SQLite's own
 * temporary space and the metadata beside it, and 8 MiB so the disk is not left full to the last byte.
 */
export function spaceNeededForCopy(bytes: number): number {
  return Math.ceil(bytes * 1.1) + 8 * MIB;
}

export const megabytes = (bytes: number) => `${Math.ceil(bytes / MIB)} MB`;
