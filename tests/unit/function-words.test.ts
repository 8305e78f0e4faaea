import { describe, expect, it } from 'vitest';
import { isFunctionWord } from '../../src/lib/index/function-words.ts';
import { queryWords, searchable } from '../../src/lib/index/query.ts';

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
});
