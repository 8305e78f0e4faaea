import { createRequire } from 'node:module';
import type compromise from 'compromise';

/** A text parsed by compromise. */
export type Doc = ReturnType<typeof compromise>;

let loaded: typeof compromise | undefined;
// compromise builds its lexicon when it is loaded (about 150 ms). Loading it on first use keeps that off
// commands that never read prose, such as a check whose files are all cached. Astro keeps its server
// chunks inside the project, so the same require resolves from the built site.
const load = (): typeof compromise => (loaded ??= createRequire(import.meta.url)('compromise') as typeof compromise);

/** Parses `text` with compromise (sentences, tags, people and organisations). */
export const nlp = (text: string): Doc => load()(text);

/** compromise's model: its lexicon and word switches, for looking words up without parsing. */
export const nlpModel = (): unknown => load().model();
