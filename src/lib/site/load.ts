import { ContentError } from '../problems.ts';
import { readContent } from '../read/content.ts';
import { bodyStage, type BodyStage } from './bodies.ts';
import { didYouMean } from '../suggest.ts';
import { decide, gateContext } from '../gate/index.ts';
import { buildSite, type Site } from './model.ts';
import { buildEnv, type BuildEnv } from './options.ts';
import { CommandError } from '../command-error.ts';

/** Reads, gates and models the content for one build; refuses to build while the content has errors. */
export function loadSite(env: BuildEnv, base = '/'): Site {
  let audience = '';
  let bodies: BodyStage | undefined;
  // Each body the gate will publish is rendered as soon as it is read, and every tree is dropped: 10,000
  // trees at once cost gigabytes. The gate needs only front matter and records, so it can judge early.
  const content = readContent(env.contentDir, {
    keepTrees: false,
    stage: (records) => {
      audience = env.audience ?? records.config.defaultAudience;
      // Said before any entry is read, not after 10,000 of them.
      if (!records.config.audiences.includes(audience)) {
        throw new CommandError(
          `The audience \`${audience}\` (from TACIT_AUDIENCE) is not one of this site's audiences in content/site.yaml. Use one of ${records.config.audiences.map((a) => `\`${a}\``).join(', ')}.${didYouMean(audience, records.config.audiences)}`,
          2,
        );
      }
      const stage = bodyStage(
        { base, siteUrl: records.config.url, imageHosts: records.config.remoteImages.allow },
        env.cacheDir === undefined ? undefined : { dir: env.cacheDir, contentDir: env.contentDir, audience },
      );
      const gate = { ...gateContext(records, audience, env.today), leaks: stage.leaks };
      bodies = stage;
      return {
        cached: stage.cached,
        prepare: (entry) => {
          if (decide(entry, gate).published) stage.prepare(entry);
        },
      };
    },
  });
  if (!bodies) throw new Error('readContent did not set up the body stage.');
  const errors = content.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new ContentError(content.problems);
  const site = buildSite(content, { audience, today: env.today, base, render: bodies.render, draft: bodies.keepDraft, leaks: bodies.leaks });
  bodies.save();
  if (env.cacheDir !== undefined) site.cache = bodies.stats;
  return site;
}

// Astro loads the integration and the pages as separate module instances in one process; keeping the
// site on globalThis lets them share one read of the content instead of two.
const shared = globalThis as { __tacitSite?: { key: string; site: Site } };

/** The site for the current environment, computed once per build process and shared by every page. */
export function currentSite(base = '/'): Site {
  base = base.endsWith('/') ? base : `${base}/`;
  const env = buildEnv();
  const key = JSON.stringify([env, base]);
  if (shared.__tacitSite?.key !== key) shared.__tacitSite = { key, site: loadSite(env, base) };
  return shared.__tacitSite.site;
}

/** Forgets the shared site, so the next `currentSite()` reads the content again (dev server reloads). */
export function forgetSite(): void {
  delete shared.__tacitSite;
}
