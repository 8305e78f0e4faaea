/** The middle value (the upper one of an even count), or 0 for none: a typical size that one outlier does not move. */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}
