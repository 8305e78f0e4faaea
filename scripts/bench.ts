// `npm run bench`: how Tacit's build, check, search and ingest scale, next to a stock Astro site.
import { resolve } from 'node:path';
import { findBrowser } from '../tests/support/browser.ts';
import { fail, parseCli } from './lib/cli.ts';
import { createProgress } from '../bench/measure/progress.ts';
import { canSampleRss } from '../bench/measure/tree-rss.ts';
import { jsonReport, writeReports } from '../bench/report/json.ts';
import { terminalReport } from '../bench/report/table.ts';
import { defaultTranscripts } from '../bench/steps/ingest.ts';
import { defaultThesaurus } from '../bench/steps/taxonomy.ts';
import { BenchFailure, runBench } from '../bench/suite.ts';

const usage = `Usage: npm run bench [-- --sizes 1000,10000] [--runs 3] [--quick] [--skip-baseline] [--shards n] [--out dir] [--json]

Generates synthetic knowledge bases (fixed seed) and measures, at each size: Tacit's full build with its
search index (wall time, peak memory of the process tree), the same entries built by a stock Astro site
with Pagefind (the baseline), rebuilds after one entry changed and one added, \`npm run check\`, and search
in headless Chromium (bytes transferred, time to the first result). Then ingest throughput on the real
transcripts in ../shared/data/transcripts, and the SKOS round trip (import → export → import) of the UNESCO
Thesaurus in ../shared/data/taxonomies, when they are there. Prints a table, writes results.md and
results.json (and scaling.svg, a plot of time and memory by size, for more than one size), and judges the
figures against the performance targets.

Options:
  --sizes <n,n>      entries per generated knowledge base (default 1000,10000)
  --runs <n>         repetitions of each step; the median, min and max are reported (default 3)
  --quick            sizes 200, 1 run: the whole harness, baseline, check and search included, in about a minute
  --skip-baseline    do not build the stock Astro baseline
  --shards <n>       split each base's search index into n parts (searchShards; default 1)
  --out <dir>        where results.md, results.json and scaling.svg go (default bench-results)
  --json             print results.json on stdout instead of the table
  --transcripts <d>  transcripts for the ingest step (default ../shared/data/transcripts)
  --thesaurus <f>    SKOS thesaurus for the taxonomy step (default ../shared/data/taxonomies/unesco-thesaurus.ttl)
  --keep             keep the generated knowledge bases and builds (the folder is named on stderr)
  -h, --help         show this help

Progress goes to stderr. Needs Linux (/proc) and a browser: CHROMIUM_PATH, a system Chrome or Chromium,
else the Chromium that the @sparticuz/chromium dev dependency ships.
Exit codes: 0 done (targets not met is still 0: it is a report), 1 a step failed, 2 wrong usage.`;

const { values: args } = parseCli(usage, {
  sizes: { type: 'string' },
  runs: { type: 'string' },
  quick: { type: 'boolean' },
  'skip-baseline': { type: 'boolean' },
  shards: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  transcripts: { type: 'string' },
  thesaurus: { type: 'string' },
  keep: { type: 'boolean' },
});

const positive = (value: string, what: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) fail(2, `${what} must be a whole number of at least 1, not \`${value}\`.\n\n${usage}`);
  return n;
};
const quick = Boolean(args.quick);
const sizes = args.sizes !== undefined ? args.sizes.split(',').map((s) => positive(s, '--sizes')) : quick ? [200] : [1000, 10_000];
const runs = args.runs !== undefined ? positive(args.runs, '--runs') : quick ? 1 : 3;
if (!canSampleRss()) fail(1, 'The bench measures memory through /proc/<pid>/task/*/children, which this system does not have (it needs Linux).');
// Found out now, not after generating and building every size.
try {
  await findBrowser();
} catch (error) {
  fail(1, `The search step needs a browser. ${(error as Error).message}`);
}

const progress = createProgress();
let results: Awaited<ReturnType<typeof runBench>> | undefined;
try {
  results = await runBench(
    {
      sizes: [...new Set(sizes)],
      runs,
      quick,
      skipBaseline: Boolean(args['skip-baseline']),
      shards: args.shards !== undefined ? positive(args.shards, '--shards') : 1,
      transcripts: resolve(args.transcripts ?? defaultTranscripts),
      thesaurus: resolve(args.thesaurus ?? defaultThesaurus),
      keep: Boolean(args.keep),
    },
    progress,
  );
} catch (error) {
  // What was measured before the failure is still written, marked as stopped in its notes.
  if (error instanceof BenchFailure && error.partial.sizes.length) {
    const written = writeReports(resolve(args.out ?? 'bench-results'), error.partial);
    progress.note(`wrote the figures measured so far to ${written.markdown} and ${written.json}`);
  }
  fail(1, `The bench stopped: ${(error as Error).message}`);
}
if (results) {
  const written = writeReports(resolve(args.out ?? 'bench-results'), results);
  process.stdout.write(args.json ? jsonReport(results) : terminalReport(results));
  progress.note(`wrote ${[written.markdown, written.json, written.plot].filter(Boolean).join(', ')}`);
}
