// `npm run index-part -- <n>`: one part of a split search index, indexed into the build cache, so the parts
// can be indexed in separate processes or CI jobs and one `npm run build` put them together.
import { writeSearchPart } from '../src/lib/index/index.ts';
import { readSiteConfig } from '../src/lib/read/content.ts';
import { ContentError, formatProblems } from '../src/lib/problems.ts';
import { buildEnv, indexCacheDir, loadSite, readAhead } from '../src/lib/site/index.ts';
import { CommandError } from '../src/lib/command-error.ts';
import { fail, parseCli } from './lib/cli.ts';

const usage = `Usage: npm run index-part -- <n> [--json]

Indexes part <n> (0 to searchShards − 1, from content/site.yaml) of the search index into the build
cache (.cache/tacit, or TACIT_CACHE_DIR), exactly as \`npm run build\` would index it. A build whose part
<n> has the same records copies it from there instead of indexing it: run one part per CI job, bring the
jobs' \`.cache/tacit/index-*\` folders together, then build once (README, "Deploying, caching and scale").
The same environment as the build applies: TACIT_CONTENT_DIR, TACIT_AUDIENCE, TACIT_BUILD_DATE.

Options:
  --json        print what was done as JSON
  -h, --help    show this help

Exit codes: 0 indexed (or already in the cache), 1 the content has errors or indexing failed, 2 wrong usage.`;

const { values: args, positionals } = parseCli(usage, { json: { type: 'boolean' } }, true);

try {
  const env = buildEnv();
  if (!env.cacheDir) fail(2, 'TACIT_CACHE is `off`: a part is kept in the build cache, so it needs one. Unset TACIT_CACHE.');
  const config = readSiteConfig(env.contentDir);
  const shards = config.searchShards;
  const [given, ...extra] = positionals;
  const n = Number(given);
  if (given === undefined || extra.length || !/^\d+$/.test(given) || n >= shards)
    fail(
      2,
      `${given === undefined ? 'Name the part to index' : `\`${[given, ...extra].join(' ')}\` is not a part`}: this site's index has ${shards} part${shards === 1 ? '' : 's'} (searchShards in content/site.yaml), numbered 0 to ${shards - 1}.\n\n${usage}`,
    );
  const base = new URL(config.url).pathname;
  const started = performance.now();
  const ahead = await readAhead(env, base);
  const site = loadSite(env, base, { stage: ahead.stage });
  const dir = indexCacheDir(env, site.audience)!;
  const part = await writeSearchPart(site, n, dir);
  const seconds = (performance.now() - started) / 1000;
  if (args.json) console.log(JSON.stringify({ part: n, shards, audience: site.audience, ...part, cacheDir: dir, seconds }, null, 2));
  else
    console.log(
      `part ${n} of ${shards} (${site.audience}): ${part.records} entries ${part.indexed ? 'indexed' : 'already in the cache'} in ${seconds.toFixed(1)} s, in ${dir}`,
    );
} catch (error) {
  if (error instanceof ContentError) fail(1, formatProblems(error.problems));
  if (error instanceof CommandError) fail(error.exitCode, error.message);
  throw error;
}
