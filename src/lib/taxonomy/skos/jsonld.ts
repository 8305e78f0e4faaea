import type { Quad, Term } from 'n3';
import { nodeKey } from './graph.ts';
import { ns, term } from './vocabulary.ts';

/**
 * A fixed context so the JSON reads like the taxonomy: links are plain URIs, labels and notes are maps by
 * language. It is written inline, never fetched, so reading the document needs no network.
 */
export const jsonLdContext = {
  skos: ns.skos,
  owl: ns.owl,
  dct: ns.dct,
  xsd: ns.xsd,
  tacit: ns.tacit,
  prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
  altLabel: { '@id': 'skos:altLabel', '@container': '@language' },
  hiddenLabel: { '@id': 'skos:hiddenLabel', '@container': '@language' },
  definition: { '@id': 'skos:definition', '@container': '@language' },
  scopeNote: { '@id': 'skos:scopeNote', '@container': '@language' },
  title: { '@id': 'dct:title', '@container': '@language' },
  notation: 'skos:notation',
  broader: { '@id': 'skos:broader', '@type': '@id' },
  narrower: { '@id': 'skos:narrower', '@type': '@id' },
  related: { '@id': 'skos:related', '@type': '@id' },
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
  hasTopConcept: { '@id': 'skos:hasTopConcept', '@type': '@id' },
  isReplacedBy: { '@id': 'dct:isReplacedBy', '@type': '@id' },
  stages: { '@id': 'tacit:stages', '@type': '@id' },
  deprecated: { '@id': 'owl:deprecated', '@type': 'xsd:boolean' },
  steward: 'tacit:steward',
  tacitId: 'tacit:id',
  language: 'dct:language',
} as const;

type Shape = 'link' | 'language' | 'string' | 'boolean';
/** Each context term by the full predicate URI, with the JSON shape its values take. */
const terms = new Map<string, { name: string; shape: Shape }>(
  Object.entries(jsonLdContext).flatMap(([name, def]) => {
    if (name in ns) return [];
    const id = typeof def === 'string' ? def : def['@id'];
    const full = `${ns[id.split(':')[0] as keyof typeof ns]}${id.split(':')[1]}`;
    const shape: Shape = typeof def === 'string' ? 'string' : '@container' in def ? 'language' : def['@type'] === '@id' ? 'link' : 'boolean';
    return [[full, { name, shape }]];
  }),
);

const compactIri = (iri: string): string => {
  for (const prefix of ['skos', 'owl', 'dct', 'xsd', 'tacit'] as const) if (iri.startsWith(ns[prefix])) return `${prefix}:${iri.slice(ns[prefix].length)}`;
  return iri;
};

/**
 * JSON-LD written straight from the quads, one node object per subject in their order, compacted by hand
 * with `jsonLdContext`. jsonld.js's `fromRDF` takes minutes on a thesaurus the size of UNESCO's; the
 * tests check that jsonld.js reads this output back to exactly the same quads.
 */
export function toJsonLd(quads: readonly Quad[]): string {
  const nodes = new Map<string, Record<string, unknown>>();
  for (const q of quads) {
    const id = nodeKey(q.subject);
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { '@id': id }));
    const p = q.predicate.value;
    if (p === term.type && q.object.termType === 'NamedNode') {
      push(node, '@type', compactIri(q.object.value));
      continue;
    }
    const known = terms.get(p);
    const o = q.object;
    if (known?.shape === 'link' && o.termType !== 'Literal') push(node, known.name, nodeKey(o));
    else if (known?.shape === 'language' && o.termType === 'Literal' && o.language) {
      const map = (node[known.name] ??= {}) as Record<string, unknown>;
      push(map, o.language, o.value);
    } else if (known?.shape === 'string' && o.termType === 'Literal' && !o.language && o.datatype.value === `${ns.xsd}string`) push(node, known.name, o.value);
    else if (known?.shape === 'boolean' && o.termType === 'Literal' && o.datatype.value === term.boolean) push(node, known.name, o.value);
    else push(node, p, expanded(o));
  }
  return `${JSON.stringify({ '@context': jsonLdContext, '@graph': [...nodes.values()] }, null, 2)}\n`;
}

/** Anything the context has no term for, in expanded form, so nothing is lost. */
function expanded(o: Term): unknown {
  if (o.termType !== 'Literal') return { '@id': nodeKey(o) };
  if (o.language) return { '@value': o.value, '@language': o.language };
  return o.datatype.value === `${ns.xsd}string` ? { '@value': o.value } : { '@value': o.value, '@type': o.datatype.value };
}

/** One value stays a value; a second makes an array, as compacted JSON-LD does. */
function push(target: Record<string, unknown>, key: string, value: unknown): void {
  const existing = target[key];
  if (existing === undefined) target[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else target[key] = [existing, value];
}
