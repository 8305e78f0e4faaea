export { fromSkos, type FromSkosOptions, type FromSkosResult, type SkosProblem, type StageInput, type TaxonomyInput, type TopicInput } from './from-skos.ts';
export { jsonLdContext, toJsonLd } from './jsonld.ts';
export { importSkos, SkosImportError, type ImportOptions, type ImportResult } from './import.ts';
export { parseRdf, RdfSyntaxError } from './parse.ts';
export { toTurtle } from './serialize.ts';
export { toSkos } from './to-skos.ts';
export { taxonomyYaml } from './to-yaml.ts';
export { conceptUri, defaultScheme, ns, stageSchemeUri, term } from './vocabulary.ts';
