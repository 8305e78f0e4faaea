import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { CommandError } from '../lib/command-error.ts';
import { type WrittenIndex, writeSearchIndex } from '../lib/index/index.ts';
import { ContentError } from '../lib/problems.ts';
import { buildEnv, currentSite, forgetSite, indexCacheDir, readAhead, type Site } from '../lib/site/index.ts';
import { plural } from '../lib/text/index.ts';

/**
 * Tacit's build stages around Astro's: refuse broken or unsafe content before rendering, start from an empty
 * output folder so nothing of a withheld entry survives an earlier build, print the gate's summary, and
 * write the search index from the gate's list once the pages exist.
 */
export default function tacit(): AstroIntegration {
  let outDir = '';
  let root = '';
  let base = '/';
  let site: Site | undefined;
  let index: Promise<WrittenIndex & { dir: string }> | undefined;
  let oldOutput: Promise<void> | undefined;
  return {
    name: 'tacit',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Pages take the site from `virtual:tacit/site`, as Starlight's take their config from a virtual
        // module. In a build it is the site this integration computed at build:start; the dev server has
        // no build hooks, so there the module computes it (and again after every content edit).
        const siteModule = {
          name: 'tacit:site',
          resolveId: (id: string) => (id === virtualSite ? resolvedSite : undefined),
          load: (id: string) => {
            if (id !== resolvedSite) return undefined;
            if (command === 'dev')
              return `import { currentSite } from ${JSON.stringify(handoff)};\nexport const site = currentSite(${JSON.stringify(config.base)});\n`;
            return `const shared = globalThis[Symbol.for('tacit.site')];\nif (!shared) throw new Error('The Tacit integration did not compute the site before the pages: is tacit() in astro.config.mjs?');\nexport const site = shared.site;\n`;
          },
        };
        if (command !== 'dev') {
          updateConfig({ vite: { plugins: [siteModule] } });
          return;
        }
        // In `npm run dev`, an edit anywhere in content/ reloads the page with freshly gated content.
        const contentDir = buildEnv().contentDir;
        updateConfig({
          vite: {
            plugins: [
              siteModule,
              {
                name: 'tacit:content-reload',
                configureServer(server) {
                  server.watcher.add(contentDir);
                  const reload = (file: string) => {
                    if (!resolve(file).startsWith(contentDir)) return;
                    forgetSite();
                    server.moduleGraph.invalidateAll();
                    server.ws.send({ type: 'full-reload' });
                  };
                  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:start': async ({ logger }) => {
        try {
          forgetSite(); // never reuse a site from an earlier build in the same process
          // What the cache does not have is parsed and rendered on every core first; then read and gated.
          const started = performance.now();
          logger.info('reading the content');
          const ahead = await readAhead(buildEnv(), base, {
            onParse: (files, threads) => logger.info(`parsing ${plural(files, 'entry file')} on ${threads} threads`),
          });
          if (ahead.parsed)
            logger.info(`${plural(ahead.parsed, 'entry file')} parsed on ${ahead.workers} threads in ${Math.round(performance.now() - started)} ms`);
          site = currentSite(base, { deferCacheSave: true, stage: ahead.stage });
        } catch (error) {
          // Astro shows an AstroError as a message and a hint, without a stack trace: these are the
          // content's or the environment's problems, not Tacit's.
          if (error instanceof CommandError) throw new AstroError(error.message, 'Fix the value named above, then build again.');
          if (!(error instanceof ContentError)) throw error;
          logger.error(error.message);
          // The list is above; the output folder is untouched, so the last good build still stands.
          throw new AstroError(
            `The build stopped: ${plural(error.problems.filter((p) => p.severity === 'error').length, 'problem')} in the content, listed above.`,
            'Fix each at the file:line:col given (`npm run check` lists them again, faster), then build again. The last good build in the output folder was left as it was.',
          );
        }
        const cleaned = cleanOutDir(outDir, root);
        const out = cleaned.out;
        oldOutput = cleaned.removed;
        logger.info(site.summary);
        if (site.cache) logger.info(`entries rendered ${site.cache.rendered}, reused from the cache ${site.cache.reused}`);
        // The index is built from the gate's records, not from the pages, so Pagefind (its own process, on
        // another core) builds it beside the output folder while Astro renders; build:done moves it in.
        // A build into this folder that failed during rendering left its index folder behind: clear it first.
        const prefix = `.tacit-index-${basename(out)}-`;
        for (const name of readdirSync(dirname(out))) if (name.startsWith(prefix)) rmSync(join(dirname(out), name), { recursive: true, force: true });
        const dir = mkdtempSync(join(dirname(out), prefix));
        index = writeSearchIndex(site, dir, indexCacheDir(buildEnv(), site.audience)).then((written) => ({ ...written, dir }));
        index.catch(() => rmSync(dir, { recursive: true, force: true }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) return;
        // Hosts that read `_redirects` (Netlify, Cloudflare Pages and others) answer old topic URLs with a
        // 301; everywhere else the forwarding pages Astro wrote do the same job.
        const prefix = base.replace(/\/$/, '');
        const lines = site.redirects.map((r) => `${prefix}${r.from} ${prefix}${r.to} 301`);
        if (lines.length) writeFileSync(join(fileURLToPath(dir), '_redirects'), `${lines.join('\n')}\n`);
        // Recordings are copied only for the entries this edition may play (the gate's `playableRecording`):
        // a recording kept in content/recordings/ reaches no other edition, and a withdrawn one none at all.
        const contentDir = buildEnv().contentDir;
        for (const file of new Set(site.entries.flatMap((e) => e.recording?.files ?? []))) {
          const from = join(contentDir, file);
          if (!existsSync(from))
            throw new AstroError(
              `The recording \`${file}\` named in an entry's \`conversation.recording\` is not in the content folder.`,
              `Add it as \`content/${file}\`, or correct the entry.`,
            );
          const to = join(fileURLToPath(dir), file);
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(from, to);
        }
        const started = performance.now();
        // Node is idle until Pagefind has written the index: the time to write the build cache.
        site.cache?.save();
        await oldOutput;
        const built = await index!;
        renameSync(built.dir, join(fileURLToPath(dir), 'pagefind'));
        logger.info(
          `search index: ${built.records} entries${built.shards > 1 ? ` in ${built.shards} parts` : ''}, ready ${Math.round(performance.now() - started)} ms after the pages${
            built.reused
              ? ' (copied from the cache: these records were indexed before)'
              : built.reusedShards
                ? ` (${built.reusedShards} of the parts copied from the cache, their records unchanged)`
                : ''
          }`,
        );
      },
    },
  };
}

const virtualSite = 'virtual:tacit/site';
const resolvedSite = `\0${virtualSite}`;
const handoff = fileURLToPath(new URL('../lib/site/handoff.ts', import.meta.url));

/**
 * Empties the output folder, refusing anything that looks like the project itself. What was in it is moved
 * aside at once (a rename) and deleted while Astro renders: deleting 10,000 pages takes over a second.
 * `removed` settles when it is gone; build:done waits for it, so no earlier build outlives this one.
 */
function cleanOutDir(outDir: string, root: string): { out: string; removed: Promise<void> } {
  const out = resolve(outDir);
  if (out === resolve(root) || existsSync(join(out, 'package.json')) || existsSync(join(out, '.git'))) {
    throw new AstroError(`Refusing to empty \`${out}\`: it looks like a project folder.`, 'Set `outDir` in astro.config.mjs to a build folder such as `dist`.');
  }
  const prefix = `.tacit-old-${basename(out)}-`;
  // A build that was killed may have left its old output beside this folder.
  const leftovers = existsSync(dirname(out)) ? readdirSync(dirname(out)).filter((name) => name.startsWith(prefix)) : [];
  const trash = leftovers.map((name) => join(dirname(out), name));
  if (existsSync(out) && readdirSync(out).length) {
    const aside = mkdtempSync(join(dirname(out), prefix));
    trash.push(aside);
    for (const name of readdirSync(out)) {
      try {
        renameSync(join(out, name), join(aside, name));
      } catch {
        rmSync(join(out, name), { recursive: true, force: true }); // e.g. the folder is a mount of its own
      }
    }
  }
  // A folder that cannot be removed now is removed by the next build; it is no longer in the output.
  const removed = Promise.all(trash.map((dir) => rm(dir, { recursive: true, force: true }).catch(() => undefined))).then(() => undefined);
  return { out, removed };
}
