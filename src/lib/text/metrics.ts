/** Precision, recall and F1, as every evaluation in Tacit reports them. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Scores from counts. `found` is how many expected items were found (the true positives, unless items are
 * matched one-to-many, as redaction spans are). With nothing predicted, precision is 1 only when there
 * was nothing to find; with nothing to find, recall is 1.
 */
export function scores(counts: { truePositives: number; predicted: number; expected: number; found?: number }): Scores {
  const { truePositives, predicted, expected } = counts;
  const found = counts.found ?? truePositives;
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : truePositives / predicted;
  const recall = expected === 0 ? 1 : found / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
