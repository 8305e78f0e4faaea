import { bytes, count, kb, metLabel, ms, percent, range } from './format.ts';
import type { Summary } from '../measure/stats.ts';
import type { BenchResults, BuildFigures, SizeResults } from './types.ts';

export interface Table {
  header: string[];
  rows: string[][];
}

const cacheNote = (b: BuildFigures) => (b.rendered === undefined ? '' : `, ${count(b.rendered)} rendered, ${count(b.reused ?? 0)} reused`);

/** The measurements, one column per knowledge-base size: what both the terminal table and results.md show. */
export function measurementTable(r: BenchResults): Table {
  const header = ['measure', ...r.sizes.map((s) => `${count(s.size)} entries`)];
  const row = (label: string, cell: (s: SizeResults) => string) => [label, ...r.sizes.map(cell)];
  const rows: string[][] = [
    row(
      'generated (published / people / topics)',
      (s) => `${count(s.generated.published)} / ${count(s.generated.people)} / ${s.generated.topics}, ${bytes(s.generated.bytes)} in ${ms(s.generated.ms)}`,
    ),
    row('Tacit full build + index, wall', (s) => range(s.tacit.fullBuild.ms, ms)),
    row('Tacit full build, peak RSS', (s) => range(s.tacit.fullBuild.peakRssBytes, bytes)),
    row(
      'Tacit pages built / published / withheld',
      (s) => `${count(s.tacit.fullBuild.pages ?? 0)} / ${count(s.tacit.fullBuild.published ?? 0)} / ${count(s.tacit.fullBuild.withheld ?? 0)}`,
    ),
    row('Tacit search index ready after the pages (its log)', (s) => (s.tacit.fullBuild.indexMs ? range(s.tacit.fullBuild.indexMs, ms) : '–')),
    row('baseline build + pagefind, wall', (s) => (s.baseline ? range(s.baseline.fullBuild.ms, ms) : 'skipped')),
    row('baseline peak RSS', (s) => (s.baseline ? range(s.baseline.fullBuild.peakRssBytes, bytes) : 'skipped')),
    row('Tacit ÷ baseline, wall', (s) => (s.ratios.buildVsBaseline === null ? '–' : percent(s.ratios.buildVsBaseline))),
    row('Tacit ÷ baseline, peak RSS', (s) => (s.ratios.peakRssVsBaseline === null ? '–' : percent(s.ratios.peakRssVsBaseline))),
    row(
      'Tacit rebuild, one entry changed',
      (s) => `${range(s.tacit.rebuildChanged.ms, ms)} (${percent(s.ratios.rebuildChangedVsFull)} of full)${cacheNote(s.tacit.rebuildChanged)}`,
    ),
    row(
      'Tacit rebuild, one entry added',
      (s) => `${range(s.tacit.rebuildAdded.ms, ms)} (${percent(s.ratios.rebuildAddedVsFull)} of full)${cacheNote(s.tacit.rebuildAdded)}`,
    ),
    row('baseline rebuild, one entry changed (1 run)', (s) => (s.baseline ? ms(s.baseline.rebuildChanged.ms.median) : 'skipped')),
    row('npm run check, cold cache, wall (own timing)', (s) => `${range(s.check.ms, ms)} (${ms(s.check.reportedMs.median)})`),
    row('npm run check, warm cache, wall (own timing)', (s) => `${range(s.check.warm.ms, ms)} (${ms(s.check.warm.reportedMs.median)})`),
    row('npm run check, peak RSS (cold / warm)', (s) => `${bytes(s.check.peakRssBytes.max)} / ${bytes(s.check.warm.peakRssBytes.max)}`),
    row('npm run check, errors / warnings', (s) => `${count(s.check.errors)} / ${count(s.check.warnings)}`),
    row('search page load (HTML, CSS, JS)', (s) => range(s.search.pageBytes, kb)),
    row('search, first query transferred', (s) => range(s.search.firstQueryBytes, kb)),
    row('search, next query transferred', (s) => range(s.search.nextQueryBytes, kb)),
  ];
  if (r.sizes.some((s) => s.split))
    rows.push(
      row('split build: parts indexed apart (npm run index-part), slowest / all / peak RSS', (s) =>
        s.split ? `${s.split.parts.count} parts: ${ms(s.split.parts.slowestMs)} / ${ms(s.split.parts.totalMs)} / ${bytes(s.split.parts.peakRssBytes)}` : '–',
      ),
      row('split build: then one build copying the parts, wall / peak RSS', (s) =>
        s.split ? `${ms(s.split.final.ms)} / ${bytes(s.split.final.peakRssBytes)}` : '–',
      ),
    );
  const queries = Math.max(0, ...r.sizes.map((s) => s.search.queries.length));
  for (let i = 0; i < queries; i++) {
    const first = r.sizes.find((s) => s.search.queries[i])?.search.queries[i];
    const label = `search “${first?.term ?? '?'}”${first?.filter ? ` + ${first.filter}` : ''}: first result / transferred / hits`;
    rows.push(
      row(label, (s) => {
        const q = s.search.queries[i];
        if (!q) return '–';
        return `${q.firstResultMs ? range(q.firstResultMs, ms) : 'none'} / ${kb(q.bytes.median)} / ${q.results ?? '?'}`;
      }),
    );
  }
  return { header, rows };
}

export function ingestLine(r: BenchResults): string {
  if ('skipped' in r.ingest) return `ingest: skipped (${r.ingest.skipped})`;
  const i = r.ingest;
  return `ingest: ${range(i.mbPerSecond, (v) => `${v.toFixed(3)} MB/s`)} over ${i.files} transcript(s), ${i.megabytes.toFixed(2)} MB, ${i.passages} passages, ${range(i.seconds, (v) => `${v.toFixed(1)} s`)}`;
}

export function targetTable(r: BenchResults): Table {
  return {
    header: ['target', 'limit', 'measured', 'result'],
    rows: r.targets.map((t) => [t.measure, t.target, t.measured + (t.note ? ` (${t.note})` : ''), metLabel(t.met)]),
  };
}

export function taxonomyLine(r: BenchResults): string {
  if ('skipped' in r.taxonomy) return `taxonomy: skipped (${r.taxonomy.skipped})`;
  const t = r.taxonomy;
  const s = (x: Summary) => range(x, (v) => `${v.toFixed(2)} s`);
  return `taxonomy: ${t.file} (${t.concepts.toLocaleString('en-US')} concepts, ${t.megabytes.toFixed(1)} MB of Turtle): import ${s(t.importSeconds)}, export ${s(t.exportSeconds)}, import again ${s(t.reimportSeconds)}; ${t.lossless ? 'lossless' : 'NOT lossless'}`;
}
