import { DataFactory, type Quad, type Quad_Object } from 'n3';
import type { Collection } from '../../schema/taxonomy.ts';
import type { RdfGraph } from './graph.ts';
import { assignIds, isSlugId } from './ids.ts';
import { describe, readConcept, type SkosProblem } from './read-concept.ts';
import { dateLiteral, labelValue } from './values.ts';
import { collectionUri, term } from './vocabulary.ts';

const { namedNode, literal, quad, blankNode } = DataFactory;

/** A collection as written in `taxonomy.yaml`: empty lists and defaults left out. */
export interface CollectionYaml {
  id: string;
  uri?: string;
  label: string | Record<string, string>;
  altLabels?: string[] | Record<string, string[]>;
  types?: string[];
  notations?: string[];
  members?: string[];
  memberGroups?: string[];
  ordered?: true;
  superGroups?: string[];
  subGroups?: string[];
  created?: string;
  modified?: string;
  facet?: true;
}

const collectionTypes = new Set<string>([term.Collection, term.OrderedCollection]);

/** Items of an RDF list (`rdf:first`/`rdf:rest`), in order; stops at a malformed or circular list. */
function listItems(g: RdfGraph, head: string): string[] {
  const items: string[] = [];
  const seen = new Set<string>();
  for (let node = head; node !== term.nil && !seen.has(node); ) {
    seen.add(node);
    const first = g.links(node, term.first)[0];
    const rest = g.links(node, term.rest)[0];
    if (first === undefined || rest === undefined) break;
    items.push(first);
    node = rest;
  }
  return items;
}

/**
 * The collections of a scheme: those `skos:inScheme` it, or with a member among its topics or their
 * collections. Members outside the scheme are left out with a warning.
 */
export function readCollections(
  g: RdfGraph,
  scheme: string,
  topicIds: ReadonlyMap<string, string>,
  lang: string,
  allLanguages: boolean,
  problems: SkosProblem[],
): CollectionYaml[] {
  const all = [...g.subjects()].filter((s) => g.hasType(s, term.Collection) || g.hasType(s, term.OrderedCollection));
  const inScheme = new Set(all.filter((c) => g.links(c, term.inScheme).includes(scheme)));
  // A collection that names no scheme belongs by its members, to any depth of nesting.
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of all) {
      if (inScheme.has(c) || g.links(c, term.inScheme).length) continue;
      const list = g.links(c, term.memberList)[0];
      const memberKeys = [...g.links(c, term.member), ...(list === undefined ? [] : listItems(g, list))];
      if (memberKeys.some((m) => topicIds.has(m) || inScheme.has(m))) {
        inScheme.add(c);
        grew = true;
      }
    }
  }
  const keys = all.filter((c) => inScheme.has(c));
  const texts = keys.map((key) => readConcept(g, key, lang, allLanguages, problems));
  // Ids from labels: a collection's notation is usually a code (`1`, `6.80`) that says nothing in a file.
  const ids = assignIds(texts, lang, isSlugId, problems, { fromNotations: false });
  return texts.map((text) => {
    const key = text.key;
    const id = ids.get(key)!;
    const out: CollectionYaml = { id, label: labelValue(text.labels, lang) };
    if (!key.startsWith('_:') && key !== collectionUri(scheme, id)) out.uri = key;
    const alt = Object.fromEntries(
      [[lang, text.altLabels] as const, ...Object.entries(text.translations).map(([l, t]) => [l, t.altLabels] as const)].filter(([, v]) => v.length),
    );
    const altLangs = Object.keys(alt);
    if (altLangs.length === 1 && altLangs[0] === lang) out.altLabels = text.altLabels;
    else if (altLangs.length) out.altLabels = alt;
    const types = g
      .objects(key, term.type)
      .map((t) => t.value)
      .filter((t) => !collectionTypes.has(t));
    if (types.length) out.types = types;
    if (text.notations.length) out.notations = text.notations;
    const ordered = g.hasType(key, term.OrderedCollection);
    const list = g.links(key, term.memberList)[0];
    const memberKeys = ordered && list !== undefined ? listItems(g, list) : g.links(key, term.member);
    const members: string[] = [];
    const groups: string[] = [];
    for (const m of memberKeys) {
      const topic = topicIds.get(m);
      const group = ids.get(m);
      if (topic !== undefined) members.push(topic);
      else if (group !== undefined) groups.push(group);
      else
        problems.push({
          severity: 'warning',
          message: `${describe(key, id)}: its member \`${m}\` is neither a concept nor a collection of \`${scheme}\`, so it was left out.`,
        });
    }
    if (members.length) out.members = members;
    if (groups.length) out.memberGroups = groups;
    if (ordered) out.ordered = true;
    for (const [field, p] of [
      ['superGroups', term.superGroup],
      ['subGroups', term.subGroup],
    ] as const) {
      const linked: string[] = [];
      for (const k of g.links(key, p)) {
        const group = ids.get(k);
        if (group !== undefined) linked.push(group);
        else
          problems.push({
            severity: 'warning',
            message: `${describe(key, id)}: its \`iso-thes:${field === 'superGroups' ? 'superGroup' : 'subGroup'}\` \`${k}\` is not a collection of \`${scheme}\`, so the link was left out.`,
          });
      }
      if (linked.length) out[field] = linked;
    }
    if (text.created !== undefined) out.created = text.created;
    if (text.modified !== undefined) out.modified = text.modified;
    if (g.literals(key, term.facet).some((l) => l.value === 'true')) out.facet = true;
    return out;
  });
}

/** The collections as SKOS: each with its types, labels, notations, members (a `skos:memberList` when ordered), groups and dates. */
export function collectionsToSkos(collections: readonly Collection[], scheme: string, language: string, topicUri: (id: string) => string): Quad[] {
  const out: Quad[] = [];
  const uris = new Map(collections.map((c) => [c.id, c.uri ?? collectionUri(scheme, c.id)]));
  const uriOf = (id: string) => uris.get(id) ?? collectionUri(scheme, id);
  const add = (s: string, p: string, o: Quad_Object) => out.push(quad(namedNode(s), namedNode(p), o));
  for (const c of collections) {
    const uri = uriOf(c.id);
    add(uri, term.type, namedNode(c.ordered ? term.OrderedCollection : term.Collection));
    for (const t of c.types) add(uri, term.type, namedNode(t));
    add(uri, term.inScheme, namedNode(scheme));
    add(uri, term.id, literal(c.id));
    for (const n of c.notations) add(uri, term.notation, literal(n));
    for (const [language, label] of Object.entries(c.labels)) add(uri, term.prefLabel, literal(label, language));
    const alt = Array.isArray(c.altLabels) ? { [language]: c.altLabels } : c.altLabels;
    for (const [l, labels] of Object.entries(alt)) for (const a of labels) add(uri, term.altLabel, literal(a, l));
    const members = [...c.members.map(topicUri), ...c.memberGroups.map(uriOf)];
    if (c.ordered && members.length) {
      // An ordered collection lists its members once, in order, as an RDF list.
      const nodes = members.map(() => blankNode());
      out.push(quad(namedNode(uri), namedNode(term.memberList), nodes[0]!));
      members.forEach((m, i) => {
        out.push(quad(nodes[i]!, namedNode(term.first), namedNode(m)));
        out.push(quad(nodes[i]!, namedNode(term.rest), i + 1 < nodes.length ? nodes[i + 1]! : namedNode(term.nil)));
      });
    } else for (const m of members) add(uri, term.member, namedNode(m));
    for (const g of c.superGroups) add(uri, term.superGroup, namedNode(uriOf(g)));
    for (const g of c.subGroups) add(uri, term.subGroup, namedNode(uriOf(g)));
    if (c.created !== undefined) add(uri, term.created, dateLiteral(c.created));
    if (c.modified !== undefined) add(uri, term.modified, dateLiteral(c.modified));
    if (c.facet) add(uri, term.facet, literal('true', namedNode(term.boolean)));
  }
  return out;
}
