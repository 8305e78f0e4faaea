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

/**
 * Where part `n` lives inside the index folder: an unsplit index at its top, each part of a split one in
 * `shard-<n>/`. A part no entry hashes to is not written (Pagefind cannot load an empty index).
 */
export const shardPath = (n: number, shards: number): string => (shards <= 1 ? '' : `shard-${n}/`);

/** The parts that hold at least one of `urls`, in order: what the search page loads and merges. */
export const partsHolding = (urls: readonly string[], shards: number): number[] => [...new Set(urls.map((u) => shardOf(u, shards)))].sort((a, b) => a - b);
