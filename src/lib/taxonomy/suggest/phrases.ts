import { stopwords, tokenize } from '../../ingest/tag/tokens.ts';
import type { Concept } from '../../schema/index.ts';

/**
 * Words that make a phrase about quantity, time or the speaker rather than about a subject: numbers, units
 * of time, and the function words the ingest stop list leaves in.
 */
const unsalient = new Set(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
  hundred thousand million half second third quarter minute minutes hour hours week weeks month months morning evening
  night tonight today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday within without across
  around toward towards upon among unless whether though although since ever every often always never nobody somebody
  everyone everybody anyone anything everything nothing worse better best worst enough almost already`.split(/\s+/),
);

/** A word a suggested concept's label could be made of: not a number, a unit of time, a function word or an adverb. */
export const salient = (word: string) =>
  word.length >= 3 && !/^\d/.test(word) && !/['’]/.test(word) && !word.endsWith('ly') && !stopwords.has(word) && !unsalient.has(word);

/** One entry's text and tags, as the miner sees it. */
export interface MinedEntry {
  slug: string;
  topics: readonly string[];
  text: string;
}

export interface Candidate {
  /** The phrase as it most often appears. */
  phrase: string;
  /** Entries that use it. */
  entries: string[];
  /** `synonym` when most of those entries share a topic: the phrase is likely another name for it. */
  suggestion: { type: 'synonym'; of: string; label: string } | { type: 'concept' };
  /** Higher is more worth a person's look: frequent in a few entries, rare in the rest. */
  score: number;
}

export interface SuggestOptions {
  /** A phrase must appear in at least this many entries. */
  minEntries?: number;
  /** At most this many candidates. */
  limit?: number;
}

/**
 * Frequent, salient two- and three-word phrases that no label, synonym or hidden label covers, mined from
 * entry texts. A person decides: add a concept, add a synonym, or ignore. Phrases in more than a third of
 * all entries are too general to name a topic and are skipped.
 */
export function suggestCandidates(entries: readonly MinedEntry[], topics: readonly Concept[], options: SuggestOptions = {}): Candidate[] {
  const covered = new Set(
    topics.flatMap((t) => [t.label, ...Object.values(t.labels), ...t.altLabels, ...t.hiddenLabels]).flatMap((l) => tokenize(l).map((w) => w.stem)),
  );
  const labelOf = new Map(topics.map((t) => [t.id, t.label]));
  const found = new Map<string, { forms: Map<string, number>; entries: Set<string> }>();
  const topicsOf = new Map(entries.map((e) => [e.slug, e.topics]));
  for (const entry of entries) {
    const tokens = tokenize(entry.text);
    for (const n of [2, 3]) {
      for (let i = 0; i + n <= tokens.length; i++) {
        const gram = tokens.slice(i, i + n);
        if (!gram.every((t) => salient(t.word))) continue;
        if (gram.every((t) => covered.has(t.stem))) continue;
        const key = gram.map((t) => t.stem).join(' ');
        const form = gram.map((t) => t.word).join(' ');
        const hit = found.get(key) ?? found.set(key, { forms: new Map(), entries: new Set() }).get(key)!;
        hit.forms.set(form, (hit.forms.get(form) ?? 0) + 1);
        hit.entries.add(entry.slug);
      }
    }
  }
  const minEntries = options.minEntries ?? 2;
  const total = entries.length;
  const candidates = [...found.values()]
    .filter((f) => f.entries.size >= minEntries && f.entries.size <= Math.max(minEntries, total / 3))
    .map((f): Candidate => {
      const slugs = [...f.entries].sort();
      const phrase = [...f.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      return {
        phrase,
        entries: slugs,
        suggestion: sharedTopic(slugs, topicsOf, labelOf),
        score: Math.round(slugs.length * Math.log((total + 1) / slugs.length) * 100) / 100,
      };
    });
  return dropContained(candidates.sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase))).slice(0, options.limit ?? 25);
}

/** The topic at least two thirds of the entries carry, if there is one. */
function sharedTopic(
  slugs: readonly string[],
  topicsOf: ReadonlyMap<string, readonly string[]>,
  labelOf: ReadonlyMap<string, string>,
): Candidate['suggestion'] {
  const counts = new Map<string, number>();
  for (const s of slugs) for (const t of topicsOf.get(s) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return top && labelOf.has(top[0]) && top[1] >= (2 / 3) * slugs.length ? { type: 'synonym', of: top[0], label: labelOf.get(top[0])! } : { type: 'concept' };
}

/** "walk away price" makes "walk away" redundant when both come from the same entries. */
function dropContained(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => !candidates.some((o) => o !== c && o.phrase.includes(c.phrase) && o.entries.length === c.entries.length));
}
