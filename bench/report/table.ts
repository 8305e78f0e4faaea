import { bytes } from './format.ts';
import { ingestLine, measurementTable, targetTable, taxonomyLine, type Table } from './rows.ts';
import type { BenchResults } from './types.ts';

/** A plain-text table with aligned columns. */
export function textTable(t: Table): string {
  const widths = t.header.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(t.header), widths.map((w) => '-'.repeat(w)).join('  '), ...t.rows.map(line)].join('\n');
}

/** What `npm run bench` prints on stdout. */
export function terminalReport(r: BenchResults): string {
  const m = r.machine;
  return [
    `Tacit bench, ${r.date.slice(0, 10)}: ${m.cores} cores, ${bytes(m.totalMemoryBytes)} RAM, Node ${m.node}, ${m.os}; ${r.options.runs} run(s) each, median [min–max]`,
    '',
    textTable(measurementTable(r)),
    '',
    ingestLine(r),
    taxonomyLine(r),
    '',
    textTable(targetTable(r)),
    ...(r.notes.length ? ['', ...r.notes.map((n) => `note: ${n}`)] : []),
    '',
  ].join('\n');
}
