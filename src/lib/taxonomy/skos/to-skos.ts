import { DataFactory, type Quad, type Quad_Object } from 'n3';
import type { Taxonomy } from '../../schema/taxonomy.ts';
import { collectionsToSkos } from './collections.ts';
import { dateLiteral } from './values.ts';
import { conceptUri, defaultScheme, stageSchemeUri, stageUri, term } from './vocabulary.ts';

const { namedNode, literal, quad } = DataFactory;

/**
 * The taxonomy as SKOS: one `skos:ConceptScheme` for the topics and one for the career stages (a facet
 * vocabulary, linked by `tacit:stages`). Quads come subject by subject, in the order of the file, so that
 * Turtle groups them and an import gives the topics back in the same order.
 */
export function toSkos(taxonomy: Taxonomy): Quad[] {
  const scheme = taxonomy.scheme ?? defaultScheme;
  const lang = taxonomy.language;
  const out: Quad[] = [];
  const add = (s: string, p: string, o: Quad_Object) => out.push(quad(namedNode(s), namedNode(p), o));
  const text = (value: string) => literal(value, lang);
  // A concept keeps the URI it came with; others get one minted from the scheme and their id.
  const uris = new Map(taxonomy.topics.map((c) => [c.id, c.uri ?? conceptUri(scheme, c.id)]));
  const topicUri = (id: string) => namedNode(uris.get(id) ?? conceptUri(scheme, id));

  add(scheme, term.type, namedNode(term.ConceptScheme));
  add(scheme, term.language, literal(lang));
  for (const c of taxonomy.topics) if (!c.broader.length) add(scheme, term.hasTopConcept, topicUri(c.id));
  if (taxonomy.stages.length) add(scheme, term.stages, namedNode(stageSchemeUri(scheme)));

  const narrower = new Map<string, string[]>();
  for (const c of taxonomy.topics) for (const b of c.broader) narrower.set(b, [...(narrower.get(b) ?? []), c.id]);

  for (const c of taxonomy.topics) {
    const uri = uris.get(c.id)!;
    add(uri, term.type, namedNode(term.Concept));
    add(uri, term.inScheme, namedNode(scheme));
    if (!c.broader.length) add(uri, term.topConceptOf, namedNode(scheme));
    add(uri, term.id, literal(c.id));
    for (const n of c.notations) add(uri, term.notation, literal(n));
    // The taxonomy's language first: it is the label most tools show.
    const labels = Object.entries(c.labels).sort(([a], [b]) => Number(b === lang) - Number(a === lang));
    for (const [language, label] of labels) add(uri, term.prefLabel, literal(label, language));
    for (const alt of c.altLabels) add(uri, term.altLabel, text(alt));
    for (const hidden of c.hiddenLabels) add(uri, term.hiddenLabel, text(hidden));
    for (const [language, t] of Object.entries(c.translations ?? {})) {
      for (const alt of t.altLabels) add(uri, term.altLabel, literal(alt, language));
      for (const hidden of t.hiddenLabels) add(uri, term.hiddenLabel, literal(hidden, language));
    }
    // Notes written per language go out one statement per note, as they came in.
    for (const field of ['definition', 'scopeNote'] as const) {
      const perLanguage = c.notes?.[field];
      if (perLanguage) for (const [language, notes] of Object.entries(perLanguage)) for (const n of notes) add(uri, term[field], literal(n, language));
      else if (c[field] !== undefined) add(uri, term[field], text(c[field]));
    }
    for (const b of c.broader) add(uri, term.broader, topicUri(b));
    for (const n of narrower.get(c.id) ?? []) add(uri, term.narrower, topicUri(n));
    for (const r of c.related) add(uri, term.related, topicUri(r));
    if (c.steward !== undefined) add(uri, term.steward, literal(c.steward));
    if (c.deprecated !== undefined) add(uri, term.deprecated, literal(String(c.deprecated), namedNode(term.boolean)));
    if (c.replacedBy !== undefined) add(uri, term.isReplacedBy, topicUri(c.replacedBy));
    if (c.created !== undefined) add(uri, term.created, dateLiteral(c.created));
    if (c.modified !== undefined) add(uri, term.modified, dateLiteral(c.modified));
  }

  out.push(...collectionsToSkos(taxonomy.collections, scheme, lang, (id) => uris.get(id) ?? conceptUri(scheme, id)));

  if (taxonomy.stages.length) {
    const stages = stageSchemeUri(scheme);
    add(stages, term.type, namedNode(term.ConceptScheme));
    add(stages, term.title, literal('Career stages', 'en'));
    for (const s of taxonomy.stages) add(stages, term.hasTopConcept, namedNode(stageUri(scheme, s.id)));
    for (const s of taxonomy.stages) {
      const uri = stageUri(scheme, s.id);
      add(uri, term.type, namedNode(term.Concept));
      add(uri, term.inScheme, namedNode(stages));
      add(uri, term.topConceptOf, namedNode(stages));
      add(uri, term.notation, literal(s.id));
      add(uri, term.prefLabel, text(s.label));
      if (s.definition !== undefined) add(uri, term.definition, text(s.definition));
    }
  }
  return out;
}
