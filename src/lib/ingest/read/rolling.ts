/**
 * YouTube's automatic captions roll: each cue shows the previous line again above the new one, and a 10 ms cue
 * between them repeats the finished line. Reading every cue would say each line two or three times. This drops
 * the longest run of leading lines of each cue that repeats the trailing lines of the cue before it.
 */
export function dropRolledLines(cues: readonly (readonly string[])[]): string[][] {
  let previous: readonly string[] = [];
  return cues.map((lines) => {
    const overlap = longestOverlap(previous, lines);
    previous = lines;
    return lines.slice(overlap);
  });
}

function longestOverlap(before: readonly string[], after: readonly string[]): number {
  for (let k = Math.min(before.length, after.length); k > 0; k--) {
    const tail = before.slice(before.length - k);
    if (tail.every((line, i) => line === after[i])) return k;
  }
  return 0;
}
