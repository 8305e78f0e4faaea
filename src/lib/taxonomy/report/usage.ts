import type { Concept, EntryData, Kind, Person } from '../../schema/index.ts';
import { addMonths } from '../../review/months.ts';
import { closestConcepts, type ConceptMatch } from './closest.ts';

/** What one concept is used for, counting every entry in the repository whatever its audience. */
export interface ConceptUsage {
  id: string;
  label: string;
  deprecated: boolean;
  /** Entries tagged with the concept itself. */
  entries: number;
  published: number;
  drafts: number;
  /** Entries tagged with the concept or any narrower one. */
  withNarrower: number;
  /** Distinct mentors of the concept's own entries. */
  mentors: string[];
  kinds: Partial<Record<Kind, number>>;
}

export interface LeaverHeldConcept {
  id: string;
  label: string;
  /** Every mentor behind the concept's entries, each leaving within the horizon (or gone). */
  mentors: { id: string; name: string; leaving: string }[];
}

export interface UnknownTopic {
  id: string;
  /** Entry files that use it. */
  files: string[];
  closest: ConceptMatch[];
}

export interface TaxonomyReport {
  today: string;
  horizonMonths: number;
  concepts: ConceptUsage[];
  /** Live concepts with no entry on them or on any narrower concept. */
  unused: string[];
  /** Concepts whose entries all come from people who leave within the horizon. */
  heldByLeavers: LeaverHeldConcept[];
  /** Topic ids entries use that the taxonomy lacks, with the concepts they most resemble. */
  unknown: UnknownTopic[];
}

export interface ReportInput {
  topics: readonly Concept[];
  entries: readonly { file: string; data: EntryData }[];
  people: ReadonlyMap<string, Person>;
  today: string;
  horizonMonths: number;
  /** A concept and every concept above it (`topicGraph(…).ancestorsOf`). */
  ancestorsOf(id: string): string[];
}

/** The knowledge manager's view of the taxonomy: what is used, by whom, and what is missing. */
export function taxonomyReport(input: ReportInput): TaxonomyReport {
  const known = new Map(input.topics.map((t) => [t.id, t]));
  const usage = new Map<string, ConceptUsage>(
    input.topics.map((t) => [
      t.id,
      { id: t.id, label: t.label, deprecated: Boolean(t.deprecated), entries: 0, published: 0, drafts: 0, withNarrower: 0, mentors: [], kinds: {} },
    ]),
  );
  const unknown = new Map<string, string[]>();
  for (const { file, data } of input.entries) {
    for (const id of data.topics) {
      const u = usage.get(id);
      if (!u) {
        (unknown.get(id) ?? unknown.set(id, []).get(id)!).push(file);
        continue;
      }
      u.entries++;
      if (data.status === 'published') u.published++;
      if (data.status === 'draft') u.drafts++;
      if (!u.mentors.includes(data.mentor)) u.mentors.push(data.mentor);
      u.kinds[data.kind] = (u.kinds[data.kind] ?? 0) + 1;
    }
    for (const id of new Set(data.topics.filter((t) => known.has(t)).flatMap((t) => input.ancestorsOf(t)))) {
      const u = usage.get(id);
      if (u) u.withNarrower++;
    }
  }
  const horizon = addMonths(input.today, input.horizonMonths);
  const heldByLeavers = [...usage.values()].flatMap((u): LeaverHeldConcept[] => {
    if (!u.mentors.length || u.deprecated) return [];
    const mentors = u.mentors.map((id) => ({ id, person: input.people.get(id) }));
    if (!mentors.every((m) => m.person?.leaving && m.person.leaving <= horizon)) return [];
    return [{ id: u.id, label: u.label, mentors: mentors.map((m) => ({ id: m.id, name: m.person!.name, leaving: m.person!.leaving! })) }];
  });
  return {
    today: input.today,
    horizonMonths: input.horizonMonths,
    concepts: [...usage.values()],
    unused: [...usage.values()].filter((u) => !u.deprecated && u.withNarrower === 0).map((u) => u.id),
    heldByLeavers,
    unknown: [...unknown].sort(([a], [b]) => a.localeCompare(b)).map(([id, files]) => ({ id, files, closest: closestConcepts(id, input.topics) })),
  };
}
