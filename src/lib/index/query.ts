import { isFunctionWord } from './function-words.ts';

/**
 * The words of a query that Pagefind should require: every word but function words. A query of
 * function words alone keeps them all, so "how to" still searches something.
 */
export function queryWords(term: string): string[] {
  const words = term.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !isFunctionWord(bare(w)));
  return kept.length ? kept : words;
}

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '');

/**
 * Whether a query being typed should wait until typing pauses rather than search at once: when the word
 * being typed is one or two letters (such a prefix matches most of a large index), or when the query is
 * function words alone. A function word's postings are the largest part of the index (at 8,000 entries
 * "for" alone is a 129 KB chunk), and as it is typed it is usually the start of a longer word ("for" of
 * "forklift"). A query that waits still searches once typing stops.
 */
export function waitsForPause(term: string): boolean {
  const words = term.split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  return bare(words.at(-1)!).length < 3 || words.every((w) => isFunctionWord(bare(w)));
}

/** The query as the search client sends it to Pagefind. */
export const searchable = (term: string): string => queryWords(term).join(' ');
