import type { Concept, Taxonomy } from '../../schema/index.ts';
import { stopwords, tokenize } from './tokens.ts';

export interface TopicMatch {
  id: string;
  /** 0–1: how sure the match is; grows with the number and strength of label hits. */
  confidence: number;
  /** The labels that matched, as written in the taxonomy. */
  matched: string[];
}

interface LabelIndex {
  concept: Concept;
  label: string;
  stems: string[];
  weight: number;
  context: Set<string>;
}

/** Stemmed labels of every concept, built once per run. */
export function indexTaxonomy(taxonomy: Taxonomy): LabelIndex[] {
  return taxonomy.topics
    .flatMap((concept) =>
      [{ label: concept.label, weight: 1 }, ...concept.altLabels.map((label) => ({ label, weight: 0.8 }))].map(({ label, weight }) => ({
        concept,
        label,
        weight,
        stems: labelStems(label),
        // The words around a concept (its definition, scope note, other labels), to corroborate a one-word hit.
        context: new Set(
          tokenize(`${concept.definition ?? ''} ${concept.scopeNote ?? ''} ${[concept.label, ...concept.altLabels].join(' ')}`)
            .map((t) => t.stem)
            .filter((s) => !stopwords.has(s) && s.length > 2),
        ),
      })),
    )
    .filter((l) => l.stems.length > 0);
}

/**
 * A label's stems, as a phrase to find: stop words go, except inside a hyphenated compound. "On-call"
 * is the phrase "on call", never the word "call" that "she called me at home" also holds.
 */
function labelStems(label: string): string[] {
  const words = label.split(/\s+/u);
  const stems = words.flatMap((word) => {
    const stems = tokenize(word).map((t) => t.stem);
    return word.includes('-') && stems.length > 1 ? stems : stems.filter((s) => !stopwords.has(s));
  });
  // "New manager" is that phrase, not the word "manager" that "the night manager" also holds.
  return words.length > 1 && stems.length === 1 ? words.flatMap((word) => tokenize(word).map((t) => t.stem)) : stems;
}

/**
 * Scores every concept by how often its labels occur in the passage (stemmed, as whole phrases), keeps
 * the confident ones, and prefers a narrower concept over its broader one. Ids come from the taxonomy
 * only; nothing is invented.
 */
export function matchTopics(text: string, index: readonly LabelIndex[], taxonomy: Taxonomy, max = 3): TopicMatch[] {
  const stems = tokenize(text).map((t) => t.stem);
  const present = new Set(stems);
  const scores = new Map<string, { score: number; matched: Set<string>; evidence: boolean }>();
  for (const l of index) {
    const hits = countPhrase(stems, l.stems);
    if (!hits) continue;
    const s = scores.get(l.concept.id) ?? { score: 0, matched: new Set<string>(), evidence: false };
    // One word is not evidence on its own (a product called "Cash" is not the cash-handling topic): a
    // phrase is, and so is a word with two of the concept's other words around it.
    const corroborated = [...l.context].filter((w) => !l.stems.includes(w) && present.has(w)).length >= 2;
    if (l.stems.length > 1 || corroborated) s.evidence = true;
    // A multi-word label is stronger evidence than one common word ("picking" up litter is not warehouse picking).
    s.score += hits * l.weight * (l.stems.length > 1 ? 1.5 : 0.9);
    s.matched.add(l.label);
    if (s.matched.size > 1) s.evidence = true;
    scores.set(l.concept.id, s);
  }
  const broader = new Map(taxonomy.topics.map((t) => [t.id, t.broader]));
  const ranked = [...scores]
    .filter(([, s]) => s.evidence)
    .map(([id, s]) => ({ id, confidence: round(1 - Math.exp(-s.score / 1.5)), matched: [...s.matched] }))
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  const chosen: TopicMatch[] = [];
  for (const m of ranked) {
    if (chosen.length >= max || m.confidence < 0.45) break;
    const ancestors = ancestorsOf(m.id, broader);
    // Drop a broader concept already implied by a chosen narrower one, and vice versa keep the narrower.
    if (chosen.some((c) => ancestorsOf(c.id, broader).includes(m.id))) continue;
    for (let i = chosen.length - 1; i >= 0; i--) if (ancestors.includes(chosen[i]!.id)) chosen.splice(i, 1);
    chosen.push(m);
  }
  if (chosen.length) return chosen;
  // Nothing confident: the best supported concept, if any, for the reviewer to confirm; else none.
  return ranked.slice(0, 1);
}

function countPhrase(stems: readonly string[], phrase: readonly string[]): number {
  let n = 0;
  outer: for (let i = 0; i + phrase.length <= stems.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (stems[i + j] !== phrase[j]) continue outer;
    n++;
  }
  return n;
}

function ancestorsOf(id: string, broader: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  const queue = [...(broader.get(id) ?? [])];
  while (queue.length) {
    const b = queue.shift()!;
    if (out.includes(b)) continue;
    out.push(b);
    queue.push(...(broader.get(b) ?? []));
  }
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;
