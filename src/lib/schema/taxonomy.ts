import { z } from 'zod';
import { conceptId, shortText, slugId } from './primitives.ts';

/** A topic, shaped like a SKOS concept so it can be exchanged with thesaurus tools. */
export const conceptSchema = z.strictObject({
  /** Stable id used by entries and URLs (`skos:notation`), e.g. `leadership/first-90-days`. */
  id: conceptId,
  /** The preferred label (`skos:prefLabel`). */
  label: shortText(80),
  /** Synonyms people search for (`skos:altLabel`); they find the topic's entries. */
  altLabels: z.array(shortText(80)).default([]),
  /** What the topic covers, in a sentence (`skos:definition`). */
  definition: z.string().trim().optional(),
  /** Ids of broader concepts (`skos:broader`); none for a top concept. */
  broader: z.array(conceptId).default([]),
  /** The people id of the knowledge manager who looks after this topic; inherited by narrower topics. */
  steward: slugId.optional(),
  /** A retired concept (`owl:deprecated`): entries must move to `replacedBy`. */
  deprecated: z.boolean().optional(),
  /** The concept that replaces a deprecated one (`dct:isReplacedBy`). */
  replacedBy: conceptId.optional(),
});
export type Concept = z.infer<typeof conceptSchema>;

/** A career stage: the facet that says who an entry speaks to. */
export const stageSchema = z.strictObject({
  /** Stable id used by entries' `stages`. */
  id: slugId,
  /** The label shown on the site and in search filters. */
  label: shortText(80),
  /** Who is at this stage, in a sentence. */
  definition: z.string().trim().optional(),
});
export type Stage = z.infer<typeof stageSchema>;

/** `content/taxonomy.yaml`: the topics and the career stages. */
export const taxonomySchema = z.strictObject({
  /** The topic concepts, in the order listings show them. */
  topics: z.array(conceptSchema).min(1),
  /** The career stages, youngest first. */
  stages: z.array(stageSchema).default([]),
});
export type Taxonomy = z.infer<typeof taxonomySchema>;
