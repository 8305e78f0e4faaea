/** What a detected span is. Each type has its own placeholder (see `placeholders.ts`). */
export type SpanType = 'person' | 'email' | 'phone' | 'address' | 'employee-id' | 'account' | 'link' | 'handle' | 'organization';

/** A stretch of the text, `text === source.slice(start, end)`, that must not be published. */
export interface Span {
  /** Offset of the first character (UTF-16 code units, like `String.prototype.slice`). */
  start: number;
  /** Offset one past the last character. */
  end: number;
  type: SpanType;
  text: string;
  /**
   * For persons: who this is, so that every mention of the same person gets the same placeholder.
   * Known names use `known:<n>` (the n-th known name) or `mentor`; names found in the text use
   * their lower-cased full form.
   */
  key?: string;
  /** Why the detector flagged it (a short rule name), for reviewers and for the evaluation. */
  rule?: string;
}

/** A sentence that is a personal aside (family, health…), to be dropped whole. */
export interface AsideSpan {
  start: number;
  end: number;
  text: string;
  /** The words that made it an aside. */
  rule: string;
}
