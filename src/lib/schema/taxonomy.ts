import { z } from 'zod';
import { conceptId, shortText, slugId } from './primitives.ts';

/** A BCP 47 language tag such as `en`, `fr` or `pt-BR`. */
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
  error: 'expected a language tag such as `en`, `fr` or `pt-BR`',
});

/** A label: one string in the taxonomy's language, or one string per language. */
const labelInput = z.union([shortText(80), z.record(languageTag, shortText(80))], {
  error: 'expected a label, or a map of labels by language such as `{ en: Hiring, fr: Recrutement }`',
});

/** A topic, shaped like a SKOS concept so it can be exchanged with thesaurus tools. */
export const conceptSchema = z.strictObject({
  /** Stable id used by entries and URLs (`skos:notation`), e.g. `leadership/first-90-days`. */
  id: conceptId,
  /** The preferred label (`skos:prefLabel`): a string in the taxonomy's `language`, or one per language. */
  label: labelInput,
  /** Synonyms people search for (`skos:altLabel`); they find the topic's entries and are shown on its page. */
  altLabels: z.array(shortText(80)).default([]),
  /** Misspellings and acronyms (`skos:hiddenLabel`): they find the topic's entries but are never shown. */
  hiddenLabels: z.array(shortText(80)).default([]),
  /** What the topic covers, in a sentence (`skos:definition`). */
  definition: z.string().trim().optional(),
  /** What belongs here and what does not (`skos:scopeNote`), shown on the topic page. */
  scopeNote: z.string().trim().optional(),
  /** Ids of broader concepts (`skos:broader`); none for a top concept. */
  broader: z.array(conceptId).default([]),
  /** Ids of associated concepts that are neither broader nor narrower (`skos:related`); symmetric. */
  related: z.array(conceptId).default([]),
  /** The people id of the knowledge manager who looks after this topic; inherited by narrower topics. */
  steward: slugId.optional(),
  /** A retired concept (`owl:deprecated`): entries must move to `replacedBy`. */
  deprecated: z.boolean().optional(),
  /** The concept that replaces a deprecated one (`dct:isReplacedBy`); its old URL redirects there. */
  replacedBy: conceptId.optional(),
});
/** A concept as written in `taxonomy.yaml`. */
export type ConceptInput = z.infer<typeof conceptSchema>;
/** A concept as the rest of Tacit sees it: `label` in the taxonomy's language, every language in `labels`. */
export type Concept = Omit<ConceptInput, 'label'> & { label: string; labels: Record<string, string> };

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

/** `content/taxonomy.yaml`: the topics and the facet vocabularies. */
export const taxonomySchema = z
  .strictObject({
    /** The language of labels written as plain strings, of `altLabels`, `hiddenLabels` and notes. */
    language: languageTag.default('en'),
    /** The concept scheme's URI (`skos:ConceptScheme`), used as the base of concept URIs on export. */
    scheme: z.url({ error: 'expected an absolute URI such as `https://example.org/taxonomy/`' }).optional(),
    /** The topic concepts, in the order listings show them. */
    topics: z.array(conceptSchema).min(1),
    /** The career stages (a facet vocabulary), youngest first. */
    stages: z.array(stageSchema).default([]),
  })
  .superRefine((t, ctx) => {
    t.topics.forEach((c, i) => {
      if (typeof c.label === 'object' && !(t.language in c.label)) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', i, 'label'],
          message: `has no label in the taxonomy's language \`${t.language}\`; add \`${t.language}: …\``,
        });
      }
    });
  })
  .transform((t) => ({ ...t, topics: t.topics.map((c): Concept => normalizeLabel(c, t.language)) }));
export type Taxonomy = z.infer<typeof taxonomySchema>;

function normalizeLabel(c: ConceptInput, language: string): Concept {
  const labels = typeof c.label === 'string' ? { [language]: c.label } : c.label;
  return { ...c, label: labels[language] ?? Object.values(labels)[0]!, labels };
}

/** An empty taxonomy, for when the file is missing or unreadable. */
export const emptyTaxonomy = (): Taxonomy => ({ language: 'en', topics: [], stages: [] });
