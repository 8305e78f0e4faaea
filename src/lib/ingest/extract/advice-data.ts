import { detokenise } from './advice-features.ts';

/** One labelled sentence of the Advice-EMNLP2020 corpus, detokenised. */
export interface AdviceRow {
  id: string;
  sentence: string;
  /** The Dawid-Skene label: true when annotators judged the sentence to be advice. */
  advice: boolean;
}

/**
 * Parse a needadvice / askparents TSV. Fields that contain quotes are wrapped in double quotes with
 * inner quotes doubled (CSV rules, tab separated), so a plain split on tabs would leave stray quotes.
 */
export function parseAdviceTsv(text: string): AdviceRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = splitTsvLine(lines[0] ?? '');
  const idCol = header.indexOf('ID');
  const labelCol = header.indexOf('DS_Label');
  const sentenceCol = header.indexOf('Sentence');
  if (idCol < 0 || labelCol < 0 || sentenceCol < 0) {
    throw new Error(`advice TSV needs ID, DS_Label and Sentence columns; found ${header.join(', ')}`);
  }
  return lines.slice(1).map((line) => {
    const cells = splitTsvLine(line);
    return {
      id: cells[idCol] ?? '',
      sentence: detokenise(cells[sentenceCol] ?? ''),
      advice: (cells[labelCol] ?? '').trim() === '1',
    };
  });
}

function splitTsvLine(line: string): string[] {
  return line.split('\t').map((cell) => (cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell));
}
