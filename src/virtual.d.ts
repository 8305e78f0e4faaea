/** The gated site, handed to the pages by Tacit's integration (`src/integration/tacit.ts`). */
declare module 'virtual:tacit/site' {
  export const site: import('./lib/site/model.ts').Site;
}
