import { readFileSync } from 'node:fs';
import { parseAdviceTsv } from './advice-data.ts';
import { isAdvice } from './advice.ts';
import { scores } from '../../text/index.ts';

/** Sentence-level precision, recall and F1 of `isAdvice`, with `n` the number of sentences scored. */
export interface AdviceScores {
  precision: number;
  recall: number;
  f1: number;
  n: number;
}

/**
 * Scores `isAdvice` against the DS_Label column of an Advice-EMNLP2020 TSV (needadvice_test.tsv,
 * askparents_test.tsv). Sentences are detokenised first, as transcripts are never spaCy-tokenised.
 */
export function evaluateAdvice(tsvPath: string): AdviceScores {
  const rows = parseAdviceTsv(readFileSync(tsvPath, 'utf8'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const predicted = isAdvice(row.sentence);
    if (predicted && row.advice) tp++;
    else if (predicted) fp++;
    else if (row.advice) fn++;
  }
  return { ...scores({ truePositives: tp, predicted: tp + fp, expected: tp + fn }), n: rows.length };
}
