import { textTable } from '../../text/index.ts';
import type { TaxonomyReport } from './usage.ts';

/** The report as text for a terminal. */
export function formatTaxonomyReport(report: TaxonomyReport): string {
  const live = report.concepts.filter((c) => !c.deprecated);
  const rows = live.map((c) => [
    c.id,
    String(c.entries),
    String(c.withNarrower),
    String(c.published),
    String(c.drafts),
    String(c.mentors.length),
    Object.entries(c.kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || '–',
  ]);
  const out = [
    `Taxonomy usage on ${report.today}: ${live.length} concepts, ${report.unused.length} unused, ${report.heldByLeavers.length} held only by people leaving within ${report.horizonMonths} months, ${report.unknown.length} unknown topic id${report.unknown.length === 1 ? '' : 's'} in entries.`,
    '',
    textTable(['concept', 'entries', 'with narrower', 'published', 'drafts', 'mentors', 'kinds'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'l']),
  ];
  out.push(
    '',
    report.unused.length
      ? `Unused concepts (no entry on them or anything narrower):\n${report.unused.map((id) => `  ${id}`).join('\n')}`
      : 'Every concept has entries.',
  );
  if (report.heldByLeavers.length) {
    out.push('', `Held only by people leaving within ${report.horizonMonths} months:`);
    for (const c of report.heldByLeavers) out.push(`  ${c.id}  ${c.mentors.map((m) => `${m.name} (leaving ${m.leaving})`).join('; ')}`);
  }
  if (report.unknown.length) {
    out.push('', 'Topic ids used in entries but missing from the taxonomy:');
    for (const u of report.unknown) {
      const close = u.closest.length ? `closest: ${u.closest.map((c) => `\`${c.id}\` (${c.label})`).join(', ')}` : 'no close concept';
      out.push(`  ${u.id}  in ${u.files.length} entr${u.files.length === 1 ? 'y' : 'ies'} (${u.files.join(', ')}); ${close}`);
    }
    out.push('', 'Fix an id in the entry, or add the concept to content/taxonomy.yaml.');
  }
  return out.join('\n');
}
