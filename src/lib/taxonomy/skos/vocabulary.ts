/**
 * The RDF terms Tacit reads and writes, and how its ids become URIs. One place, so the mapping documented
 * in `README.md` of this folder has one source.
 */
export const ns = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  skosxl: 'http://www.w3.org/2008/05/skos-xl#',
  owl: 'http://www.w3.org/2002/07/owl#',
  dct: 'http://purl.org/dc/terms/',
  isoThes: 'http://purl.org/iso25964/skos-thes#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  /** Tacit's own terms, for what SKOS has no word for (the steward, the facet vocabularies). */
  tacit: 'https://tacit.dev/ns#',
} as const;

const skos = (local: string) => `${ns.skos}${local}`;

export const term = {
  type: `${ns.rdf}type`,
  Concept: skos('Concept'),
  ConceptScheme: skos('ConceptScheme'),
  Collection: skos('Collection'),
  OrderedCollection: skos('OrderedCollection'),
  member: skos('member'),
  memberList: skos('memberList'),
  first: `${ns.rdf}first`,
  rest: `${ns.rdf}rest`,
  nil: `${ns.rdf}nil`,
  superGroup: `${ns.isoThes}superGroup`,
  subGroup: `${ns.isoThes}subGroup`,
  prefLabel: skos('prefLabel'),
  altLabel: skos('altLabel'),
  hiddenLabel: skos('hiddenLabel'),
  notation: skos('notation'),
  definition: skos('definition'),
  scopeNote: skos('scopeNote'),
  broader: skos('broader'),
  narrower: skos('narrower'),
  related: skos('related'),
  inScheme: skos('inScheme'),
  hasTopConcept: skos('hasTopConcept'),
  topConceptOf: skos('topConceptOf'),
  xlPrefLabel: `${ns.skosxl}prefLabel`,
  xlAltLabel: `${ns.skosxl}altLabel`,
  xlHiddenLabel: `${ns.skosxl}hiddenLabel`,
  xlLiteralForm: `${ns.skosxl}literalForm`,
  deprecated: `${ns.owl}deprecated`,
  isReplacedBy: `${ns.dct}isReplacedBy`,
  language: `${ns.dct}language`,
  created: `${ns.dct}created`,
  modified: `${ns.dct}modified`,
  date: `${ns.xsd}date`,
  dateTime: `${ns.xsd}dateTime`,
  /** A collection the site offers as a search filter (`facet: true`). */
  facet: `${ns.tacit}facet`,
  /** A topic's Tacit id, so ids survive a round trip whatever the concept's URI and notations. */
  id: `${ns.tacit}id`,
  title: `${ns.dct}title`,
  boolean: `${ns.xsd}boolean`,
  /** The people id of the topic's steward, a plain literal: people are not published as RDF resources. */
  steward: `${ns.tacit}steward`,
  /** Links a topic scheme to the concept scheme of its career stages, a facet vocabulary. */
  stages: `${ns.tacit}stages`,
} as const;

/**
 * The scheme URI used when `taxonomy.yaml` sets none. `example.org` is reserved for examples, which is
 * what this is: an organisation publishing its taxonomy should set its own `scheme`.
 */
export const defaultScheme = 'https://example.org/taxonomy/';

/** The base concept URIs are built on: the scheme URI, ending in `/` or `#` (a `/` is added otherwise). */
export const schemeBase = (scheme: string): string => (/[/#:]$/.test(scheme) ? scheme : `${scheme}/`);

export const conceptUri = (scheme: string, id: string): string => `${schemeBase(scheme)}${id}`;

/**
 * The stages' own scheme. Ids never start with `_`, so `<base>_stages/…` cannot collide with a topic's URI.
 */
export const stageSchemeUri = (scheme: string): string => `${schemeBase(scheme)}_stages`;
export const stageUri = (scheme: string, id: string): string => `${stageSchemeUri(scheme)}/${id}`;

/** Where export mints a collection's URI when it has none of its own. */
export const collectionUri = (scheme: string, id: string): string => `${schemeBase(scheme)}_collections/${id}`;

/** Prefixes for Turtle output. */
export const prefixes = { skos: ns.skos, owl: ns.owl, dct: ns.dct, xsd: ns.xsd, tacit: ns.tacit, 'iso-thes': ns.isoThes } as const;
