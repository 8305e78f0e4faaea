import { isFunctionWord } from './function-words.ts';

/**
 * The words of a query that Pagefind should require: every word but function words. A query of
 * function words alone keeps them all, so "how to" still searches something.
 */
export function queryWords(term: string): string[] {
  const words = term.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !isFunctionWord(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '')));
  return kept.length ? kept : words;
}

/** The query as the search client sends it to Pagefind. */
export const searchable = (term: string): string => queryWords(term).join(' ');
