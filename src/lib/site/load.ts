import { ContentError } from '../problems.ts';
import { readContent } from '../read/content.ts';
import { didYouMean } from '../suggest.ts';
import { buildSite, type Site } from './model.ts';
import { buildEnv, type BuildEnv } from './options.ts';

/** Reads, gates and models the content for one build; refuses to build while the content has errors. */
export function loadSite(env: BuildEnv, base = '/'): Site {
  const content = readContent(env.contentDir);
  const errors = content.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new ContentError(content.problems);
  const audience = env.audience ?? content.config.defaultAudience;
  if (!content.config.audiences.includes(audience)) {
    throw new Error(
      `The audience \`${audience}\` (from TACIT_AUDIENCE) is not one of this site's audiences in content/site.yaml. Use one of ${content.config.audiences.map((a) => `\`${a}\``).join(', ')}.${didYouMean(audience, content.config.audiences)}`,
    );
  }
  return buildSite(content, { audience, today: env.today, base });
}

let cached: { key: string; site: Site } | undefined;

/** The site for the current environment, computed once per build process and shared by every page. */
export function currentSite(base = '/'): Site {
  const env = buildEnv();
  const key = JSON.stringify([env, base]);
  if (!cached || cached.key !== key) cached = { key, site: loadSite(env, base) };
  return cached.site;
}
