/**
 * English function words: they carry no topic and appear in nearly every entry. The search client leaves
 * them out of a query, because Pagefind returns only entries that hold every word of it: "how to handle a
 * difficult customer" should find what "handle difficult customer" finds. Words that double as names or
 * acronyms (`it`, `us`, `who`) are kept.
 */
export const functionWords: readonly string[] = `a an the and or but nor of to in on at by for with from as into onto
  about over under up down out off is are was were be been being am do does did doing have has had having
  i you he she we they me him her them my your his its our their mine yours ours theirs myself yourself
  this that these those there here what which when where how why whom whose
  so if then than too very just not no can could would should will shall may might must
  all any some such each every other own same only also because while after before again once both few
  more most yes i'm i've i'd i'll you're you've we're we've they're it's that's there's don't didn't
  doesn't isn't wasn't aren't weren't can't couldn't wouldn't shouldn't won't let's`.split(/\s+/);

const set = new Set(functionWords);

/** Whether a word (any case, either apostrophe) is a function word. */
export const isFunctionWord = (word: string): boolean => set.has(word.toLowerCase().replace(/’/g, "'"));
