import { salient } from '../../taxonomy/suggest/phrases.ts';
import { tokenize } from './tokens.ts';

/**
 * Salient phrases no taxonomy label covers: repeated two- and three-word phrases without stop words,
 * for a knowledge manager to consider as new concepts or synonyms.
 */
export function suggestPhrases(texts: readonly string[], coveredStems: ReadonlySet<string>, max = 10): { phrase: string; count: number }[] {
  const counts = new Map<string, { phrase: string; count: number }>();
  for (const text of texts) {
    // Placeholders ("[a second colleague]") are redaction, not vocabulary; fillers ("you know") are not topics.
    const tokens = tokenize(text.replace(/\\?\[[^\]]*\]/gu, ' | ').replace(/\b(?:you know|i mean|kind of|sort of|a lot|lots of)\b/giu, ' | '));
    for (const n of [2, 3]) {
      for (let i = 0; i + n <= tokens.length; i++) {
        const gram = tokens.slice(i, i + n);
        // The taxonomy's own miner's rule: no quantity ("six hours"), time, function word or adverb.
        if (gram.some((t) => !salient(t.word))) continue;
        if (gram.every((t) => coveredStems.has(t.stem))) continue;
        const key = gram.map((t) => t.stem).join(' ');
        const entry = counts.get(key) ?? { phrase: gram.map((t) => t.word).join(' '), count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
    }
  }
  return [...counts.values()]
    .filter((c) => c.count >= 2)
    .sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase))
    .slice(0, max);
}
