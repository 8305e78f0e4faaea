/**
 * How the search client asks Pagefind to rank, in one place so the site and the tests rank alike.
 * Pagefind 1.5+ searches an entry's meta fields as well as its body; a match in a field adds that
 * field's weight on top of the body's BM25 score. A query word in an entry's title or its topics says far
 * more about what the entry is for than the same word somewhere in a long story.
 */
export const searchOptions = {
  ranking: {
    metaWeights: {
      /** The entry's title: the lesson in a line. */
      title: 6,
      /** The labels of the entry's own topics. */
      topics: 5,
      /** Synonyms of those topics and the labels of the topics above them: found, but not shown. */
      also: 3,
      /** The one-sentence summary. */
      summary: 2.5,
      /** The kind (`Story`) and who said it match, but say little about relevance. */
      kind: 0.5,
      attribution: 1,
    },
  },
  /** Words of body around the best match, shown highlighted under each result. */
  excerptLength: 26,
} as const;
