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

/**
 * The parts written for these record URLs, in order: what the index stage writes and the search page loads
 * (the first) and merges (the rest). A part no entry hashes to is not written, as Pagefind cannot merge an
 * empty index; with no records at all, part 0 is written empty, as an unsplit index is, so the page has an
 * index to load.
 */
export const partsWritten = (urls: readonly string[], shards: number): number[] =>
  shards <= 1 || !urls.length ? [0] : [...new Set(urls.map((u) => shardOf(u, shards)))].sort((a, b) => a - b);
