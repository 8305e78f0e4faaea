/**
 * The build, in the order it happens. Each step is one call; what it needs comes from the steps above it.
 *
 *   0. read ahead            (builds only) what the cache lacks is parsed, guarded and rendered on
 *                            every core, for step 2 to find done (`readAhead`, ahead.ts)
 *   1. read the records      site settings, taxonomy, people, consent (`readContent`)
 *   2. read and gate         each entry's front matter validated and its body guarded; the gate
 *                            (`decide`) judges it once, while its body is at hand for the attribution
 *                            scan, and only a published body is rendered; then the tree is dropped
 *                            (10,000 trees at once cost gigabytes)
 *   3. refuse errors         any problem of severity `error` stops the build, nothing written
 *   4. the gate's split      the decisions, collected in file order: what this audience sees today
 *   5. model                 every listing from the published list; the slots each body left for its
 *                            site links filled from that list, so no link names a withheld entry
 *   6. emit                  Astro renders the pages from the model (`virtual:tacit/site`); the
 *                            integration writes the search index and `_redirects` from it; the feed and
 *                            sitemap are pages of the same model (`src/integration/tacit.ts`)
 *
 * Gate-only tools (`check`, `status`, `report`, `consent` impact) read and gate the same way and stop
 * before the model, or use `buildSite` for the model without a cache.
 */
import { ContentError } from '../problems.ts';
import { decide, gateContext, split, type Decision, type GateContext, type Gated } from '../gate/index.ts';
import { readContent, type Content, type EntrySource } from '../read/content.ts';
import { audienceOf, stageFor } from './ahead.ts';
import type { BodyStage } from './bodies.ts';
import { modelSite, type Site } from './model.ts';
import type { BuildEnv } from './options.ts';

/** Reads, gates and models the content for one build; refuses to build while the content has errors. */
export function loadSite(env: BuildEnv, base = '/', options: { deferCacheSave?: boolean; stage?: BodyStage | undefined } = {}): Site {
  // 1–4.
  const { content, gated, audience, bodies } = readAndGate(env, { base, stage: options.stage });

  // 5. The model; bodies come from the stage, their link slots filled from the published list.
  const site = modelSite(content, gated, { audience, today: env.today, base, render: bodies.render });

  // The cache keeps this build's published entries and its drafts (front matter only); of everything else
  // withheld, which may be withdrawn, only that its bytes read without a problem (their digest).
  const troubled = new Set(content.problems.map((p) => p.file));
  for (const w of gated.withheld) {
    if (w.reasons.length === 1 && w.reasons[0] === 'draft') bodies.keepDraft(w.entry);
    else if (!troubled.has(w.entry.file)) bodies.keepClean(w.entry);
  }
  // Writing the cache (tens of megabytes at 10,000 entries) can wait for a moment the build is idle; the
  // integration saves it while Pagefind finishes the index.
  if (!options.deferCacheSave) bodies.save();
  if (env.cacheDir !== undefined) site.cache = { ...bodies.stats, save: () => bodies.save() };
  return site;
}

/** Steps 1–4 alone, for tools that only need the gate's answer (`npm run status`): no body is rendered. */
export function gateContent(env: BuildEnv): Omit<ReturnType<typeof readAndGate>, 'bodies'> {
  return readAndGate(env, undefined);
}

function readAndGate(
  env: BuildEnv,
  render: { base: string; stage?: BodyStage | undefined },
): { content: Content; gated: Gated<EntrySource>; audience: string; bodies: BodyStage };
function readAndGate(env: BuildEnv, render: undefined): { content: Content; gated: Gated<EntrySource>; audience: string; bodies?: undefined };
function readAndGate(
  env: BuildEnv,
  render: { base: string; stage?: BodyStage | undefined } | undefined,
): { content: Content; gated: Gated<EntrySource>; audience: string; bodies?: BodyStage | undefined } {
  let audience = '';
  let bodies: BodyStage | undefined;
  let gateCtx: GateContext | undefined;
  // Slugs are unique among the entries read (a duplicated slug leaves every file of it out).
  const decisions = new Map<string, Decision>();

  // 1–2. The records first: the audience is checked before any entry is read, and the body stage knows
  // what to render. Then each entry, decided once while its body is at hand.
  const content = readContent(env.contentDir, {
    keepTrees: false,
    stage: (records) => {
      audience = audienceOf(env, records.config);
      const stage = render && (render.stage ?? stageFor(env, records.config, audience, render.base));
      bodies = stage;
      const ctx: GateContext = { ...gateContext(records, audience, env.today), ...(stage ? { leaks: stage.leaks } : {}) };
      gateCtx = ctx;
      return {
        cached: stage?.cached,
        clean: stage?.clean,
        known: stage?.known,
        readFile: stage?.readFile,
        // The gate's decision, the one made for this entry in this build; withheld bodies are never rendered.
        prepare: (entry) => {
          const decision = decide(entry, ctx);
          decisions.set(entry.slug, decision);
          if (decision.published) stage?.prepare(entry);
        },
      };
    },
  });
  if (!gateCtx) throw new Error('readContent did not set up the entry stage.');

  // 3. Nothing is built from content with errors.
  if (content.problems.some((p) => p.severity === 'error')) throw new ContentError(content.problems);

  // 4. The decisions made while reading, in file order.
  const gated = split(content.entries, (entry) => decisions.get(entry.slug)!);
  return { content, gated, audience, bodies };
}
