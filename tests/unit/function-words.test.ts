import { describe, expect, it } from 'vitest';
import { isFunctionWord } from '../../src/lib/index/function-words.ts';
import { queryWords, searchable, waitsForPause } from '../../src/lib/index/query.ts';

describe('function words in queries', () => {
  it('are left out of what Pagefind must find, every other word kept in order', () => {
    expect(queryWords('how to handle a difficult customer')).toEqual(['handle', 'difficult', 'customer']);
    expect(searchable("What's the trick with the on-time, in-house fix?")).toBe("What's trick on-time, in-house fix?");
  });
  it('are all kept when the query holds nothing else', () => {
    expect(searchable('how to')).toBe('how to');
    expect(queryWords('   ')).toEqual([]);
  });
  it('do not include words that double as names or acronyms, and are known with either apostrophe', () => {
    expect(isFunctionWord('IT')).toBe(false);
    expect(isFunctionWord('US')).toBe(false);
    expect(isFunctionWord('Don’t')).toBe(true);
    expect(isFunctionWord('The')).toBe(true);
  });
  it('make a query being typed wait for a pause, as one- and two-letter words do', () => {
    // "for" as typed is usually the start of "forklift", and its postings are the biggest part of the index.
    expect(['f', 'fo', 'for', 'how to', 'The', 'how to h', 'pricing a'].filter(waitsForPause)).toEqual([
      'f',
      'fo',
      'for',
      'how to',
      'The',
      'how to h',
      'pricing a',
    ]);
    expect(['fork', 'forklift', 'how to handle', 'HR policy', 'the pre-read', ''].filter(waitsForPause)).toEqual([]);
  });
});
