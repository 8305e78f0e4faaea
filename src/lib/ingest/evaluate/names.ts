/**
 * How redaction did on conversations written to be hard for it (`tests/fixtures/redaction-*`): every
 * written form of every third party's name and contact detail, and the capitalised words that must stay.
 * Counted as occurrences, case-sensitive and as whole words, in what ingest drafted: a name in a passage
 * that became no draft is published nowhere.
 */
import type { PassageResult } from '../pipeline.ts';

/** One conversation's labels. */
export interface NameSet {
  /** The transcript, beside the labels. */
  file: string;
  /** The mentor's speaker label. */
  mentor: string;
  /** Every written form of personal data: names, nicknames, initials, addresses, numbers, handles. */
  mustGo: string[];
  /** Capitalised words and phrases that are not personal data ("Amazing Grace", "Excel", "Monday"). */
  mustStay: string[];
  notes?: string;
}

export interface NameScore {
  /** Occurrences of `mustGo` forms in the drafted passages' words, and those still in a draft. */
  inSource: number;
  surviving: string[];
  /** `mustStay` entries that occur in drafted passages, and those a redaction took. */
  keptListed: number;
  keptRedacted: string[];
}

const whole = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${RegExp.escape(form)}(?![\\p{L}\\p{N}])`, 'gu');

/** Where `form` occurs in `text`, leaving out occurrences inside a phrase that must stay ("Hope" in "Hope is not a strategy"). */
function occurrences(text: string, form: string, stay: readonly string[]): number {
  const inside = stay
    .filter((s) => s !== form && s.includes(form))
    .flatMap((s) => [...text.matchAll(whole(s))].map((m) => [m.index, m.index + s.length] as const));
  return [...text.matchAll(whole(form))].filter((m) => !inside.some(([a, b]) => m.index >= a && m.index < b)).length;
}

/** A draft's words as said, and where in them each redaction was made (asides apart: they drop a sentence, not a word). */
function unredact(p: PassageResult): { text: string; redacted: [number, number][] } {
  let text = '';
  let at = 0;
  const redacted: [number, number][] = [];
  for (const r of p.replacements) {
    const i = p.quote.indexOf(r.placeholder, at);
    if (i < 0) continue;
    text += p.quote.slice(at, i);
    if (r.type !== 'aside') redacted.push([text.length, text.length + r.original.length]);
    text += r.original;
    at = i + r.placeholder.length;
  }
  return { text: text + p.quote.slice(at), redacted };
}

/** Scores one conversation's drafts against its name labels. */
export function scoreNames(gold: NameSet, passages: readonly PassageResult[]): NameScore {
  const drafts = passages.filter((p) => p.text);
  const sources = drafts.map(unredact);
  const source = sources.map((s) => s.text).join('\n\n');
  const drafted = drafts.map((p) => [p.title, p.summary, p.question, p.quote].filter(Boolean).join('\n')).join('\n\n');
  const score: NameScore = { inSource: 0, surviving: [], keptListed: 0, keptRedacted: [] };
  for (const form of new Set(gold.mustGo)) {
    score.inSource += occurrences(source, form, gold.mustStay);
    const left = occurrences(drafted, form, gold.mustStay);
    for (let i = 0; i < left; i++) score.surviving.push(form);
  }
  for (const word of new Set(gold.mustStay)) {
    const found = sources.flatMap((s) => [...s.text.matchAll(whole(word))].map((m) => ({ m, s })));
    if (!found.length) continue;
    score.keptListed++;
    const hit = ({ m, s }: (typeof found)[number]) => s.redacted.some(([a, b]) => a < m.index + word.length && b > m.index);
    if (found.some(hit)) score.keptRedacted.push(word);
  }
  return score;
}
