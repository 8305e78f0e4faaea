/** Levenshtein distance, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo; also matches on the last path segment. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const tail = c.slice(c.lastIndexOf('/') + 1);
    const score = Math.min(distance(value, c), value === tail ? 0.5 : distance(value, tail) + 1);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

export const didYouMean = (value: string, candidates: Iterable<string>): string => {
  const hit = closest(value, candidates);
  return hit ? ` Did you mean \`${hit}\`?` : '';
};
