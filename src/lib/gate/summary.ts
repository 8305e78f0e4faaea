import { withheldReasons, type WithheldReason } from './reasons.ts';

/** One line for the build log: `Tacit: 27 published, 8 withheld (consent revoked 2, …) for `all-staff` on 2026-11-23`. */
export function summaryLine(published: number, withheld: readonly { reasons: readonly WithheldReason[] }[], audience: string, today: string): string {
  const counts = new Map<WithheldReason, number>();
  // Each entry counts once, under its first reason, so the figures add up to the withheld total.
  for (const w of withheld) {
    const r = w.reasons[0];
    if (r) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const byReason = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, n]) => `${withheldReasons[r]} ${n}`);
  return `${published} published, ${withheld.length} withheld${byReason.length ? ` (${byReason.join(', ')})` : ''} for audience \`${audience}\` on ${today}`;
}
