import { DataFactory, type Literal } from 'n3';
import { term } from './vocabulary.ts';

/** The taxonomy's language first, then the rest alphabetically: stable output for stable diffs. */
export function sortLabels<T>(labels: Record<string, T>, lang: string): Record<string, T> {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a === lang ? -1 : b === lang ? 1 : a.localeCompare(b))));
}

/** A label as `taxonomy.yaml` writes it: plain text when it is only in the taxonomy's language, else a map by language. */
export const labelValue = (labels: Record<string, string>, lang: string): string | Record<string, string> =>
  Object.keys(labels).length === 1 && labels[lang] !== undefined ? labels[lang] : sortLabels(labels, lang);

/** `dct:created` or `dct:modified` as written: an `xsd:date`, or an `xsd:dateTime` when it carries a time. */
export const dateLiteral = (value: string): Literal => DataFactory.literal(value, DataFactory.namedNode(value.includes('T') ? term.dateTime : term.date));
