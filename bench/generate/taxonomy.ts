import type { Random } from './random.ts';
import { areas, qualifiers, stages } from './words.ts';

/** A concept as written to taxonomy.yaml (every SKOS field the schema knows, only where set). */
export interface GeneratedConcept {
  id: string;
  label: string;
  altLabels: string[];
  hiddenLabels?: string[];
  definition: string;
  scopeNote?: string;
  broader?: string[];
  related?: string[];
  steward?: string;
  /** Generator bookkeeping, not written: the area's nouns and the concept's depth. */
  area: string;
  depth: number;
}

export const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A plausible misspelling: one interior letter of the longest word dropped. */
function misspell(label: string): string {
  const words = label.toLowerCase().split(/\s+/);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 6) return '';
  const at = Math.floor(longest.length / 2);
  return words.map((w) => (w === longest ? w.slice(0, at) + w.slice(at + 1) : w)).join(' ');
}

/**
 * A three-level taxonomy: 10 areas, 6 subjects each, and `perSubject` qualified subjects under each
 * (10 + 60 + 60 × perSubject concepts). Labels, altLabels and hiddenLabels are unique across concepts.
 */
export function generateTaxonomy(random: Random, stewards: readonly string[], perSubject = 5): { topics: GeneratedConcept[]; stages: typeof stages } {
  const used = new Set<string>();
  const claim = (label: string): boolean => {
    const key = label.toLowerCase();
    if (!label || used.has(key)) return false;
    used.add(key);
    return true;
  };
  const topics: GeneratedConcept[] = [];
  const withHidden = (c: GeneratedConcept): GeneratedConcept => {
    if (random.chance(0.3)) {
      const typo = misspell(c.label);
      if (typo && claim(typo)) c.hiddenLabels = [typo];
    }
    return c;
  };

  for (const area of areas) {
    claim(area.label);
    topics.push(
      withHidden({
        id: area.id,
        label: area.label,
        altLabels: area.altLabels.filter(claim),
        definition: area.definition,
        steward: random.pick(stewards),
        area: area.id,
        depth: 0,
      }),
    );
    for (const subject of area.subjects) {
      const subjectId = `${area.id}/${slug(subject.label)}`;
      claim(subject.label);
      const concept: GeneratedConcept = {
        id: subjectId,
        label: subject.label,
        altLabels: subject.altLabels.filter(claim),
        definition: `${subject.label} in ${area.label.toLowerCase()}: what experienced people do differently, and what they learned the hard way.`,
        broader: [area.id],
        area: area.id,
        depth: 1,
      };
      if (random.chance(0.25))
        concept.scopeNote = `Covers ${subject.label.toLowerCase()} as practised day to day; for the formal policy, see the ${area.label.toLowerCase()} handbook.`;
      topics.push(withHidden(concept));
      for (const q of random.sample(qualifiers, perSubject)) {
        const label = `${q.label} ${subject.label.toLowerCase()}`;
        if (!claim(label)) continue;
        const alt = q.synonyms.map((s) => `${s} ${subject.label.toLowerCase()}`).filter(claim);
        const narrow: GeneratedConcept = {
          id: `${subjectId}/${slug(q.label)}`,
          label,
          altLabels: alt,
          definition: `${subject.label} when the work is ${q.synonyms[0]}: the same principles, with different constraints.`,
          broader: [subjectId],
          area: area.id,
          depth: 2,
        };
        if (random.chance(0.1)) narrow.scopeNote = `Only ${q.label.toLowerCase()} situations; general advice belongs under ${subject.label}.`;
        topics.push(withHidden(narrow));
      }
    }
  }

  // `related` links second-level concepts across areas, written on both sides (SKOS says it is symmetric).
  const subjects = topics.filter((t) => t.depth === 1);
  for (const a of subjects) {
    if (!random.chance(0.2)) continue;
    const b = random.pick(subjects.filter((s) => s.area !== a.area));
    if (a.related?.includes(b.id)) continue;
    (a.related ??= []).push(b.id);
    (b.related ??= []).push(a.id);
  }
  return { topics, stages };
}

/** The taxonomy as the YAML Tacit reads, without the generator's bookkeeping fields. */
export function taxonomyDocument(t: { topics: GeneratedConcept[]; stages: typeof stages }): unknown {
  return {
    topics: t.topics.map(({ area: _area, depth: _depth, ...c }) => c),
    stages: t.stages,
  };
}
