import { readFileSync } from 'node:fs';
import { Store } from 'oxigraph';
import { importSkos, toSkos, toTurtle } from '../../src/lib/taxonomy/skos/index.ts';
import { term } from '../../src/lib/taxonomy/skos/vocabulary.ts';

/** What knowledge managers exchange a concept by, statement by statement: its URI and each value. */
export const compared = [
  term.prefLabel,
  term.altLabel,
  term.hiddenLabel,
  term.definition,
  term.scopeNote,
  term.notation,
  term.broader,
  term.narrower,
  term.related,
  term.inScheme,
  term.topConceptOf,
  term.created,
  term.modified,
  // Collections: their members, classes and ISO 25964 groups.
  term.member,
  term.type,
  term.superGroup,
  term.subGroup,
];

/**
 * The statements about the topics, per predicate, as Oxigraph reads the Turtle: a parser written apart
 * from N3.js, which Tacit reads and writes with. `keep` says which literals the import was asked to keep.
 */
function statements(turtle: string, subjects: ReadonlySet<string>, keep: (language: string) => boolean): Map<string, string[]> {
  const store = new Store();
  store.load(turtle, { format: 'text/turtle' });
  const out = new Map<string, string[]>(compared.map((p) => [p, []]));
  for (const q of store.match(null, null, null, null)) {
    const list = out.get(q.predicate.value);
    if (!list || !subjects.has(q.subject.value)) continue;
    const o = q.object;
    if (o.termType === 'Literal' && o.language && !keep(o.language)) continue;
    list.push(`${q.subject.value} ${o.termType === 'Literal' ? JSON.stringify([o.value, o.language, o.datatype.value]) : o.value}`);
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** Imports a SKOS file, exports it again, and reads both with Oxigraph. */
export async function roundTrip(file: string, allLanguages: boolean) {
  const text = readFileSync(file, 'utf8');
  const imported = importSkos(text, { file, today: '2026-12-01', allLanguages });
  const exported = await toTurtle(toSkos(imported.taxonomy));
  const uris = new Set([...imported.taxonomy.topics.map((t) => t.uri!), ...imported.taxonomy.collections.map((c) => c.uri!)]);
  const keep = (language: string) => allLanguages || language === imported.taxonomy.language;
  return { imported, before: statements(text, uris, keep), after: statements(exported, uris, keep), exported };
}
