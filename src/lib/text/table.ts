/**
 * A plain-text table for terminals: columns padded to their widest cell, numbers right-aligned (`align`
 * `r`), the last column left ragged so long text does not widen every row.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = [], indent = '  '): string {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((c, i) => (i === cells.length - 1 && align[i] !== 'r' ? c : align[i] === 'r' ? c.padStart(width[i]!) : c.padEnd(width[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(header.map((_, i) => '-'.repeat(width[i]!))), ...rows.map(line)].join('\n');
}
