import { statSync } from 'node:fs';

/**
 * A file's size, modification and change times in nanoseconds, and inode: what changes when its bytes do.
 * None for a file changed within the last second: file times tick coarsely, so a second edit of the same size
 * in the same tick would leave the stamp as it was (git's "racy" files). Such a file is read every time.
 */
export function statStamp(path: string): string | undefined {
  const s = statSync(path, { bigint: true });
  if (BigInt(Date.now()) * 1_000_000n - s.ctimeNs < racyNs) return undefined;
  return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
}

const racyNs = 1_000_000_000n;
