import { bytes } from './format.ts';
import { ingestLine, measurementTable, targetTable, taxonomyLine, type Table } from './rows.ts';
import type { BenchResults } from './types.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|');
function mdTable(t: Table): string {
  return [`| ${t.header.map(cell).join(' | ')} |`, `| ${t.header.map(() => '---').join(' | ')} |`, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join(
    '\n',
  );
}

/** results.md: the same figures as the terminal table, with the machine and how they were measured. */
export function markdownReport(r: BenchResults): string {
  const m = r.machine;
  return `# Tacit bench

Run on ${r.date} (${r.totalSeconds.toFixed(0)} s in all), sizes ${r.options.sizes.join(', ')}, ${r.options.runs} run(s) of each step
(median [min–max]), seed ${r.options.seed}, build date ${r.options.buildDate}${r.options.quick ? ', `--quick`' : ''}${(r.options.shards ?? 1) > 1 ? `, search index in ${r.options.shards} parts (\`--shards\`)` : ''}.

**Machine:** ${m.cores} cores (${m.cpu}), ${bytes(m.totalMemoryBytes)} memory, Node ${m.node}, ${m.os}.

## Targets

${mdTable(targetTable(r))}

## Measurements

${mdTable(measurementTable(r))}

${ingestLine(r)}

${taxonomyLine(r)}

## How it is measured

- **Knowledge bases** are generated with a seeded PRNG (mulberry32): a three-level taxonomy with altLabels,
  hiddenLabels, scope notes and related concepts; about one mentor per 40 entries; consent records that are
  mostly all-staff and named, with some role, anonymous, leaders-only, expired and embargoed ones; entries of
  300–1,200 words with headings, lists, emphasis, links to other entries, \`<Quote>\` and \`<Aside>\`.
- **Builds** run in an isolated copy of the project (its git-tracked and untracked, non-ignored files, with
  node_modules linked in), so they share no cache with the working tree. A full build starts from a fresh
  copy, with an empty Tacit cache (\`TACIT_CACHE_DIR\`) and no Astro or Vite cache; the rebuilds run in the
  copy of the last full build, with the cache it left, into the same output folder.
- **Wall time** is from spawning the command to its exit. **Peak RSS** is the largest sum of \`VmRSS\` over
  the whole process tree (found through \`/proc/<pid>/task/*/children\`), sampled every 50 ms.
- **The baseline** is a stock Astro site (\`bench/baseline/\`): \`@astrojs/mdx\`, one content collection with
  the \`glob\` loader over the same .mdx files and a permissive schema, one page template using
  \`render(entry)\` with \`Quote\` and \`Aside\` components, then \`pagefind --site dist\`, measured as one step.
  It renders every entry, whatever its status or consent, and builds no listings.
- **Check** is \`node scripts/check.ts --json\` over the whole generated base, first with an empty cache
  (cold, as in CI; the target is judged on this), then again on the cache that run left (warm). Its exit code
  1 (errors) is recorded, not a failure.
- **Search** serves the Tacit build with \`tests/support/serve.ts\` and types each query into \`/search/\` in
  headless Chromium (${'80 ms'} between keystrokes), each run in a fresh browser context. Bytes are what the
  server sent (HTML, CSS, JS and JSON gzip-compressed, as static hosts send them; Pagefind's index files are
  compressed already) from the moment the previous query settled, so the first query includes
  Pagefind's script and WebAssembly; the page's own HTML, CSS and JS are shown separately. The time is
  from the last keystroke's \`keydown\` to the first result element added to \`#search-results\`, measured
  in the page with \`performance.now()\` and a \`MutationObserver\`.
- **Ingest** runs the pipeline in-process on each transcript with a generated consent, timing only
  \`ingestTranscript\`, as \`npm run eval\` does.
${r.notes.length ? `\n## Notes\n\n${r.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}
