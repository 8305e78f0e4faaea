import { bytes, kb, ms, percent } from './format.ts';
import type { SizeResults, TargetResult } from './types.ts';

/** The size the targets are stated for; smaller runs are judged at their largest size, with a note. */
export const targetSize = 10_000;

/** Judges the measured figures against the performance targets, at the largest size measured. */
export function evaluateTargets(sizes: readonly SizeResults[]): TargetResult[] {
  const at = [...sizes].sort((a, b) => b.size - a.size)[0];
  const size = at?.size ?? null;
  const note =
    size !== null && size !== targetSize
      ? `measured at ${size.toLocaleString('en-US')} entries; the target is for ${targetSize.toLocaleString('en-US')}`
      : undefined;
  const judge = (t: Omit<TargetResult, 'met' | 'size' | 'note'>, extraNote?: string): TargetResult => ({
    ...t,
    size,
    met: t.value === null ? null : t.value <= t.limit,
    note: [note, extraNote].filter(Boolean).join('; ') || undefined,
  });
  if (!at) return [];
  const build = at.tacit.fullBuild;
  const peak = Math.max(build.peakRssBytes.max, at.tacit.rebuildChanged.peakRssBytes.max, at.tacit.rebuildAdded.peakRssBytes.max);
  const ratio = at.ratios.buildVsBaseline;
  // The page and its first query are paid together by everyone who opens search with a cold cache.
  const q1 = at.search.pageBytes.median + at.search.firstQueryBytes.median;
  const q2 = at.search.nextQueryBytes.median;
  const latency = at.search.slowestFirstResultMs;
  return [
    judge(
      {
        id: 'build-vs-baseline',
        measure: 'Tacit full build + search index, wall time (median)',
        target: '≤ 25% of the baseline (stock Astro + Pagefind CLI)',
        measured: ratio === null ? 'baseline not measured' : `${percent(ratio)} (${ms(build.ms.median)} vs ${ms(at.baseline!.fullBuild.ms.median)})`,
        value: ratio,
        limit: 0.25,
      },
      ratio === null ? 'run without --skip-baseline to judge this' : undefined,
    ),
    judge({
      id: 'peak-memory',
      measure: 'Tacit build, peak RSS of the process tree (max over all builds)',
      target: '≤ 2.0 GB',
      measured: bytes(peak),
      value: peak / 1e9,
      limit: 2.0,
    }),
    judge({
      id: 'rebuild-one-changed',
      measure: 'Tacit rebuild after one entry changed (median)',
      target: '≤ 10% of a full build',
      measured: `${percent(at.ratios.rebuildChangedVsFull)} (${ms(at.tacit.rebuildChanged.ms.median)})`,
      value: at.ratios.rebuildChangedVsFull,
      limit: 0.1,
    }),
    judge({
      id: 'check-time',
      measure: '`npm run check` over the whole knowledge base, empty cache (as in CI), wall time (median)',
      target: '≤ 5 s',
      measured: ms(at.check.ms.median),
      value: at.check.ms.median / 1000,
      limit: 5,
    }),
    judge({
      id: 'check-warm-time',
      measure: "`npm run check` again, with the cache the last run left (a writer's machine), wall time (median)",
      target: '≤ 1 s',
      measured: ms(at.check.warm.ms.median),
      value: at.check.warm.ms.median / 1000,
      limit: 1,
    }),
    judge({
      id: 'search-first-result',
      measure: 'Search: last keystroke to first rendered result (slowest query, median)',
      target: '≤ 50 ms',
      measured: latency === null ? 'no result rendered' : ms(latency),
      value: latency,
      limit: 50,
    }),
    judge({
      id: 'page-and-first-query-bytes',
      measure: 'Search: the search page (HTML, CSS, JS, font) and its first query, cold browser cache',
      target: '≤ 200 KB',
      measured: `${kb(q1)} (${kb(at.search.pageBytes.median)} + ${kb(at.search.firstQueryBytes.median)})`,
      value: q1 / 1000,
      limit: 200,
    }),
    judge({
      id: 'next-query-bytes',
      measure: 'Search: bytes transferred for the next query',
      target: '≤ 30 KB',
      measured: kb(q2),
      value: q2 / 1000,
      limit: 30,
    }),
  ];
}
