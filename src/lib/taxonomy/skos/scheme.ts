import type { RdfGraph } from './graph.ts';
import { term } from './vocabulary.ts';

/**
 * The concept schemes of a file: typed `skos:ConceptScheme`, or used as one by `skos:inScheme`,
 * `skos:topConceptOf` or `skos:hasTopConcept`. Facet vocabularies (Tacit's stages) are not candidates:
 * they come along with their topic scheme.
 */
export function conceptSchemes(g: RdfGraph): { schemes: string[]; facets: Set<string> } {
  const found = new Set<string>();
  for (const s of g.subjects()) {
    if (g.hasType(s, term.ConceptScheme) || g.links(s, term.hasTopConcept).length) found.add(s);
  }
  for (const s of g.targetsOf(term.inScheme)) found.add(s);
  for (const s of g.targetsOf(term.topConceptOf)) found.add(s);
  const facets = new Set(g.targetsOf(term.stages));
  return { schemes: [...found].filter((s) => !facets.has(s)), facets };
}

/** Picks the scheme to import, or says why none can be picked. */
export function chooseScheme(g: RdfGraph, file: string, wanted: string | undefined): { scheme: string } | { error: string } {
  const { schemes } = conceptSchemes(g);
  const listed = schemes.map((s) => `  ${s}${label(g, s)}`).join('\n');
  if (wanted !== undefined) {
    if (schemes.includes(wanted)) return { scheme: wanted };
    return {
      error: schemes.length
        ? `\`${file}\` has no concept scheme \`${wanted}\`. Its concept schemes are:\n${listed}\nPass one of them to \`--scheme\`.`
        : `\`${file}\` has no concept scheme at all, so \`--scheme ${wanted}\` cannot be found. Add \`<${wanted}> a skos:ConceptScheme\` and link the concepts to it with \`skos:inScheme\`.`,
    };
  }
  if (schemes.length === 1) return { scheme: schemes[0]! };
  if (!schemes.length) {
    return {
      error: `\`${file}\` has no \`skos:ConceptScheme\`, so it is not clear which concepts form the taxonomy. Add one (\`<https://example.org/taxonomy/> a skos:ConceptScheme\`) and link each concept to it with \`skos:inScheme\`.`,
    };
  }
  return { error: `\`${file}\` has ${schemes.length} concept schemes:\n${listed}\nChoose one with \`--scheme <uri>\`.` };
}

/** ` (Its label)`, for listing schemes to choose from. */
function label(g: RdfGraph, s: string): string {
  const labels = g.literals(s, term.prefLabel);
  const best = labels.find((l) => l.language === 'en') ?? labels[0] ?? g.literals(s, term.title)[0];
  return best ? ` (${best.value})` : '';
}
