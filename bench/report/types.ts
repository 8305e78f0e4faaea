import type { Summary } from '../measure/stats.ts';

/** A build measured `runs` times. */
export interface BuildFigures {
  ms: Summary;
  peakRssBytes: Summary;
  pages?: number | undefined;
  /** Tacit: entries the gate published; baseline: pages Pagefind indexed. */
  published?: number | undefined;
  withheld?: number | undefined;
  /** Tacit's own timing of its search index. */
  indexMs?: Summary | undefined;
  /** Tacit's digest cache, from the last run's log: entries rendered afresh and reused. */
  rendered?: number | undefined;
  reused?: number | undefined;
}

export interface QueryFigures {
  term: string;
  filter?: string | undefined;
  firstResultMs: Summary | null;
  bytes: Summary;
  browserBytes: Summary;
  requests: number;
  results: number | null;
}

export interface SizeResults {
  size: number;
  generated: { entries: number; published: number; people: number; consents: number; topics: number; bytes: number; ms: number };
  tacit: { fullBuild: BuildFigures; rebuildChanged: BuildFigures; rebuildAdded: BuildFigures };
  baseline: { fullBuild: BuildFigures; rebuildChanged: BuildFigures } | null;
  /**
   * With `--shards` above 1: the index's parts indexed by `npm run index-part` in processes of their own
   * (as CI jobs, one after the other here), then one build that copies them. Measured once.
   */
  split?: { parts: { count: number; slowestMs: number; totalMs: number; peakRssBytes: number }; final: { ms: number; peakRssBytes: number } } | undefined;
  /** `npm run check` with an empty cache (as in CI), and again with the cache the cold run left (warm). */
  check: {
    ms: Summary;
    reportedMs: Summary;
    peakRssBytes: Summary;
    warm: { ms: Summary; reportedMs: Summary; peakRssBytes: Summary };
    errors: number;
    warnings: number;
    entries: number;
    rules: Record<string, number>;
  };
  search: {
    pageBytes: Summary;
    /** The first query typed after the page loaded: it also loads Pagefind itself. */
    firstQueryBytes: Summary;
    /** The query after that. */
    nextQueryBytes: Summary;
    /** The slowest query's median time from the last keystroke to the first result. */
    slowestFirstResultMs: number | null;
    queries: QueryFigures[];
  };
  ratios: {
    /** Tacit full build ÷ baseline build + index (medians). */
    buildVsBaseline: number | null;
    peakRssVsBaseline: number | null;
    rebuildChangedVsFull: number;
    rebuildAddedVsFull: number;
  };
}

export interface IngestFigures {
  dir: string;
  files: number;
  megabytes: number;
  passages: number;
  seconds: Summary;
  mbPerSecond: Summary;
}

/** The SKOS round trip of a real thesaurus: import, export to Turtle, import again. */
export interface TaxonomyFigures {
  file: string;
  concepts: number;
  megabytes: number;
  importSeconds: Summary;
  exportSeconds: Summary;
  reimportSeconds: Summary;
  lossless: boolean;
}

export interface TargetResult {
  id: string;
  /** What is measured, in words. */
  measure: string;
  /** The target, in words, e.g. `≤ 25% of the baseline`. */
  target: string;
  /** The measured figure, formatted. */
  measured: string;
  /** The number compared with the limit, in the target's unit. */
  value: number | null;
  limit: number;
  /** The knowledge-base size the figure comes from. */
  size: number | null;
  /** null when it could not be measured (e.g. the baseline was skipped). */
  met: boolean | null;
  note?: string | undefined;
}

export interface BenchResults {
  /** ISO time the run started. */
  date: string;
  machine: { cores: number; cpu: string; totalMemoryBytes: number; node: string; os: string };
  options: { sizes: number[]; runs: number; quick: boolean; skipBaseline: boolean; shards?: number; seed: number; buildDate: string };
  sizes: SizeResults[];
  ingest: IngestFigures | { skipped: string };
  taxonomy: TaxonomyFigures | { skipped: string };
  targets: TargetResult[];
  notes: string[];
  /** Wall time of the whole bench run. */
  totalSeconds: number;
}
