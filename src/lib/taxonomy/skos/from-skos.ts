import type { Quad } from 'n3';
import { languageTag } from '../../schema/taxonomy.ts';
import { readCollections, type CollectionYaml } from './collections.ts';
import { RdfGraph } from './graph.ts';
import { assignIds, isConceptId, isSlugId } from './ids.ts';
import { describe, readConcept, type ConceptText, type SkosProblem } from './read-concept.ts';
import { chooseScheme, conceptSchemes } from './scheme.ts';
import { labelValue, sortLabels } from './values.ts';
import { conceptUri, defaultScheme, term } from './vocabulary.ts';

export type { SkosProblem } from './read-concept.ts';

/** A topic as written in `taxonomy.yaml`: empty lists and absent fields left out. */
export interface TopicInput {
  id: string;
  uri?: string;
  notations?: string[];
  created?: string;
  modified?: string;
  label: string | Record<string, string>;
  altLabels?: string[] | Record<string, string[]>;
  hiddenLabels?: string[] | Record<string, string[]>;
  definition?: string | Record<string, string | string[]>;
  scopeNote?: string | Record<string, string | string[]>;
  broader?: string[];
  related?: string[];
  steward?: string;
  deprecated?: boolean;
  replacedBy?: string;
}

export interface StageInput {
  id: string;
  label: string;
  definition?: string;
}

/** `taxonomy.yaml` as an object, ready for `taxonomySchema` and for writing out. */
export interface TaxonomyInput {
  language: string;
  scheme?: string;
  topics: TopicInput[];
  stages: StageInput[];
  collections?: CollectionYaml[];
}

export interface FromSkosOptions {
  /** The concept scheme to import when the file has several. */
  scheme?: string | undefined;
  /** The label language; default the scheme's `dct:language`, else `en`. */
  lang?: string | undefined;
  /** Keep preferred labels in every language, not only `lang`. */
  allLanguages?: boolean | undefined;
  /** The file name, for messages. */
  file?: string | undefined;
}

export interface FromSkosResult {
  taxonomy?: TaxonomyInput;
  /** Errors mean there is no taxonomy; warnings say what was changed or left out. */
  problems: SkosProblem[];
  scheme?: string;
}

/**
 * Maps a SKOS vocabulary onto Tacit's taxonomy: the concepts of one scheme become topics, `skos:notation`
 * their ids (slugified preferred labels when there is none), `skos:broader` and the inverse of
 * `skos:narrower` their broader topics. See `README.md` in this folder for the whole mapping.
 */
export function fromSkos(quads: readonly Quad[], options: FromSkosOptions = {}): FromSkosResult {
  const file = options.file ?? 'the file';
  const g = new RdfGraph(quads);
  const chosen = chooseScheme(g, file, options.scheme);
  if ('error' in chosen) return { problems: [{ severity: 'error', message: chosen.error }] };
  const scheme = chosen.scheme;
  const problems: SkosProblem[] = [];

  const declared = g
    .literals(scheme, term.language)
    .map((l) => l.value.toLowerCase())
    .find((v) => languageTag.safeParse(v).success);
  const lang = (options.lang ?? declared ?? 'en').toLowerCase();

  const topicKeys = members(g, scheme, conceptSchemes(g).schemes.length === 1);
  if (!topicKeys.length)
    problems.push({ severity: 'error', message: `The concept scheme \`${scheme}\` in ${file} has no concepts. Link concepts to it with \`skos:inScheme\`.` });
  const topics = topicKeys.map((key) => readConcept(g, key, lang, options.allLanguages ?? false, problems));
  const stageScheme = g.links(scheme, term.stages)[0];
  const stages = stageScheme === undefined ? [] : members(g, stageScheme, false).map((key) => readConcept(g, key, lang, false, problems));

  const topicIds = assignIds(topics, lang, isConceptId, problems);
  const stageIds = assignIds(stages, lang, isSlugId, problems);
  if (problems.some((p) => p.severity === 'error')) return { problems, scheme };

  const link = (from: ConceptText, p: string, to: string): string | undefined => {
    const id = topicIds.get(to);
    if (id === undefined)
      problems.push({
        severity: 'warning',
        message: `${describe(from.key, topicIds.get(from.key))}: its \`skos:${p}\` \`${to}\` is not a concept of \`${scheme}\`, so the link was left out.`,
      });
    return id;
  };
  const narrowerOf = (key: string) => g.subjectsLinking(term.narrower, key);

  const out: TaxonomyInput = { language: lang, topics: [], stages: [] };
  if (scheme !== defaultScheme && !scheme.startsWith('_:')) out.scheme = scheme;
  for (const c of topics) {
    const broaderKeys = [...new Set([...g.links(c.key, term.broader), ...narrowerOf(c.key)])];
    const id = topicIds.get(c.key)!;
    const topic: TopicInput = { id, label: '' };
    // The URI is kept unless it is the one export would mint anyway (or a blank node, which has none).
    if (!c.key.startsWith('_:') && c.key !== conceptUri(out.scheme ?? defaultScheme, id)) topic.uri = c.key;
    topic.label = labelValue(c.labels, lang);
    if (c.notations.length) topic.notations = c.notations;
    // In the taxonomy's language alone, a plain list or text; with other languages, a map by language.
    const langs = Object.keys(c.translations);
    const lists = (own: string[], field: 'altLabels' | 'hiddenLabels') => {
      const byLang = Object.fromEntries([[lang, own], ...langs.map((l) => [l, c.translations[l]![field]])].filter(([, v]) => (v as string[]).length));
      const keys = Object.keys(byLang);
      return keys.length === 0 ? undefined : keys.length === 1 && keys[0] === lang ? own : (byLang as Record<string, string[]>);
    };
    // One note in the taxonomy's language is plain text; anything more is a map of notes by language.
    const notes = (field: 'definition' | 'scopeNote') => {
      const byLang = sortLabels(c.notes[field], lang);
      const keys = Object.keys(byLang);
      if (keys.length === 0) return undefined;
      if (keys.length === 1 && keys[0] === lang && byLang[lang]!.length === 1) return byLang[lang]![0];
      return Object.fromEntries(Object.entries(byLang).map(([l, n]) => [l, n.length === 1 ? n[0]! : n]));
    };
    const altLabels = lists(c.altLabels, 'altLabels');
    if (altLabels) topic.altLabels = altLabels;
    const hiddenLabels = lists(c.hiddenLabels, 'hiddenLabels');
    if (hiddenLabels) topic.hiddenLabels = hiddenLabels;
    const definition = notes('definition');
    if (definition !== undefined) topic.definition = definition;
    const scopeNote = notes('scopeNote');
    if (scopeNote !== undefined) topic.scopeNote = scopeNote;
    const broader = defined(broaderKeys.map((b) => link(c, 'broader', b)));
    if (broader.length) topic.broader = broader;
    // A concept related to itself says nothing (UNESCO's `Genocide` is one). It is kept, so an export gives
    // the vocabulary back as it was; the validator warns, and the site never lists a topic as its own relative.
    const relatedKeys = g.links(c.key, term.related);
    const related = defined(relatedKeys.map((r) => link(c, 'related', r)));
    if (related.length) topic.related = related;
    if (c.steward !== undefined) topic.steward = c.steward;
    if (c.deprecated !== undefined) topic.deprecated = c.deprecated;
    const replacedBy = g.links(c.key, term.isReplacedBy);
    if (replacedBy.length > 1)
      problems.push({
        severity: 'warning',
        message: `${describe(c.key, topic.id)} has ${replacedBy.length} \`dct:isReplacedBy\`; Tacit keeps the first, \`${replacedBy[0]}\`.`,
      });
    const replacement = replacedBy[0] === undefined ? undefined : link(c, 'isReplacedBy', replacedBy[0]);
    if (replacement !== undefined) topic.replacedBy = replacement;
    if (c.created !== undefined) topic.created = c.created;
    if (c.modified !== undefined) topic.modified = c.modified;
    out.topics.push(topic);
  }
  for (const s of stages) {
    const stage: StageInput = { id: stageIds.get(s.key)!, label: s.labels[lang]! };
    if (s.definition !== undefined) stage.definition = s.definition;
    out.stages.push(stage);
  }
  const collections = readCollections(g, scheme, topicIds, lang, options.allLanguages ?? false, problems);
  if (problems.some((p) => p.severity === 'error')) return { problems, scheme };
  if (collections.length) out.collections = collections;
  return { taxonomy: out, problems, scheme };
}

/**
 * The subjects that are concepts of `scheme`, in file order. With one scheme in the file, concepts that
 * name no scheme at all belong to it too; collections never do.
 */
function members(g: RdfGraph, scheme: string, includeUnlinked: boolean): string[] {
  const top = new Set(g.links(scheme, term.hasTopConcept));
  const found: string[] = [];
  for (const s of g.subjects()) {
    if (g.hasType(s, term.Collection) || g.hasType(s, term.OrderedCollection) || g.hasType(s, term.ConceptScheme)) continue;
    const schemes = [...g.links(s, term.inScheme), ...g.links(s, term.topConceptOf)];
    if (schemes.includes(scheme) || top.has(s) || (includeUnlinked && !schemes.length && g.hasType(s, term.Concept))) found.push(s);
  }
  return found;
}

const defined = (values: (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => v !== undefined))];
