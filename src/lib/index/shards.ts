/**
 * Which part of a split search index an entry's record goes to: FNV-1a of its URL, so an entry stays in
 * its part from build to build however the others change, and parts fill evenly.
 */
export function shardOf(url: string, shards: number): number {
  if (shards <= 1) return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    hash ^= url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** Where part `n` of the index lives inside the index folder: the first part at its top, as an unsplit index. */
export const shardPath = (n: number): string => (n === 0 ? '' : `shard-${n}/`);
