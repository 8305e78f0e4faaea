import { stopwords, tokenize } from '../tag/tokens.ts';

/** Words either side of a break that are compared: under a minute of talk. */
const window = 120;

/** A text's words as stems of content words, in order; a word that says nothing of a subject is `''`. */
export const contentStems = (text: string): string[] => tokenize(text).map((t) => (stopwords.has(t.word) || t.word.length < 4 ? '' : t.stem));

/**
 * How much vocabulary the talk before a break shares with the talk after it (cosine of stem counts, 0–1),
 * over the last and first `window` words: lexical cohesion, as TextTiling measures it.
 */
export function cohesion(before: readonly string[], after: readonly string[]): number {
  const a = counts(before.slice(-window));
  const b = counts(after.slice(0, window));
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function counts(stems: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of stems) if (s) out.set(s, (out.get(s) ?? 0) + 1);
  return out;
}
