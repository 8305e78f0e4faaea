import { textTable } from '../text/index.ts';
import type { MentorRef, RiskAssessment } from './types.ts';

const who = (m: MentorRef, today: string): string => `${m.name ?? m.key}${m.leaving ? ` (${m.leaving < today ? 'left' : 'leaves'} ${m.leaving})` : ''}`;

/** `npm run report -- at-risk` as text: every topic, then the leavers ranked by what only they hold. */
export function formatRiskReport(r: RiskAssessment, audience: string): string {
  const atRisk = r.topics.filter((t) => t.atRisk);
  const empty = r.topics.filter((t) => t.entries === 0);
  const rows = r.topics.map((t) => [
    `${'  '.repeat(t.depth)}${t.label}`,
    String(t.entries),
    String(t.mentors.length),
    t.atRisk ? 'AT RISK' : t.entries === 0 ? 'no entries' : '',
    t.mentors.map((m) => who(m, r.today)).join(', '),
  ]);
  const out = [
    `Knowledge at risk for audience \`${audience}\` on ${r.today}: departures within ${r.horizonMonths} months, by ${r.horizonEnd}. Counts include narrower topics and only entries this audience's build publishes.`,
    '',
    textTable(['topic', 'entries', 'mentors', 'status', 'who'], rows, ['l', 'r', 'r', 'l', 'l']),
    '',
    `${atRisk.length} ${atRisk.length === 1 ? 'topic' : 'topics'} at risk${atRisk.length ? ':' : '.'}`,
    ...atRisk.map((t) => `  ${t.id}  (its last mentor ${t.lastLeaving! < r.today ? 'left' : 'leaves'} ${t.lastLeaving})`),
    `${empty.length} ${empty.length === 1 ? 'topic has' : 'topics have'} no entries${empty.length ? ':' : '.'}`,
    ...empty.map((t) => `  ${t.id}`),
    '',
  ];
  if (!r.leavers.length) out.push(`Nobody behind a published entry leaves within ${r.horizonMonths} months.`);
  else {
    out.push(`Leaving within ${r.horizonMonths} months, most knowledge held alone first:`);
    out.push(
      textTable(
        ['mentor', 'leaves', 'only they hold', 'sole mentor on'],
        r.leavers.map((l) => [
          `${l.mentor.name ?? l.mentor.key}${l.mentor.role ? `, ${l.mentor.role}` : ''}`,
          `${l.leaving}${l.left ? ' (left)' : ''}`,
          `${l.soleEntries} of ${l.entries}`,
          l.soleTopics.map((t) => t.id).join(', ') || '—',
        ]),
        ['l', 'l', 'r', 'l'],
      ),
    );
  }
  return out.join('\n');
}

/** The same report as JSON, for tools. */
export function riskReportJson(r: RiskAssessment, audience: string): unknown {
  const mentor = (m: MentorRef) => ({ id: m.key, name: m.name ?? null, role: m.role ?? null, leaving: m.leaving ?? null });
  return {
    report: 'at-risk',
    audience,
    date: r.today,
    horizonMonths: r.horizonMonths,
    horizonEnd: r.horizonEnd,
    topics: r.topics.map((t) => ({
      id: t.id,
      label: t.label,
      depth: t.depth,
      entries: t.entries,
      mentors: t.mentors.map(mentor),
      atRisk: t.atRisk,
      lastLeaving: t.lastLeaving ?? null,
    })),
    atRisk: r.topics.filter((t) => t.atRisk).map((t) => t.id),
    empty: r.topics.filter((t) => t.entries === 0).map((t) => t.id),
    leavers: r.leavers.map((l) => ({
      ...mentor(l.mentor),
      left: l.left,
      entries: l.entries,
      soleEntries: l.soleEntries,
      soleTopics: l.soleTopics.map((t) => t.id),
    })),
  };
}
