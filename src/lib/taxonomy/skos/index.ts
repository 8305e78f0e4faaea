export { fromSkos } from './from-skos.ts';
export { toJsonLd } from './jsonld.ts';
export { importSkos, SkosImportError } from './import.ts';
export { parseRdf, RdfSyntaxError } from './parse.ts';
export { toTurtle } from './serialize.ts';
export { toSkos } from './to-skos.ts';
export { defaultScheme } from './vocabulary.ts';
