import { describe, expect, it } from 'vitest';
import { isFunctionWord, withoutFunctionWords } from '../../src/lib/index/function-words.ts';

describe('function words in indexed bodies', () => {
  it('leaves them out and keeps every other word in order', () => {
    expect(withoutFunctionWords("The forklift at the dock wasn't the problem; it was the schedule.")).toBe(' forklift dock problem; it schedule.');
    expect(withoutFunctionWords('Theory of the firm: andon cords, therefore')).toBe('Theory firm: andon cords, therefore');
    expect(withoutFunctionWords('An on-time, in-house fix')).toBe(' on-time, in-house fix');
  });
  it('keeps words that double as names or acronyms, and knows either apostrophe', () => {
    expect(isFunctionWord('IT')).toBe(false);
    expect(isFunctionWord('US')).toBe(false);
    expect(isFunctionWord('Don’t')).toBe(true);
    expect(isFunctionWord('The')).toBe(true);
  });
});
