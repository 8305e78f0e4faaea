import { z } from 'zod';
import { conceptId, shortText, slugId } from './primitives.ts';

/** A BCP 47 language tag such as `en`, `fr` or `pt-BR`. */
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
  error: 'expected a language tag such as `en`, `fr` or `pt-BR`',
});

/** Labels in the taxonomy's language, or a list per language (`{ en: [hire], fr: [embauche] }`). */
// Synonyms may run longer than a preferred label: thesauri keep whole phrases as entry terms.
const labelsInput = z.union([z.array(shortText(200)), z.record(languageTag, z.array(shortText(200)))], {
  error: 'expected a list of labels, or lists by language such as `{ en: [recruiting], fr: [recrutement] }`',
});
/** A note in the taxonomy's language, or per language one note or several (as thesauri sometimes have). */
const noteInput = z.union([z.string().trim(), z.record(languageTag, z.union([z.string().trim(), z.array(z.string().trim()).min(1)]))], {
  error: 'expected a text, or texts by language such as `{ en: …, fr: … }`',
});

/** A label: one string in the taxonomy's language, or one string per language. */
const labelInput = z.union([shortText(120), z.record(languageTag, shortText(120))], {
  error: 'expected a label, or a map of labels by language such as `{ en: Hiring, fr: Recrutement }`',
});

/** When a concept was created or changed: a date (`2019-12-15`) or an XML Schema date-time, kept as written. */
const changeDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/, {
  error: 'expected a date such as `2019-12-15` or a date-time such as `2019-12-15T13:26:49Z`',
});

/** A topic, shaped like a SKOS concept so it can be exchanged with thesaurus tools. */
export const conceptSchema = z.strictObject({
  /** Stable id used by entries and URLs (exported as `tacit:id`), e.g. `leadership/first-90-days`. */
  id: conceptId,
  /**
   * The concept's URI, by which other vocabularies and tools know it; kept from an import and exported
   * unchanged. Without one, export mints `<scheme><id>`.
   */
  uri: z.url({ error: 'expected an absolute URI such as `http://vocabularies.unesco.org/thesaurus/concept10`' }).optional(),
  /** The vocabulary's own codes for the concept (`skos:notation`), kept as they are. */
  notations: z.array(z.string().trim().min(1)).default([]),
  /** When the concept was created (`dct:created`). */
  created: changeDate.optional(),
  /** When the concept last changed (`dct:modified`). */
  modified: changeDate.optional(),
  /** The preferred label (`skos:prefLabel`): a string in the taxonomy's `language`, or one per language. */
  label: labelInput,
  /** Synonyms people search for (`skos:altLabel`); they find the topic's entries and are shown on its page. Per language, or in the taxonomy's. */
  altLabels: labelsInput.default([]),
  /** Misspellings and acronyms (`skos:hiddenLabel`): they find the topic's entries but are never shown. Per language, or in the taxonomy's. */
  hiddenLabels: labelsInput.default([]),
  /** What the topic covers, in a sentence (`skos:definition`); per language, or in the taxonomy's. */
  definition: noteInput.optional(),
  /** What belongs here and what does not (`skos:scopeNote`), shown on the topic page; per language, or in the taxonomy's. */
  scopeNote: noteInput.optional(),
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
/** A concept's synonyms in a language other than the taxonomy's. */
export interface Translation {
  altLabels: string[];
  hiddenLabels: string[];
}
/**
 * A concept as the rest of Tacit sees it: labels and notes in the taxonomy's language, the preferred label
 * in every language in `labels`, and the other languages' synonyms and notes in `translations`.
 */
export type Concept = Omit<ConceptInput, 'label' | 'altLabels' | 'hiddenLabels' | 'definition' | 'scopeNote'> & {
  label: string;
  labels: Record<string, string>;
  altLabels: string[];
  hiddenLabels: string[];
  /** The definition and scope note in the taxonomy's language, several notes joined into paragraphs. */
  definition?: string | undefined;
  scopeNote?: string | undefined;
  translations?: Record<string, Translation> | undefined;
  /** Every language's notes, one string per note, when they were written per language. */
  notes?: { definition: Record<string, string[]>; scopeNote: Record<string, string[]> } | undefined;
};

/**
 * A group of topics (`skos:Collection`): a thesaurus's microthesaurus or domain, an ISO 25964 concept
 * group, or any set a knowledge manager wants to name. Shown on its topics' pages as "Part of", and a
 * search filter when `facet` says so.
 */
export const collectionSchema = z.strictObject({
  /** Its id in this file, which other collections' `memberGroups`, `superGroups` and `subGroups` use. */
  id: slugId,
  /** Its URI; kept from an import and exported unchanged. Without one, export mints `<scheme>_collections/<id>`. */
  uri: z.url({ error: 'expected an absolute URI such as `http://vocabularies.unesco.org/thesaurus/mt6.80`' }).optional(),
  /** Its name (`skos:prefLabel`): a string in the taxonomy's language, or one per language. */
  label: labelInput,
  /** Other names (`skos:altLabel`): a list in the taxonomy's language, or lists by language. */
  altLabels: labelsInput.default([]),
  /** Classes it belongs to besides `skos:Collection`, as full URIs (e.g. ISO 25964's `ConceptGroup`). */
  types: z.array(z.url()).default([]),
  /** Its codes (`skos:notation`), e.g. UNESCO's `6.80`. */
  notations: z.array(z.string().trim().min(1)).default([]),
  /** Topic ids of its members (`skos:member`); in that order when `ordered`. */
  members: z.array(conceptId).default([]),
  /** Collections that are members of it (`skos:member`). */
  memberGroups: z.array(slugId).default([]),
  /** Members in a meaningful order (`skos:OrderedCollection`, `skos:memberList`). */
  ordered: z.boolean().default(false),
  /** Groups above and below it (ISO 25964's `superGroup` and `subGroup`), as written. */
  superGroups: z.array(slugId).default([]),
  subGroups: z.array(slugId).default([]),
  /** When it was created and last changed (`dct:created`, `dct:modified`). */
  created: changeDate.optional(),
  modified: changeDate.optional(),
  /** Offer it as a search filter ("Collection") for the entries of its topics. */
  facet: z.boolean().default(false),
});
export type CollectionInput = z.infer<typeof collectionSchema>;
/** A collection as the rest of Tacit sees it: `label` in the taxonomy's language, every language in `labels`. */
export type Collection = Omit<CollectionInput, 'label'> & { label: string; labels: Record<string, string> };

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
    /** Groups of topics (`skos:Collection`), in the order listings show them. */
    collections: z.array(collectionSchema).default([]),
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
  .transform((t) => ({
    ...t,
    topics: t.topics.map((c): Concept => normalizeLabel(c, t.language)),
    collections: t.collections.map((c): Collection => {
      const labels = typeof c.label === 'string' ? { [t.language]: c.label } : c.label;
      return { ...c, label: labels[t.language] ?? Object.values(labels)[0]!, labels };
    }),
  }));
export type Taxonomy = z.infer<typeof taxonomySchema>;

function normalizeLabel(c: ConceptInput, language: string): Concept {
  const labels = typeof c.label === 'string' ? { [language]: c.label } : c.label;
  const perLanguage = <T>(value: T | Record<string, T> | undefined, plain: (v: unknown) => v is T): Record<string, T> =>
    value === undefined ? {} : plain(value) ? { [language]: value } : (value as Record<string, T>);
  const alt = perLanguage(c.altLabels, Array.isArray);
  const hidden = perLanguage(c.hiddenLabels, Array.isArray);
  const parts = (v: ConceptInput['definition']): Record<string, string[]> =>
    v === undefined
      ? {}
      : typeof v === 'string'
        ? { [language]: [v] }
        : Object.fromEntries(Object.entries(v).map(([l, n]) => [l, typeof n === 'string' ? [n] : n]));
  const definition = parts(c.definition);
  const scopeNote = parts(c.scopeNote);
  const translations: Record<string, Translation> = {};
  for (const lang of new Set([...Object.keys(alt), ...Object.keys(hidden)])) {
    if (lang !== language) translations[lang] = { altLabels: alt[lang] ?? [], hiddenLabels: hidden[lang] ?? [] };
  }
  const { altLabels: _a, hiddenLabels: _h, definition: _d, scopeNote: _s, ...rest } = c;
  const perLanguageNotes = typeof c.definition === 'object' || typeof c.scopeNote === 'object';
  return {
    ...rest,
    label: labels[language] ?? Object.values(labels)[0]!,
    labels,
    altLabels: alt[language] ?? [],
    hiddenLabels: hidden[language] ?? [],
    ...(definition[language] ? { definition: definition[language].join('\n\n') } : {}),
    ...(scopeNote[language] ? { scopeNote: scopeNote[language].join('\n\n') } : {}),
    ...(Object.keys(translations).length ? { translations } : {}),
    ...(perLanguageNotes ? { notes: { definition, scopeNote } } : {}),
  };
}

/** An empty taxonomy, for when the file is missing or unreadable. */
export const emptyTaxonomy = (): Taxonomy => ({ language: 'en', topics: [], stages: [], collections: [] });
